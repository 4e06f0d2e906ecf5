/**
 * The maze session's rules for what a settings change means (`SyncHost` of `SettingsSync`): params go
 * to the agent at once (and to the worker); other rows mean a new world and a new agent (a Q-table
 * belongs to one maze); other rewards only a new world for the same agent; another kind a new agent.
 * Also where a session starts (the kept agent, or a fresh one) and what Undo brings back.
 */
import { loadAgent, makeAgent } from '../../agents/make-agent.ts';
import type { SavedAgent } from '../../agents/types.ts';
import type { MazeSettings } from '../../state/maze-settings.ts';
import type { Autosave } from '../shared/autosave.ts';
import type { SyncHost } from '../shared/settings-sync.ts';
import { UndoOffer } from '../shared/undo.ts';
import { checkMazeAgent, type MazeAgent } from './agent-file.ts';
import { agentOptions, agentSettings, paramChanges, sameConfig } from './agent-settings.ts';
import { MESSAGES, type Words } from './messages.ts';
import type { RecordCopy } from './record.ts';
import type { MazeSession } from './session.ts';
import { type MazeSpec, mazeSpecOf, sameRewards, sameRows, settingsForMaze } from './source.ts';
import { MazeWorld } from './world.ts';

/** What Undo brings back: the agent (with its generator), its maze and its record. */
export interface KeptAgent {
  world: MazeWorld;
  saved: SavedAgent;
  firstEpisode: number;
  runSeed: number;
  record: RecordCopy;
}

/** Where a session starts. */
export interface Start {
  world: MazeWorld;
  agent: MazeAgent;
  firstEpisode: number;
  runSeed: number;
}

/** The settings that choose the maze (kept with an undone agent, so its maze comes back as it was chosen). */
const MAZE_KEYS = [
  'source',
  'preset',
  'genWidth',
  'genHeight',
  'genSeed',
  'customRows',
  'stepReward',
  'goalReward',
  'cliffReward',
] as const satisfies readonly (keyof MazeSettings)[];

export class MazeStructure implements SyncHost<MazeSettings> {
  readonly undo = new UndoOffer<KeptAgent & { settings: Partial<MazeSettings> }>();
  /** The maze settings that built the current world (for Undo). */
  private mazeSettings: Partial<MazeSettings> = {};

  constructor(private readonly session: MazeSession) {}

  get disposed(): boolean {
    return this.session.disposed;
  }

  get turboRunning(): boolean {
    return this.session.turboRunning;
  }

  structural(s: MazeSettings): boolean {
    const { agent, spec } = this.session;
    if (s.agentKind !== agent.kind || !sameConfig(agent, s)) return true;
    const next = mazeSpecOf(s);
    return !sameRows(next.rows, spec.rows) || !sameRewards(next.rewards, spec.rewards);
  }

  applyParams(s: MazeSettings): void {
    const agent = this.session.agent;
    // ε α γ, and the algorithm's own (n, λ, traces, planning steps, κ) where it has them.
    const changes = paramChanges(agent, s);
    if (Object.keys(changes).length === 0) return;
    Object.assign(agent.params, changes);
    // The worker applies them between two batches.
    this.session.worker.setParams({ epsilon: s.epsilon, alpha: s.alpha, gamma: s.gamma, ...changes });
  }

