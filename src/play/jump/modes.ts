/**
 * What the jump scene shows in each mode, as a `JumpTrack`: the training lanes (Watch), the user's
 * runner (Play: REINFORCE is on-policy, so it does not learn from the user's jumps), or, in Turbo, a
 * copy of each lane's agent playing the latest θ without learning (the preview).
 */
import type { PolicyGradientAgent } from '../../agents/policy-gradient.ts';
import type { Agent } from '../../agents/types.ts';
import { deriveSeed } from '../../core/rng.ts';
import { JUMP, RUN } from '../../envs/jump-hole.ts';
import type { EnvSpec } from '../../envs/types.ts';
import type { JumpMode } from '../../state/jump-settings.ts';
import { Runner } from '../../train/runner.ts';
import { copyAgent, jumpEnvFor } from './agents.ts';
import type { JumpLane } from './lane.ts';
import { JumpTrack } from './track.ts';

/** Play mode: the user's episodes (the episode on screen is read from the track's runner and env). */
export interface PlayStats {
  episodes: number;
  clears: number;
  lastReward: number;
  jumps: number;
}

/** Where the lanes' agents run and their episodes' seeds come from. */
export interface LaneSource {
  readonly lanes: readonly JumpLane[];
  readonly envSpec: EnvSpec;
  readonly runSeed: number;
}

export class JumpModes {
  readonly play: PlayStats = { episodes: 0, clears: 0, lastReward: 0, jumps: 0 };
  private playRunner: Runner<Float64Array>;
  private preview: { agents: PolicyGradientAgent[]; runners: Runner<Float64Array>[] } | null = null;
  private previewEpisodes = 0;
  private jumpRequested = false;

  constructor(private readonly source: LaneSource) {
    this.playRunner = this.makePlayRunner(0);
  }

  /** The user's runner is between episodes or in one. */
  get playing(): boolean {
    return this.playRunner.inEpisode;
  }

  /** Play: jump at the next step. */
  requestJump(): void {
    this.jumpRequested = true;
  }

  /** New agents: Play starts again from episode 0, the preview is made anew. */
  reset(): void {
    this.playRunner = this.makePlayRunner(0);
    this.preview = null;
  }

  /** Play: abandon the episode; the next one (a new hole) starts. */
  nextPlayEpisode(): void {
    this.playRunner = this.makePlayRunner(this.playRunner.episodes + 1);
  }

  /** The track for `mode` at `speed`. */
  track(mode: JumpMode, speed: number): JumpTrack {
    this.jumpRequested = false;
    const lanes = this.source.lanes;
    if (mode === 'watch') {
      alignLanes(lanes);
      return new JumpTrack(
        lanes.map((l) => l.runner),
        speed,
      );
    }
    if (mode === 'play') {
      // A play episode left half-way starts again (the same hole).
      if (this.playRunner.inEpisode) this.playRunner = this.makePlayRunner(this.playRunner.episodes);
      return new JumpTrack([this.playRunner], speed, { waitForStart: true });
    }
    if (!this.preview || this.preview.agents.length !== lanes.length) this.preview = this.makePreview();
    else
      this.preview.agents.forEach((a, i) => {
        a.theta.set(lanes[i].agent.theta);
      });
    return new JumpTrack(this.preview.runners, speed);
  }

  /** A Turbo snapshot's θ for lane `i`'s preview. */
  previewTheta(i: number, theta: ArrayLike<number>): void {
    this.preview?.agents[i]?.theta.set(theta);
  }

  private makePlayRunner(firstEpisode: number): Runner<Float64Array> {
    const source = this.source;
    const main = () => source.lanes[0].agent;
    const human: Agent<Float64Array> = {
      kind: 'reinforce',
      get params() {
        return main().params;
      },
      get provenance() {
        return main().provenance;
      },
      act: () => {
        const a = this.jumpRequested ? JUMP : RUN;
        this.jumpRequested = false;
        return a;
      },
      // REINFORCE learns on-policy: the user's jumps are not its own samples, so it does not learn from them.
      learn: () => {},
      toJSON: () => main().toJSON(),
    };
    const play = this.play;
    return new Runner<Float64Array>(jumpEnvFor(source.envSpec), human, {
      learn: false,
      seed: deriveSeed(source.runSeed, 'play'),
      seedEpisodes: true,
      firstEpisode,
      onStep: (t, r) => {
        play.lastReward = t.reward;
        if ((r.info as { jumped?: boolean }).jumped) play.jumps++;
      },
      onEpisode: (e) => {
        play.episodes++;
        if (e.success) play.clears++;
      },
    });
  }

  /** Turbo: a copy of each lane's agent plays the latest θ on screen, without learning. */
  private makePreview(): { agents: PolicyGradientAgent[]; runners: Runner<Float64Array>[] } {
    const { lanes, envSpec, runSeed } = this.source;
    const agents = lanes.map((l) => copyAgent(l.agent));
    const runners = agents.map(
      (a) =>
        new Runner<Float64Array>(jumpEnvFor(envSpec), a, {
          learn: false,
          seed: deriveSeed(runSeed, 'preview'),
          seedEpisodes: true,
          firstEpisode: this.previewEpisodes,
          onEpisode: (e) => {
            this.previewEpisodes = Math.max(this.previewEpisodes, e.index + 1);
          },
        }),
    );
    return { agents, runners };
  }
}

/** Compare on the page needs both lanes at the same episode index (after Turbo they may differ). */
function alignLanes(lanes: readonly JumpLane[]): void {
  if (lanes.length < 2) return;
  const [a, b] = lanes;
  if (a.episodes === b.episodes && a.runner.inEpisode === b.runner.inEpisode) return;
  const first = Math.max(a.episodes, b.episodes);
  for (const lane of lanes) lane.restart(first);
}
