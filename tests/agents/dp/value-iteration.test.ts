/**
 * Value iteration against values worked by hand: a 3×3 maze, the first Jacobi sweeps of a corridor,
 * the benchmark maze's shortest path (by an independent breadth-first search), and the book's cliff.
 */
import { describe, expect, it } from 'vitest';
import { mazeModel, ValueIterationSweeper, valueIteration } from '../../../src/agents/dp/index.ts';
import { AgentRangeError } from '../../../src/agents/errors.ts';
import { GridMazeEnv, OUTCOME } from '../../../src/envs/grid-maze.ts';
import { MAZE_PRESETS } from '../../../src/envs/maze-presets.ts';
import { modelOf } from './maze-model.ts';

const [UP, RIGHT, DOWN] = [0, 1, 2];

describe('V* of a 3×3 maze, by hand', () => {
  // S . .      Goal +1, steps 0, γ = 0.9. A cell d steps from G (d counts the step into G) has
  // . # .      V* = γ^(d−1): the reward 1 comes on the d-th step, discounted d − 1 times.
  // . . G      (1,2) and (2,1): d = 1 → 1;  (0,2) and (2,0): d = 2 → 0.9;
  //            (0,1) and (1,0): d = 3 → 0.81;  S: d = 4 → 0.729;  the wall and G: 0.
  const model = modelOf(['S..', '.#.', '..G']);
  const r = valueIteration(model, 0.9);
  const expected = [0.729, 0.81, 0.9, 0.81, 0, 1, 0.9, 1, 0];

  it('V* at every cell', () => {
    expect(r.converged).toBe(true);
    expect(Array.from(r.v)).toEqual(expected.map((v) => expect.closeTo(v, 12)));
  });

  it('Q* at S: a bump stays (0.9·0.729), right and down lead 3 steps from G (0.9·0.81)', () => {
    expect(Array.from(r.q.subarray(0, 4))).toEqual(
      [0.6561, 0.729, 0.729, 0.6561].map((x) => expect.closeTo(x, 12)),
    );
  });

  it('Q* at (1,2): down enters G (1); up leads to (0,2) (0.9·0.9); right and left bump (0.9·1)', () => {
    expect(Array.from(r.q.subarray(5 * 4, 5 * 4 + 4))).toEqual(
      [0.81, 0.9, 1, 0.9].map((x) => expect.closeTo(x, 12)),
    );
  });

  it('the policy is greedy with the lowest index on ties, −1 off the live cells', () => {
    // S: right and down tie → right. (0,2): down. (2,0): right. Wall and G: −1.
    expect(Array.from(r.policy)).toEqual([RIGHT, RIGHT, DOWN, DOWN, -1, DOWN, RIGHT, RIGHT, -1]);
  });
});

describe('ValueIterationSweeper: Jacobi sweeps by hand', () => {
  // G . S  (cells 0, 1, 2), goal +1, γ = 0.9. Every V_{k+1} reads V_k only: sweep 1 leaves S at 0
  // although cell 1 (swept first) has just become 1 (an in-place sweep would give S 0.9 at once).
  const model = modelOf(['G.S']);

  it('V_1, V_2, V_3 and their residuals', () => {
    const sw = new ValueIterationSweeper(model, 0.9);
    expect(sw.sweeps).toBe(0);
    expect(sw.residual).toBe(Number.POSITIVE_INFINITY);
    // V_1(1) = max(left into G: 1, up/down bump: 0.9·0, right to S: 0.9·0) = 1;  V_1(S) = 0.
    expect(sw.sweep()).toBe(1);
    expect(Array.from(sw.v)).toEqual([0, 1, 0]);
    expect(Array.from(sw.q.subarray(4, 8))).toEqual([0, 0, 0, 1]);
    // V_2(1) = 1;  V_2(S) = left: 0.9·V_1(1) = 0.9.  Residual 0.9.
    expect(sw.sweep()).toBeCloseTo(0.9, 15);
    expect(Array.from(sw.v)).toEqual([0, 1, 0.9]);
    expect(Array.from(sw.q.subarray(8, 12))).toEqual([0, 0, 0, 0.9]);
    // V_3 = V_2: the residual is exactly 0. Q at S: bumps 0.9·0.9, left 0.9.
    expect(sw.sweep()).toBe(0);
    expect(Array.from(sw.q.subarray(8, 12))).toEqual(
      [0.81, 0.81, 0.81, 0.9].map((x) => expect.closeTo(x, 15)),
    );
    expect(sw.sweeps).toBe(3);
    expect(sw.residual).toBe(0);
    // The goal is not a state: its row stays 0.
    expect(Array.from(sw.q.subarray(0, 4))).toEqual([0, 0, 0, 0]);
  });

  it('reset goes back to V_0 = 0 with no sweeps', () => {
    const sw = new ValueIterationSweeper(model, 0.9);
    sw.sweep();
    sw.sweep();
    sw.reset();
    expect(sw.sweeps).toBe(0);
    expect(sw.residual).toBe(Number.POSITIVE_INFINITY);
    expect(Array.from(sw.v)).toEqual([0, 0, 0]);
    expect(Array.from(sw.q).every((x) => x === 0)).toBe(true);
    expect(sw.sweep()).toBe(1);
  });

  it('valueIteration stops at the first sweep whose residual is within the tolerance', () => {
    const r = valueIteration(model, 0.9);
    expect(r).toMatchObject({ sweeps: 3, residual: 0, converged: true });
    const short = valueIteration(model, 0.9, { maxSweeps: 2 });
    expect(short).toMatchObject({ sweeps: 2, converged: false });
    expect(short.residual).toBeCloseTo(0.9, 15);
  });
});