  applyStructure(s: MazeSettings): void {
    const session = this.session;
    const spec = mazeSpecOf(s);
    let restart = s.mode !== session.mode;
    if (!sameRows(spec.rows, session.spec.rows)) {
      const world = this.build(spec);
      if (world) {
        const text = session.editing
          ? MESSAGES.editedMaze()
          : MESSAGES.newMaze(spec, world.maze.layout.width, world.maze.layout.height, s.agentKind);
        this.replaceAgent(s, text, world);
        restart = true;
      }
    } else {
      if (!sameRewards(spec.rewards, session.spec.rewards)) {
        const world = this.build(spec);
        if (world) {
          // Same maze, same size: the agent keeps its Q-table and adapts to the new rewards.
          session.agent.provenance.env = structuredClone(world.env.spec);
          session.install(world, session.agent, session.runner.episodes);
          session.say('info', MESSAGES.rewards(spec.rewards));
          restart = true;
        }
      }
      if (s.agentKind !== session.agent.kind) {
        this.replaceAgent(s, MESSAGES.kindSwitch(session.agent.kind, s.agentKind));
        restart = true;
      } else if (!sameConfig(session.agent, s)) {
        // The initial Q and the ε schedule are the agent's configuration: a new agent has them.
        this.replaceAgent(s, MESSAGES.newConfig(s.agentKind));
        restart = true;
      }
    }
    if (sameRows(spec.rows, session.spec.rows) && sameRewards(spec.rewards, session.spec.rewards)) {
      this.mazeApplied();
    }
    if (restart) {
      const modeChanged = s.mode !== session.mode;
      session.enterMode(s.mode);
      if (modeChanged) session.save();
    }
  }

  /** The settings now describe the maze on screen (remembered for a later Undo). */
  mazeApplied(): void {
    this.mazeSettings = pick(this.session.settings.getState());
  }

  wantTurbo(s: MazeSettings): boolean {
    const session = this.session;
    return s.mode === 'turbo' && !session.paused && !session.editing && !session.disposed;
  }

  startTurbo(): void {
    const session = this.session;
    session.trail.start(session.maze.layout.start);
    const { greedyEvery, genericRunner } = session.settings.getState();
    session.worker.start(session.runners, session.record, greedyEvery, !genericRunner);
    session.publish();
  }

  /** Stop the worker and continue with the agent it hands back (or the mirror, if it does not answer). */
  async bringHome(): Promise<void> {
    const session = this.session;
    if (!session.turboRunning) return;
    const episodes = session.worker.episodes;
    session.publish();
    const home = await session.worker.stop();
    if (home) session.install(session.world, home.agent, home.firstEpisode);
    else {
      session.say('warning', MESSAGES.noHandBack());
      session.install(session.world, session.agent, episodes);
    }
    session.enterMode(session.mode);
    session.save();
  }

  /** The worker failed: pause, and continue on the page from its last snapshot. */
  turboFailed(message: string): void {
    const session = this.session;
    session.say('error', MESSAGES.turboError(message));
    session.paused = true;
    session.install(session.world, session.agent, session.worker.episodes);
    session.publish();
  }

  /**
   * The current agent is about to be replaced: say `text`, and when it had learned anything keep it
   * (with its maze and record) behind an Undo button. Editing a maze an untrained agent runs on says
   * nothing (every click would).
   */
  offerUndo(text: Words): void {
    const session = this.session;
    const settings = this.mazeSettings;
    if (session.agent.provenance.stepsTrained === 0) {
      if (!session.editing) session.say('info', text);
      return;
    }
    const kept = {
      world: session.world,
      saved: session.exportAgent(),
      firstEpisode: session.runner.episodes,
      runSeed: session.runners.runSeed,
      record: session.record.copy(),
      settings,
    };
    session.quiet();
    this.undo.offer(MESSAGES.undoable(text, session.agent, session.episodes), kept, (k) =>
      this.restoreKept(k),
    );
  }

  /** A new agent from the settings (on `world`), its record empty; the old one can be brought back. */
  replaceAgent(s: MazeSettings, text: Words, world = this.session.world): void {
    const session = this.session;
    this.offerUndo(text);
    const agent = makeAgent(s.agentKind, world.env, agentOptions(s)) as MazeAgent;
    session.install(world, agent, 0, s.seed);
    session.record.clear(world.cells);
  }

