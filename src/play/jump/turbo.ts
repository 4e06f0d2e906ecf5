/**
 * The jump scene's side of Turbo: hands the lanes' agents to the worker (through the shared
 * `TurboLink`), mirrors every snapshot into the page's lanes (θ, chart points, gradient records,
 * counts), and takes the agents back with their generator states when Turbo ends.
 */
import { loadAgent } from '../../agents/make-agent.ts';
import type { PolicyGradientAgent } from '../../agents/policy-gradient.ts';
import type { TurboSnapshot } from '../../train/turbo.ts';
import type { TurboBackend } from '../shared/turbo-client.ts';
import { TurboLink, type TurboStats } from '../shared/turbo-link.ts';
import type { JumpLane } from './lane.ts';
import { learnerOf } from './learners.ts';
import type { LaneSource } from './modes.ts';

export interface JumpTurboOptions {
  create: () => TurboBackend;
  now: () => number;
  snapshotMs: number;
  stopTimeoutMs: number;
  /** After a snapshot was mirrored; `diverged`: the baseline of a lane whose θ overflowed, if any. */
  onSnapshot: (diverged: string | null) => void;
  onError: (message: string) => void;
  /** Lane `i`'s θ from a snapshot, for the preview on screen. */
  onTheta: (lane: number, theta: ArrayLike<number>) => void;
}

export class JumpTurbo {
  private readonly link: TurboLink;
  private lanes: readonly JumpLane[] = [];
  /** Where each lane's counts stood when the worker took over. */
  private base: { episodes: number; steps: number; firstEpisode: number }[] = [];

  constructor(private readonly options: JumpTurboOptions) {
    this.link = new TurboLink({
      create: options.create,
      now: options.now,
      snapshotMs: options.snapshotMs,
      stopTimeoutMs: options.stopTimeoutMs,
      onSnapshot: (snap) => this.mirror(snap),
      onError: options.onError,
    });
  }

  get running(): boolean {
    return this.link.running;
  }

  /** Params sent now reach the worker. */
  get live(): boolean {
    return this.link.live;
  }

  get stats(): Readonly<TurboStats> {
    return this.link.stats;
  }

  setParams(lane: number, params: PolicyGradientAgent['params']): void {
    this.link.setParams({ lane, params: { ...params } });
  }

  start(source: LaneSource, saved: (lane: number) => ReturnType<PolicyGradientAgent['toJSON']>): void {
    const lanes = source.lanes;
    this.lanes = lanes;
    this.base = lanes.map((l) => ({
      episodes: l.agent.provenance.episodesTrained,
      steps: l.agent.provenance.stepsTrained,
      firstEpisode: l.episodes,
    }));
    for (const lane of lanes) lane.grads.beginTurbo();
    const spec = source.envSpec;
    this.link.start({
      envId: 'JumpHole-v0',
      envOptions: { ...spec.options, maxEpisodeSteps: spec.maxEpisodeSteps },
      seed: source.runSeed,
      lanes: lanes.map((l, i) => ({ agent: saved(i), firstEpisode: l.episodes })),
    });
  }

  /**
   * Stop the worker. The agents it hands back go into their lanes (in Compare both continue from the
   * same index, so the page shows them on the same holes); without an answer in time, the lanes
   * continue from the last snapshot. Returns whether the worker answered.
   */
  async stop(): Promise<boolean> {
    const lanes = this.lanes;
    const result = await this.link.stop();
    if (result && result.agents.length === lanes.length) {
      const same = Math.max(...result.episodes);
      result.agents.forEach((saved, i) => {
        const lane = lanes[i];
        const agent = loadAgent(saved) as PolicyGradientAgent;
        Object.assign(agent.params, lane.agent.params);
        lane.install(agent, lanes.length > 1 ? same : result.episodes[i]);
        lane.recordTheta(result.episodes[i]);
      });
      return true;
    }
    this.resumeOnPage();
    return false;
  }

  /** The lanes continue on the page from the last snapshot's episodes (the worker failed or is gone). */
  resumeOnPage(): void {
    this.lanes.forEach((l, i) => {
      l.restart(this.link.stats.episodes[i] ?? l.episodes);
    });
  }

  dispose(): void {
    this.link.dispose();
  }

  private mirror(snap: TurboSnapshot): void {
    let diverged: string | null = null;
    snap.lanes.forEach((ls, i) => {
      const lane = this.lanes[i];
      if (!lane) return;
      lane.agent.theta.set(ls.learned);
      if (ls.value) lane.agent.w.set(ls.value);
      this.options.onTheta(i, ls.learned);
      if (ls.point) lane.addPoint(ls.point);
      if (ls.gradient) lane.grads.turbo(ls.gradient);
      lane.recordTheta(ls.episodes);
      // Keep the mirror's counts current, so a save or an export during Turbo is up to date.
      const base = this.base[i];
      lane.agent.provenance.episodesTrained = base.episodes + (ls.episodes - base.firstEpisode);
      lane.agent.provenance.stepsTrained = base.steps + ls.steps;
      if (ls.diverged && diverged === null) diverged = learnerOf(lane.agent);
    });
    this.options.onSnapshot(diverged);
  }
}
