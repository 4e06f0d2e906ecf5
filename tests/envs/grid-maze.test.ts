import { describe, expect, it } from 'vitest';
import {
  ACTION_DELTAS,
  ACTION_NAMES,
  ACTIONS,
  GRID_MAZE_DEFAULTS,
  GridMazeEnv,
  OUTCOME,
} from '../../src/envs/grid-maze.ts';
import { MazeLayoutError, shortestPath } from '../../src/envs/maze-layout.ts';

const { UP, RIGHT, DOWN, LEFT } = ACTIONS;

// Cells:  0 S   1 .   2 #
//         3 .   4 C   5 .
//         6 .   7 .   8 G
const TINY = ['S.#', '.C.', '..G'];

describe('action constants', () => {
  it('are up, right, down, left with matching deltas', () => {
    expect([UP, RIGHT, DOWN, LEFT]).toEqual([0, 1, 2, 3]);
    expect(ACTION_NAMES).toEqual(['up', 'right', 'down', 'left']);
    expect(ACTION_DELTAS).toEqual([
      [-1, 0],
      [0, 1],
      [1, 0],
      [0, -1],
    ]);
  });
});

describe('transition table (by hand, on a 3×3 layout)', () => {
  const env = new GridMazeEnv({ layout: TINY, goalReward: 10, stepReward: -1, cliffReward: -50 });
  const { next, reward, outcome } = env.transitions;
  const S = -1; // step reward
  const K = -50; // cliff reward
  // For each cell the agent can stand on: [next, reward] for up, right, down, left.
  // biome-ignore format: one line per cell reads as a table
  const table: Record<number, [number, number][]> = {
    0: [[0, S], [1, S], [3, S], [0, S]], // edges above and left
    1: [[1, S], [1, S], [0, K], [0, S]], // wall to the right, cliff below
    3: [[0, S], [0, K], [6, S], [3, S]], // cliff to the right
    5: [[5, S], [5, S], [8, 10], [0, K]], // wall above, edge right, goal below, cliff left
    6: [[3, S], [7, S], [6, S], [6, S]], // edges below and left
    7: [[0, K], [8, 10], [7, S], [6, S]], // cliff above, goal right
  };

  it.each(Object.keys(table).map(Number))('cell %i', (s) => {
    for (let a = 0; a < 4; a++) {
      const i = s * 4 + a;
      expect([next[i], reward[i]], `cell ${s}, ${ACTION_NAMES[a]}`).toEqual(table[s][a]);
      const kind = reward[i] === 10 ? OUTCOME.GOAL : reward[i] === K ? OUTCOME.CLIFF : OUTCOME.MOVE;
      expect(outcome[i]).toBe(kind);
    }
  });

  it('observation space has one state per cell', () => {
    expect(env.observationSpace.n).toBe(9);
    expect(env.actionSpace.n).toBe(4);
  });
});

describe('GridMazeEnv episodes', () => {
  it('starts on S, bumps into walls and edges, falls off the cliff back to S, ends on G', () => {
    const env = new GridMazeEnv({ layout: TINY });
    const reset = env.reset({ seed: 1 });
    expect(reset.observation).toBe(0);
    expect(reset.info.success).toBe(false);

    let r = env.step(UP); // edge
    expect([r.observation, r.reward, r.terminated, r.truncated, r.info.success]).toEqual([
      0,
      0,
      false,
      false,
      false,
    ]);
    r = env.step(RIGHT);
    expect(r.observation).toBe(1);
    expect(env.position).toBe(1);
    r = env.step(RIGHT); // wall
    expect(r.observation).toBe(1);
    r = env.step(DOWN); // cliff: default −100, back to S, not terminal
    expect([r.observation, r.reward, r.terminated, r.info.fell]).toEqual([0, -100, false, true]);
    r = env.step(DOWN);
    expect([r.observation, r.reward, r.info.fell]).toEqual([3, 0, false]);
    env.step(DOWN);
    env.step(RIGHT);
    r = env.step(RIGHT); // goal: default +1, terminal
    expect([r.observation, r.reward, r.terminated, r.truncated, r.info.success]).toEqual([
      8,
      1,
      true,
      false,
      true,
    ]);
  });

  it('uses custom rewards', () => {
    const env = new GridMazeEnv({ layout: TINY, goalReward: 5, stepReward: -0.5, cliffReward: -7 });
    env.reset();
    expect(env.step(LEFT).reward).toBe(-0.5);
    expect(env.step(DOWN).reward).toBe(-0.5);
    expect(env.step(RIGHT).reward).toBe(-7);
    env.step(DOWN);
    env.step(DOWN);
    env.step(RIGHT);
    expect(env.step(RIGHT).reward).toBe(5);
  });

  it('reuses one result and one info object', () => {
    const env = new GridMazeEnv({ layout: TINY });
    const reset = env.reset();
    const a = env.step(DOWN);
    const b = env.step(RIGHT);
    expect(a).toBe(b);
    expect(a.info).toBe(reset.info);
    expect(env.reset()).toBe(reset);
  });

  it('walks bench10 along the BFS shortest path to G in 28 steps', () => {
    const env = new GridMazeEnv({ layout: 'bench10' });
    const { width } = env.layout;
    const path = shortestPath(env.layout);
    env.reset();
    let success = false;
    for (let k = 1; k < path.length; k++) {
      const dr = Math.floor(path[k] / width) - Math.floor(path[k - 1] / width);
      const dc = (path[k] % width) - (path[k - 1] % width);
      const action = ACTION_DELTAS.findIndex(([ar, ac]) => ar === dr && ac === dc);
      const r = env.step(action);
      expect(r.observation).toBe(path[k]);
      expect(r.terminated).toBe(k === path.length - 1);
      success = r.info.success;
    }
    expect(path.length - 1).toBe(28);
    expect(success).toBe(true);
  });

  it('reset({ seed }) re-creates the generator; the maze itself does not depend on it', () => {
    const env = new GridMazeEnv({ layout: TINY });
    env.reset({ seed: 42 });
    const first = env.rng.state();
    env.reset();
    expect(env.rng.state()).toEqual(first); // no draws are made
    env.reset({ seed: 42 });
    expect(env.rng.state()).toEqual(first);
    env.reset({ seed: 43 });
    expect(env.rng.state()).not.toEqual(first);
    expect(env.stochastic).toBe(false);
  });
});

