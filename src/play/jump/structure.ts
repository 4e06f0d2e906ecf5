/**
 * The jump session's rules for what a settings change means (`SyncHost` of `SettingsSync`): η, M, γ
 * and the baselines go to the agents at once (and to the worker), a new baseline in Turbo restarts
 * the worker's gradient record, a new mode or Compare makes a new track. Also the lanes' life: where
 * a session starts (the kept agents, or fresh ones), new agents, imports, and what Undo brings back.
 */
import type { PolicyGradientAgent } from '../../agents/policy-gradient.ts';
import { ReinforceAgent } from '../../agents/reinforce.ts';
import { formatCount } from '../../core/format.ts';
import type { Catalog } from '../../i18n/language.ts';
import { BATCH_MAX, type JumpSettings } from '../../state/jump-settings.ts';
import { notify } from '../../state/notices.ts';
import type { SessionStorage } from '../shared/autosave.ts';
import type { SyncHost } from '../shared/settings-sync.ts';
import { UndoOffer } from '../shared/undo.ts';
import { copyAgent, freshAgent, jumpAgentFrom, jumpEnvFor } from './agents.ts';
import { JumpLane } from './lane.ts';
import {
  applyLearnerParams,
  convertAgent,
  laneLearner,
  learnerOf,
  mainLearner,
  rivalLearner,
} from './learners.ts';
import { baselineWord, type Words, whyOf } from './messages.ts';
import type { JumpSession } from './session.ts';

/** What Undo brings back: the lanes as they were (agents, series, θ and gradient records). */
interface KeptLanes {
  lanes: JumpLane[];
  runSeed: number;
}

export class JumpStructure implements SyncHost<JumpSettings> {
  readonly undo = new UndoOffer<KeptLanes>();

  constructor(private readonly session: JumpSession) {}

  get disposed(): boolean {
    return this.session.disposed;
  }

  get turboRunning(): boolean {
    return this.session.worker.running;
  }

  structural(s: JumpSettings): boolean {
    const session = this.session;
    // A new baseline or agent starts a new gradient record; in Turbo the worker's too, so it restarts.
    const flip = session.lanes.some((l, i) => learnerOf(l.agent) !== laneLearner(s, i));
    return flip || s.mode !== session.mode || s.compare !== session.compare;
  }

  /** η, α_w, γ, M and the baselines: the agents read them at their next step / update, the worker at its next batch. */
  applyParams(s: JumpSettings): void {
    const session = this.session;
    // A new baseline or agent in Turbo waits until the agents are home (the worker restarts with it).
    const flips = session.lanes.some((l, i) => learnerOf(l.agent) !== laneLearner(s, i));
    if (this.turboRunning && flips) return;
    let installed = false;
    session.lanes.forEach((lane, i) => {
      const learner = laneLearner(s, i);
      const was = learnerOf(lane.agent);
      // A lane that changes baseline starts a new gradient record: its old one measured the other estimator.
      if (was !== learner) lane.grads.reset();
      if ((was === 'actor-critic') !== (learner === 'actor-critic')) {
        // REINFORCE ↔ actor–critic: the other kind, from the same θ, w and generator.
        lane.install(convertAgent(lane.agent, learner, s), lane.episodes);
        installed = true;
        return;
      }
      if (!applyLearnerParams(lane.agent, s, learner)) return;
      if (session.worker.live) session.worker.setParams(i, lane.agent.params);
    });
    // A new runner in a lane: the track on screen must step it (not the one it replaced).
    if (installed) session.enterMode(session.mode);
  }

  applyStructure(s: JumpSettings): void {
    const session = this.session;
    if (s.compare !== session.compare) this.setCompare(s.compare);
    if (s.mode !== session.mode) {
      session.paused = false;
      session.enterMode(s.mode);
      session.save();
    }
  }

  wantTurbo(s: JumpSettings): boolean {
    const session = this.session;
    return s.mode === 'turbo' && !session.paused && !session.disposed;
  }

  startTurbo(): void {
    const session = this.session;
    session.worker.start(session, (i) => session.exportAgent(i));
    session.publish();
  }

