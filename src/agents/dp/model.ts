/**
 * The GridMaze MDP as dynamic programming reads it: the env's own transition tables (shared, not
 * copied) and which cells the agent can stand on. The maze is deterministic, so one (next, reward,
 * outcome) per state–action pair is the whole model p(s′, r | s, a). After a `changeAt` wall change,
 * build a new model from the env's new `layout` and `transitions`.
 */
import type { GridMazeTransitions } from '../../envs/grid-maze.ts';
import { type MazeLayout, TILE } from '../../envs/maze-layout.ts';
import { checkLength } from './checks.ts';

/** The maze's action count (up, right, down, left). */
export const MAZE_ACTIONS = 4;

export interface MazeModel {
  readonly nStates: number;
  readonly nActions: 4;
  /** The env's tables, indexed `s * 4 + a` (see `GridMazeTransitions`). */
  readonly next: Int32Array;
  readonly reward: Float64Array;
  readonly outcome: Uint8Array;
  /** 1 for cells the agent can stand on (floor and S; not wall, G, cliff): the states DP values */
  readonly live: Uint8Array;
  readonly start: number;
}

export function mazeModel(layout: MazeLayout, transitions: GridMazeTransitions): MazeModel {
  const nStates = layout.width * layout.height;
  const { next, reward, outcome } = transitions;
  checkLength('transitions.next', next.length, nStates * MAZE_ACTIONS);
  checkLength('transitions.reward', reward.length, nStates * MAZE_ACTIONS);
  checkLength('transitions.outcome', outcome.length, nStates * MAZE_ACTIONS);
  const live = new Uint8Array(nStates);
  for (let s = 0; s < nStates; s++) {
    const tile = layout.tiles[s];
    live[s] = tile === TILE.FLOOR || tile === TILE.START ? 1 : 0;
  }
  return { nStates, nActions: MAZE_ACTIONS, next, reward, outcome, live, start: layout.start };
}