describe('GridMazeEnv misuse', () => {
  it('throws on step before reset and after the episode ended', () => {
    const env = new GridMazeEnv({ layout: ['SG'] });
    expect(() => env.step(RIGHT)).toThrow(/GridMaze-v0: step\(\) called before reset\(\)/);
    env.reset();
    expect(env.step(RIGHT).terminated).toBe(true);
    expect(() => env.step(LEFT)).toThrow(/after the episode ended/);
    env.reset();
    expect(env.step(LEFT).observation).toBe(0);
  });

  it('throws a RangeError naming a bad action and the space', () => {
    const env = new GridMazeEnv({ layout: TINY });
    env.reset();
    for (const [bad, shown] of [
      [4, '4'],
      [-1, '-1'],
      [1.5, '1.5'],
      ['1', '"1"'],
      [Number.NaN, 'NaN'],
      [2 ** 32 + 1, String(2 ** 32 + 1)],
    ] as const) {
      const step = () => env.step(bad as unknown as number);
      expect(step).toThrow(RangeError);
      expect(step).toThrow(`invalid action ${shown}; the action space is Discrete(4)`);
    }
    expect(env.position).toBe(0); // a rejected action does not move the agent
  });

  it('rejects bad layouts and non-finite rewards at construction', () => {
    expect(() => new GridMazeEnv({ layout: ['S#G'] })).toThrow(MazeLayoutError);
    expect(() => new GridMazeEnv({ layout: 'nope' })).toThrow(/valid presets: small, bench10, large, cliff/);
    expect(() => new GridMazeEnv({ goalReward: Number.NaN })).toThrow(
      /goalReward must be a finite number, got NaN/,
    );
    expect(() => new GridMazeEnv({ cliffReward: '1' as unknown as number })).toThrow(RangeError);
  });
});

describe('GridMazeEnv spec', () => {
  it('defaults to the large preset and the default rewards', () => {
    const env = new GridMazeEnv();
    expect(env.spec).toEqual({
      id: 'GridMaze-v0',
      options: { layout: 'large', goalReward: 1, stepReward: 0, cliffReward: -100 },
    });
    expect(env.layout.width * env.layout.height).toBe(env.observationSpace.n);
    expect(new GridMazeEnv({ layout: undefined, stepReward: undefined }).spec).toEqual(env.spec);
    expect(GRID_MAZE_DEFAULTS.layout).toBe('large');
  });

  it('keeps a layout given as rows as a copy, enough to rebuild the same env', () => {
    const rows = ['S.', '.G'];
    const env = new GridMazeEnv({ layout: rows, stepReward: -1 });
    rows[1] = 'xx';
    expect(env.spec.options).toEqual({
      layout: ['S.', '.G'],
      goalReward: 1,
      stepReward: -1,
      cliffReward: -100,
    });
    const again = new GridMazeEnv(env.spec.options);
    expect(Array.from(again.transitions.next)).toEqual(Array.from(env.transitions.next));
  });
});