/** Steps of the shortest S → G path, by breadth-first search over the rows (walls '#'). */
function shortestPath(rows: readonly string[]): number {
  const h = rows.length;
  const w = rows[0].length;
  const dist = new Map<string, number>();
  const start = rows.findIndex((r) => r.includes('S'));
  const queue: [number, number][] = [[start, rows[start].indexOf('S')]];
  dist.set(`${queue[0]}`, 0);
  while (queue.length > 0) {
    const [r, c] = queue.shift() as [number, number];
    const d = dist.get(`${[r, c]}`) as number;
    if (rows[r][c] === 'G') return d;
    for (const [dr, dc] of [
      [-1, 0],
      [0, 1],
      [1, 0],
      [0, -1],
    ]) {
      const [nr, nc] = [r + dr, c + dc];
      if (nr < 0 || nr >= h || nc < 0 || nc >= w || rows[nr][nc] === '#' || dist.has(`${[nr, nc]}`)) continue;
      dist.set(`${[nr, nc]}`, d + 1);
      queue.push([nr, nc]);
    }
  }
  return -1;
}

describe('presets', () => {
  it("bench10 with the posts' rewards (goal +1, step 0), γ 0.9: V*(S) = γ^27, the shortest path being 28 steps", () => {
    expect(shortestPath(MAZE_PRESETS.bench10.rows)).toBe(28);
    const model = modelOf('bench10');
    const r = valueIteration(model, 0.9);
    expect(r.converged).toBe(true);
    expect(r.v[model.start]).toBeCloseTo(0.9 ** 27, 14);
  });

  it('cliff-book, γ 1: the greedy optimal path is the 13-step edge (up, 11 × right, down), V*(S) = −13', () => {
    const model = modelOf('cliff-book');
    const r = valueIteration(model, 1);
    expect(r.converged).toBe(true);
    expect(r.v[model.start]).toBe(-13);
    const actions: number[] = [];
    let total = 0;
    for (let s = model.start; actions.length < 100; ) {
      const i = s * 4 + r.policy[s];
      actions.push(r.policy[s]);
      total += model.reward[i];
      if (model.outcome[i] === OUTCOME.GOAL) break;
      s = model.next[i];
    }
    expect(actions).toEqual([UP, ...Array(11).fill(RIGHT), DOWN]);
    expect(total).toBe(-13);
  });

  it('γ 1, goal +1, steps 0: V* = 1 on every live cell (every cell reaches G)', () => {
    const model = modelOf('small');
    const r = valueIteration(model, 1);
    expect(r.converged).toBe(true);
    for (let s = 0; s < model.nStates; s++) expect(r.v[s]).toBe(model.live[s] === 1 ? 1 : 0);
  });

  it('γ 1 with a pocket that cannot reach G and −1 steps: stops at maxSweeps, not converged, values finite', () => {
    // The bottom row is walled off from G: its values fall by 1 every sweep, for ever.
    const model = modelOf(['S.G', '###', '...'], { stepReward: -1, goalReward: -1 });
    const r = valueIteration(model, 1, { maxSweeps: 500 });
    expect(r).toMatchObject({ sweeps: 500, converged: false, residual: 1 });
    expect(r.v[6]).toBe(-500);
    expect(r.v[model.start]).toBe(-2);
    expect(Array.from(r.v).every(Number.isFinite)).toBe(true);
  });
});

describe('coded argument errors', () => {
  const model = modelOf(['SG']);
  const code = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(AgentRangeError);
      return (e as AgentRangeError).code;
    }
    return 'no error';
  };

  it('γ outside [0, 1], NaN, a bad tolerance or maxSweeps', () => {
    expect(code(() => valueIteration(model, 1.5))).toBe('dp-argument-out-of-range');
    expect(code(() => valueIteration(model, Number.NaN))).toBe('dp-argument-out-of-range');
    expect(code(() => new ValueIterationSweeper(model, -0.1))).toBe('dp-argument-out-of-range');
    expect(code(() => valueIteration(model, 0.9, { tolerance: -1 }))).toBe('dp-argument-out-of-range');
    expect(code(() => valueIteration(model, 0.9, { maxSweeps: 2.5 }))).toBe('dp-argument-out-of-range');
  });

  it("transitions of another maze's size", () => {
    const other = new GridMazeEnv({ layout: ['S.G'] });
    const env = new GridMazeEnv({ layout: ['SG'] });
    expect(code(() => mazeModel(env.layout, other.transitions))).toBe('dp-length-mismatch');
  });
});