  /** Switch to `agent` (imported, restored or undone) on `world`, and make the settings say so. */
  adopt(
    world: MazeWorld,
    agent: MazeAgent,
    firstEpisode: number,
    runSeed: number,
    kept?: { record: RecordCopy; settings: Partial<MazeSettings> },
  ): void {
    const session = this.session;
    const keep =
      sameRows(world.spec.rows, session.spec.rows) && sameRewards(world.spec.rewards, session.spec.rewards);
    agent.provenance.env = structuredClone((keep ? session.world : world).env.spec);
    session.install(keep ? session.world : world, agent, firstEpisode, runSeed);
    if (kept) session.record.restore(kept.record);
    else session.record.clear(session.world.cells);
    // The store follows the agent: the maze, the kind and the params it was trained with. The applied
    // state then matches, so the next sync finds nothing structural to do.
    session.settings.getState().update({
      ...(kept?.settings ?? settingsForMaze(session.spec.rows, session.spec.rewards)),
      ...agentSettings(agent),
    });
    session.markApplied();
    this.mazeApplied();
    session.enterMode(session.mode);
  }

  /** The kept agent (from the last visit), or null when there is none or it is unusable. */
  restore(autosave: Autosave): Start | null {
    const session = this.session;
    try {
      const stored = autosave.load();
      if (!stored) return null;
      const checked = checkMazeAgent(stored.agents[0] ?? null, null);
      if (!checked.ok) throw checked.why;
      const { agent, env } = checked;
      const world = MazeWorld.fromEnv(env);
      const runSeed = Number(stored.extra.runSeed);
      agent.provenance.env = structuredClone(world.env.spec);
      // The store follows the agent: its maze, kind and params.
      session.settings.getState().update({
        ...settingsForMaze(world.spec.rows, world.spec.rewards),
        ...agentSettings(agent),
      });
      this.mazeApplied();
      return {
        world,
        agent,
        firstEpisode: stored.episodes[0] ?? 0,
        runSeed: Number.isInteger(runSeed) ? runSeed : 0,
      };
    } catch (e) {
      autosave.clear();
      // A refusal's words, or whatever else went wrong (worded by its code, else its message).
      const reason: Words = typeof e === 'function' ? (e as Words) : MESSAGES.reason(e);
      session.say('warning', MESSAGES.badSavedAgent(reason));
      return null;
    }
  }

  /** A new agent from the settings, on the maze they describe (or the small preset if that fails). */
  freshStart(s: MazeSettings): Start {
    const session = this.session;
    let world: MazeWorld;
    try {
      world = MazeWorld.build(mazeSpecOf(s));
    } catch (e) {
      // Stored custom rows that no longer parse: fall back to the default preset.
      session.say('warning', MESSAGES.badSavedMaze(e));
      world = MazeWorld.build(mazeSpecOf({ ...s, source: 'preset', preset: 'small' }));
      session.settings.getState().update({ source: 'preset', preset: 'small' });
    }
    const now = session.settings.getState();
    this.mazeApplied();
    const agent = makeAgent(now.agentKind, world.env, agentOptions(now)) as MazeAgent;
    return { world, agent, firstEpisode: 0, runSeed: now.seed };
  }

  /** Build the world for `spec`. On an invalid layout: say why, keep the current maze, put the settings back. */
  private build(spec: MazeSpec): MazeWorld | null {
    try {
      return MazeWorld.build(spec);
    } catch (e) {
      const session = this.session;
      session.say('error', MESSAGES.badMaze(e));
      session.settings.getState().update(settingsForMaze(session.spec.rows, session.spec.rewards));
      return null;
    }
  }

  /** Undo: the kept agent, its maze (as it was chosen in the panel) and its record, at the next sync. */
  private restoreKept(k: KeptAgent & { settings: Partial<MazeSettings> }): void {
    const session = this.session;
    session.queue(() => {
      const agent = loadAgent(k.saved) as MazeAgent;
      this.adopt(k.world, agent, k.firstEpisode, k.runSeed, k);
      session.say('info', MESSAGES.restored(k.world.spec));
    });
  }
}

function pick(s: MazeSettings): Partial<MazeSettings> {
  const out: Partial<MazeSettings> = {};
  for (const k of MAZE_KEYS) (out as Record<string, unknown>)[k] = s[k];
  return out;
}