  /** Stop the worker and continue with the agents it hands back (or the mirrors, if it does not answer). */
  async bringHome(): Promise<void> {
    const session = this.session;
    if (!session.worker.running) return;
    session.publish();
    if (!(await session.worker.stop())) {
      notify('warning', (w) => w.jump.notices.workerLate);
    }
    session.enterMode(session.mode);
    session.save();
  }

  /** The worker failed: pause, and continue on the page from its last snapshot. */
  turboFailed(message: string): void {
    const session = this.session;
    const why = message.replace(/\.$/, '');
    notify('error', (w) => w.jump.notices.turboStopped({ why }));
    session.paused = true;
    session.worker.resumeOnPage();
    session.enterMode(session.mode);
  }

  /** New agents from the settings' seed (θ = 0); the old ones can be brought back. */
  newAgents(s: JumpSettings, text: Words): void {
    const session = this.session;
    this.offerUndo(text);
    session.runSeed = s.seed;
    const env = jumpEnvFor(session.envSpec);
    const lanes = [this.makeLane(freshAgent(env, s, mainLearner(s)), 0)];
    if (s.compare) lanes.push(this.makeLane(freshAgent(env, s, rivalLearner(s)), 0));
    session.setLanes(lanes);
  }

  /** An imported agent (checked already) replaces the lanes; the old ones can be brought back. */
  adopt(loaded: ReturnType<typeof jumpAgentFrom>, text: Words): void {
    const session = this.session;
    const { agent, spec } = loaded;
    this.offerUndo(text);
    this.adoptParams(agent);
    session.envSpec = spec;
    const first = agent.provenance.episodesTrained;
    const lanes = [this.makeLane(agent, first)];
    if (session.settings.getState().compare) lanes.push(this.makeTwin(lanes[0], first));
    session.setLanes(lanes);
  }

  /** Compare on: a twin of the main agent with the other baseline; off: the main agent alone. */
  setCompare(on: boolean): void {
    const session = this.session;
    const main = session.lanes[0];
    if (on) {
      const first = main.episodes;
      main.restart(first);
      session.setLanes([main, this.makeTwin(main, first)], false);
      const other = rivalLearner(session.settings.getState());
      notify('info', (w) => w.jump.notices.compareOn({ other: baselineWord(other) }));
    } else session.setLanes([main], false);
    session.enterMode(session.mode);
  }

  /** The agents kept from the last visit, or null when there are none (or they are unusable). */
  restore(storage: SessionStorage): JumpLane[] | null {
    const session = this.session;
    const stored = storage.load();
    if (!stored) return null;
    try {
      const main = jumpAgentFrom(stored.agents[0]);
      const runSeed = Number(stored.extra.runSeed);
      session.runSeed = Number.isInteger(runSeed) ? runSeed : 0;
      session.envSpec = main.spec;
      const lanes = [this.makeLane(main.agent, stored.episodes[0] ?? 0)];
      if (session.settings.getState().compare) {
        const twin = stored.agents[1] === undefined ? null : jumpAgentFrom(stored.agents[1]).agent;
        // Both continue from the same episode index, so they face the same holes on screen.
        const first = Math.max(stored.episodes[0] ?? 0, stored.episodes[1] ?? 0);
        lanes[0].install(main.agent, first);
        lanes.push(twin ? this.makeLane(twin, first) : this.makeTwin(lanes[0], first));
      }
      return lanes;
    } catch (e) {
      storage.clear();
      notify('warning', (w) => w.jump.notices.restoreFailed({ why: whyOf(e).replace(/[.。]$/, '') }));
      return null;
    }
  }

  /**
   * A shared link was opened: fresh agents from its settings, so its seed gives the same episodes
   * as where it was copied. The agents kept from the last visit, if they learned anything, stay
   * behind an Undo.
   */
  startFromLink(storage: SessionStorage, s: JumpSettings): JumpLane[] {
    const kept = this.restore(storage);
    const keptSeed = this.session.runSeed;
    const lanes = this.freshStart(s);
    if (kept && kept[0].agent.provenance.stepsTrained > 0) {
      const count = kept[0].episodes;
      this.undo.offer(
        (w) => w.jump.notices.linkUndo({ episodes: formatCount(count) }),
        { lanes: kept, runSeed: keptSeed },
        (k) => this.session.queue(() => this.restoreKept(k)),
      );
    }
    return lanes;
  }

