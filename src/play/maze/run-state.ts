/**
 * The maze session's run state as a store the scene, the panel, the readout and the charts subscribe
 * to: the small facts that say what changed (the mode, a new maze, a new agent, steps learned, moves
 * on screen, new chart points…), published by the session at the end of every frame, action and
 * Turbo snapshot. The big data (Q-table, visits, trail, series) stays in the session's typed arrays;
 * a change of these facts tells a consumer when to read it again.
 */
import type { MazeMode } from '../../state/maze-settings.ts';
import type { RunStore } from '../shared/run-store.ts';
import type { MazeAgent } from './agent-file.ts';
import type { Words } from './messages.ts';
import type { MazeSession } from './session.ts';
import type { MazeWorld } from './world.ts';

/** A cell the editor or a refused layout points at, for the scene to highlight. */
export interface Highlight {
  row: number;
  col: number;
  /** Why, in words of the catalog (drawn in the language shown). */
  message: Words;
  /** `now()` when it was raised. */
  at: number;
}

export interface MazeRunState {
  mode: MazeMode;
  paused: boolean;
  editing: boolean;
  /** The agent is being brought home from the worker. */
  switching: boolean;
  /** Training in the worker right now. */
  turboRunning: boolean;
  /** The maze (a new one: the scene builds a new board). */
  world: MazeWorld;
  /** The agent (a new one after Reset, a new maze, an import, an undo or a hand-over). */
  agent: MazeAgent;
  /** Steps the agent has learned from (page, worker and play): its Q-table changed when this moves. */
  steps: number;
  /** Training episodes finished by this agent (page and worker). */
  episodes: number;
  /** Steps taken on screen: the sprite and the trail follow them. */
  moves: number;
  /** The cell of the agent on screen. */
  position: number;
  /** Episode of the last chart point (−1: none yet): the charts redraw when it moves. */
  seriesEnd: number;
  highlight: Highlight | null;
  /** A discarded agent can be brought back (Undo). */
  canUndo: boolean;
}

export type MazeRunStore = RunStore<MazeRunState>;

/** The facts of `session` now. */
export function mazeFacts(session: MazeSession): MazeRunState {
  const points = session.record.series.points;
  return {
    mode: session.mode,
    paused: session.paused,
    editing: session.editing,
    switching: session.switching,
    turboRunning: session.turboRunning,
    world: session.world,
    agent: session.agent,
    steps: session.steps,
    episodes: session.episodes,
    moves: session.shown.moves,
    position: session.position,
    seriesEnd: points.length > 0 ? points[points.length - 1].episode : -1,
    highlight: session.highlight,
    canUndo: session.structure.undo.available,
  };
}
