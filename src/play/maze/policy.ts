/**
 * Reading a tabular agent's greedy policy on a maze: which actions are greedy in a cell, where
 * following the greedy policy from S leads, and the range of max-Q for the heat map's legend.
 * Pure functions over the Q-table and the env's transition table (no Phaser, no allocation in the
 * per-step helper).
 */
import type { TabularAgent } from '../../agents/tabular.ts';
import { type GridMazeEnv, OUTCOME } from '../../envs/grid-maze.ts';
import { TILE } from '../../envs/maze-layout.ts';

/** Bit a is set when action a attains max_a Q(s, a). 0b1111 for a cell never updated (all ties). */
export function greedyMask(q: Float64Array, s: number, nActions: number): number {
  const base = s * nActions;
  let best = q[base];
  for (let a = 1; a < nActions; a++) if (q[base + a] > best) best = q[base + a];
  let mask = 0;
  for (let a = 0; a < nActions; a++) if (q[base + a] === best) mask |= 1 << a;
  return mask;
}

export interface GreedyPath {
  /** Whether the greedy policy (ε = 0, lowest-index ties) reaches G from S. */
  reached: boolean;
  /** Steps to G, or the steps taken before it repeated a cell (a loop). */
  steps: number;
  /** The cells visited, S first. */
  cells: number[];
}

/**
 * Follow `greedyAction` from S. The maze is deterministic, so a policy that revisits a cell loops
 * forever: stop there. A fall into a cliff returns to S, which is such a revisit.
 */
export function greedyPath(agent: TabularAgent, maze: GridMazeEnv): GreedyPath {
  const { next, outcome } = maze.transitions;
  const n = maze.layout.width * maze.layout.height;
  const seen = new Uint8Array(n);
  let s = maze.layout.start;
  const cells = [s];
  seen[s] = 1;
  for (let steps = 1; steps <= n; steps++) {
    const i = s * 4 + agent.greedyAction(s);
    if (outcome[i] === OUTCOME.GOAL) {
      cells.push(next[i]);
      return { reached: true, steps, cells };
    }
    s = next[i];
    if (seen[s]) return { reached: false, steps, cells };
    seen[s] = 1;
    cells.push(s);
  }
  return { reached: false, steps: n, cells };
}

/** Min and max of max_a Q(s, a) over the cells the agent can stand on (not walls, G or cliffs). */
export function maxQRange(agent: TabularAgent, maze: GridMazeEnv): { min: number; max: number } {
  const tiles = maze.layout.tiles;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let s = 0; s < tiles.length; s++) {
    const t = tiles[s];
    if (t === TILE.WALL || t === TILE.GOAL || t === TILE.CLIFF) continue;
    const v = agent.maxQ(s);
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return Number.isFinite(min) ? { min, max } : { min: 0, max: 0 };
}

/** Sum of the Q-table (a cheap fingerprint for tests and the status line). */
export function qSum(q: Float64Array): number {
  let s = 0;
  for (let i = 0; i < q.length; i++) s += q[i];
  return s;
}

/** The greedy path, walked again only when the agent or what it learned (its step count) changed. */
export class GreedyPathCache {
  private last: { agent: TabularAgent; steps: number; path: GreedyPath } | null = null;

  get(agent: TabularAgent, maze: GridMazeEnv): GreedyPath {
    const steps = agent.provenance.stepsTrained;
    const c = this.last;
    if (c && c.agent === agent && c.steps === steps) return c.path;
    const path = greedyPath(agent, maze);
    this.last = { agent, steps, path };
    return path;
  }
}