  /** Fresh agents from the settings. */
  freshStart(s: JumpSettings): JumpLane[] {
    const session = this.session;
    session.runSeed = s.seed;
    session.envSpec = jumpEnvFor(undefined).spec;
    const env = jumpEnvFor(session.envSpec);
    const lanes = [this.makeLane(freshAgent(env, s, mainLearner(s)), 0)];
    if (s.compare) lanes.push(this.makeLane(freshAgent(env, s, rivalLearner(s)), 0));
    return lanes;
  }

  makeLane(agent: PolicyGradientAgent, firstEpisode: number): JumpLane {
    const session = this.session;
    const lane = new JumpLane(jumpEnvFor(session.envSpec), agent, session.runSeed, firstEpisode);
    lane.recordTheta(firstEpisode);
    return lane;
  }

  /** The main agent's copy running the Compare rival: same θ, generator and holes. */
  private makeTwin(main: JumpLane, firstEpisode: number): JumpLane {
    const s = this.session.settings.getState();
    const rival = rivalLearner({ ...s, ...settingsOf(main.agent) });
    const twin = convertAgent(copyAgent(main.agent), rival, { ...s, ...paramsOf(main.agent) });
    return this.makeLane(twin, firstEpisode);
  }

  /** Put the agent's params in the settings, clamped to what the panel offers; the store is then applied. */
  private adoptParams(agent: PolicyGradientAgent): void {
    if (agent instanceof ReinforceAgent && agent.params.batchEpisodes > BATCH_MAX) {
      const m = formatCount(agent.params.batchEpisodes);
      notify('warning', (w) => w.jump.notices.importBatch({ m, max: formatCount(BATCH_MAX) }));
      agent.params.batchEpisodes = BATCH_MAX;
    }
    this.session.settings.getState().update({ ...paramsOf(agent), ...settingsOf(agent) });
    this.session.markApplied();
  }

  /** Say `text`; when the agents had learned anything, keep them behind an Undo button. */
  private offerUndo(text: Words): void {
    const session = this.session;
    const main = session.lanes[0]?.agent;
    if (!main || main.provenance.stepsTrained === 0) {
      notify('info', text);
      return;
    }
    const count = session.episodes;
    const kept = { lanes: session.lanes.slice(), runSeed: session.runSeed };
    const offer = (w: Catalog) => w.jump.notices.undoOffer({ text: text(), episodes: formatCount(count) });
    this.undo.offer(offer, kept, (k) => session.queue(() => this.restoreKept(k)));
  }

  /** Undo: the kept lanes continue from their next episode, with the settings following them. */
  private restoreKept(k: KeptLanes): void {
    const session = this.session;
    session.runSeed = k.runSeed;
    for (const lane of k.lanes) lane.restart(lane.episodes);
    const main = k.lanes[0].agent;
    const rival = k.lanes[1] ? learnerOf(k.lanes[1].agent) : null;
    session.settings.getState().update({
      compare: k.lanes.length > 1,
      ...paramsOf(main),
      ...settingsOf(main),
      ...(rival ? { rival } : {}),
    });
    session.markApplied();
    session.setLanes(k.lanes);
    session.enterMode(session.mode);
    const count = session.episodes;
    notify('info', (w) => w.jump.notices.previousBack({ episodes: formatCount(count) }));
  }
}

/** The settings that name what `agent` runs: the agent kind and, for REINFORCE, its baseline. */
function settingsOf(agent: PolicyGradientAgent): Pick<JumpSettings, 'agent'> & Partial<JumpSettings> {
  return agent instanceof ReinforceAgent
    ? { agent: 'reinforce', baseline: agent.params.baseline }
    : { agent: 'actor-critic' };
}

/** η, γ and α_w of `agent` (and M for REINFORCE), as settings. */
function paramsOf(agent: PolicyGradientAgent): Partial<JumpSettings> {
  const p = { learningRate: agent.params.learningRate, gamma: agent.params.gamma };
  return agent instanceof ReinforceAgent
    ? { ...p, batchEpisodes: agent.params.batchEpisodes, valueLearningRate: agent.params.valueLearningRate }
    : { ...p, criticLearningRate: agent.params.valueLearningRate };
}
