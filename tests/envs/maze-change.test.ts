/** The book's chapter-8 mazes (S&B Examples 8.1–8.3), the `changeAt` option and preset rewards. */
import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  EnvOptionError,
  GridMazeEnv,
  MAZE_CHANGES,
  MAZE_PRESETS,
  MazeLayoutError,
  makeEnv,
  parseMazeLayout,
  shortestPath,
  shortestPathLength,
  TILE,
} from '../../src/envs/index.ts';

const W = 9;
const cell = (row: number, col: number) => row * W + col;
const { UP, RIGHT, DOWN, LEFT } = ACTIONS;

/** The wall cells of a layout, as [row, col]. */
function walls(rows: readonly string[]): [number, number][] {
  const m = parseMazeLayout(rows);
  const out: [number, number][] = [];
  for (let i = 0; i < m.tiles.length; i++) {
    if (m.tiles[i] === TILE.WALL) out.push([Math.floor(i / m.width), i % m.width]);
  }
  return out;
}

const row3 = (cols: number[]) => cols.map((c): [number, number] => [3, c]);
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, k) => a + k);

/** The error `fn` throws, asserted to be an EnvOptionError. */
function optionError(fn: () => unknown): EnvOptionError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(EnvOptionError);
    return e as EnvOptionError;
  }
  throw new Error('expected an EnvOptionError');
}

describe("the book's mazes", () => {
  it('dyna: 6×9, S at (2, 0), G at (0, 8), the seven walls of Example 8.1, 14 steps', () => {
    const m = parseMazeLayout('dyna');
    expect([m.height, m.width]).toEqual([6, 9]);
    expect(m.start).toBe(cell(2, 0));
    expect(m.goal).toBe(cell(0, 8));
    const expected: [number, number][] = [
      [0, 7],
      [1, 2],
      [1, 7],
      [2, 2],
      [2, 7],
      [3, 2],
      [4, 5],
    ];
    expect(walls(MAZE_PRESETS.dyna.rows)).toEqual(expected);
    expect(shortestPathLength(m)).toBe(14);
  });

  it('blocking: the gap of row 3 moves from the right (col 8) to the left (col 0) after 1000 steps', () => {
    const m = parseMazeLayout('blocking');
    expect([m.height, m.width, m.start, m.goal]).toEqual([6, 9, cell(5, 3), cell(0, 8)]);
    expect(walls(MAZE_PRESETS.blocking.rows)).toEqual(row3(range(0, 7)));
    expect(MAZE_CHANGES.blocking.step).toBe(1000);
    expect(walls(MAZE_CHANGES.blocking.layout)).toEqual(row3(range(1, 8)));
    // 5 right and 5 up through the right gap; then 3 left, 5 up, 8 right through the left one.
    expect(shortestPathLength(m)).toBe(10);
    expect(shortestPathLength(MAZE_CHANGES.blocking.layout)).toBe(16);
  });

  it('shortcut: a second gap opens at the right end of row 3 after 3000 steps', () => {
    const m = parseMazeLayout('shortcut');
    expect([m.height, m.width, m.start, m.goal]).toEqual([6, 9, cell(5, 3), cell(0, 8)]);
    expect(walls(MAZE_PRESETS.shortcut.rows)).toEqual(row3(range(1, 8)));
    expect(MAZE_CHANGES.shortcut.step).toBe(3000);
    expect(walls(MAZE_CHANGES.shortcut.layout)).toEqual(row3(range(1, 7)));
    expect(shortestPathLength(m)).toBe(16);
    expect(shortestPathLength(MAZE_CHANGES.shortcut.layout)).toBe(10);
  });
});

describe('changeAt', () => {
  it('blocking changes on exactly its 1000th step, counted over episodes, and the tables follow', () => {
    const env = makeEnv('GridMaze-v0', { layout: 'blocking' });
    const maze = env.unwrapped as GridMazeEnv;
    expect(maze.change?.step).toBe(1000);
    // (4, 8) up goes through the right gap before the change.
    expect(maze.transitions.next[cell(4, 8) * 4 + UP]).toBe(cell(3, 8));
    expect(maze.transitions.next[cell(4, 0) * 4 + UP]).toBe(cell(4, 0));
    env.reset({ seed: 1 });
    for (let t = 1; t < 1000; t++) {
      if (t === 500) env.reset(); // a new episode does not restart the count
      const r = env.step(DOWN); // S is on the bottom row: DOWN bumps and stays
      expect(r.info.changed).toBe(false);
      expect(maze.changed).toBe(false);
    }
    expect(maze.totalSteps).toBe(999);
    const r = env.step(DOWN);
    expect(r.info.changed).toBe(true);
    expect(r.observation).toBe(cell(5, 3));
    expect(maze.changed).toBe(true);
    expect(maze.totalSteps).toBe(1000);
    expect(maze.layout.rows).toEqual(MAZE_CHANGES.blocking.layout);
    expect(maze.transitions.next[cell(4, 8) * 4 + UP]).toBe(cell(4, 8));
    expect(maze.transitions.next[cell(4, 0) * 4 + UP]).toBe(cell(3, 0));
    expect(env.step(DOWN).info.changed).toBe(false);
    // The new shortest way, 16 steps, walked in the env; the old one is blocked.
    env.reset();
    expect(env.step(DOWN).info.changed).toBe(false);
    const path = shortestPath(maze.layout);
    expect(path.length - 1).toBe(16);
    let at = env.reset().observation;
    const ends: boolean[] = [];
    for (let k = 1; k < path.length; k++) {
      const [from, to] = [path[k - 1], path[k]];
      const action = to === from - W ? UP : to === from + 1 ? RIGHT : to === from + W ? DOWN : LEFT;
      expect(at).toBe(from);
      const r = env.step(action);
      at = r.observation;
      ends.push(r.terminated && r.info.success);
    }
    expect(at).toBe(maze.layout.goal);
    expect(ends.indexOf(true)).toBe(15);
    expect(maze.changed).toBe(true);
    // reset({ seed }) does not undo the change.
    env.reset({ seed: 1 });
    expect(maze.changed).toBe(true);
  });

  it('shortcut opens its gap on its 3000th step', () => {
    const maze = new GridMazeEnv({ layout: 'shortcut' });
    maze.reset();
    expect(maze.transitions.next[cell(4, 8) * 4 + UP]).toBe(cell(4, 8));
    const changedAt: number[] = [];
    for (let t = 1; t <= 3500; t++) if (maze.step(DOWN).info.changed) changedAt.push(t);
    expect(changedAt).toEqual([3000]);
    expect(maze.transitions.next[cell(4, 8) * 4 + UP]).toBe(cell(3, 8));
    expect(maze.transitions.next[cell(4, 0) * 4 + UP]).toBe(cell(3, 0));
  });

  it('takes a custom change, moves an agent that a new wall would cover back to S', () => {
    const env = new GridMazeEnv({
      layout: ['S..', '...', '..G'],
      changeAt: { step: 2, layout: ['S..', '.#.', '..G'] },
    });
    env.reset();
    expect(env.step(RIGHT).info.changed).toBe(false); // (0, 1)
    const r = env.step(DOWN); // (1, 1), where the new wall appears
    expect(r.info.changed).toBe(true);
    expect(r.observation).toBe(0);
    expect(env.position).toBe(0);
    expect(env.transitions.next[1 * 4 + DOWN]).toBe(1);
  });

  it('changeAt: null keeps the first layout; the spec rebuilds the same env either way', () => {
    const fixed = new GridMazeEnv({ layout: 'blocking', changeAt: null });
    expect(fixed.change).toBeNull();
    expect(fixed.spec.options.changeAt).toBeNull();
    fixed.reset();
    for (let t = 0; t < 1500; t++) expect(fixed.step(DOWN).info.changed).toBe(false);
    expect(fixed.layout.rows).toEqual(MAZE_PRESETS.blocking.rows);
    expect(new GridMazeEnv(fixed.spec.options).change).toBeNull();

    const rows = ['S..', '...', '..G'];
    const changeRows = ['S..', '.#.', '..G'];
    const env = new GridMazeEnv({ layout: rows, changeAt: { step: 7, layout: changeRows } });
    changeRows[1] = '...';
    expect(env.spec.options.changeAt).toEqual({ step: 7, layout: ['S..', '.#.', '..G'] });
    const again = new GridMazeEnv(env.spec.options);
    expect(again.change?.step).toBe(7);
    expect(again.change?.layout.rows).toEqual(['S..', '.#.', '..G']);
    expect(makeEnv('GridMaze-v0', { layout: 'blocking' }).spec.options.changeAt).toEqual({
      step: 1000,
      layout: MAZE_CHANGES.blocking.layout,
    });
    // Mazes without a change keep the spec they had.
    expect(new GridMazeEnv({ layout: 'dyna' }).spec.options).not.toHaveProperty('changeAt');
  });

  it('refuses a change of size, of S or of G, and a bad step, naming the option', () => {
    const layout = ['S..', '...', '..G'];
    const size = optionError(() => new GridMazeEnv({ layout, changeAt: { step: 5, layout: ['S.', '.G'] } }));
    expect(size).toMatchObject({
      option: 'changeAt',
      code: 'env-change-mismatch',
      values: { what: 'size', expected: '3×3', got: '2×2' },
    });
    const start = optionError(
      () => new GridMazeEnv({ layout, changeAt: { step: 5, layout: ['...', 'S..', '..G'] } }),
    );
    expect(start.values).toMatchObject({ what: 'start', expected: '(0, 0)', got: '(1, 0)' });
    const goal = optionError(
      () => new GridMazeEnv({ layout, changeAt: { step: 5, layout: ['S.G', '...', '...'] } }),
    );
    expect(goal.values).toMatchObject({ what: 'goal', expected: '(2, 2)', got: '(0, 2)' });
    expect(goal).toBeInstanceOf(RangeError);

    const other = { layout: ['S..', '.#.', '..G'] };
    expect(optionError(() => new GridMazeEnv({ layout, changeAt: { ...other, step: 0 } }))).toMatchObject({
      option: 'changeAt.step',
      code: 'env-option-too-small',
    });
    expect(optionError(() => new GridMazeEnv({ layout, changeAt: { ...other, step: 2.5 } })).code).toBe(
      'env-option-not-integer',
    );
    const notNumber = { ...other, step: '5' } as unknown as { step: number; layout: string[] };
    expect(optionError(() => new GridMazeEnv({ layout, changeAt: notNumber })).code).toBe(
      'env-option-not-number',
    );
    const notObject = 5 as unknown as { step: number; layout: string[] };
    expect(optionError(() => new GridMazeEnv({ layout, changeAt: notObject }))).toMatchObject({
      option: 'changeAt',
      code: 'env-option-not-object',
      values: { value: 'number' },
    });
    expect(() => new GridMazeEnv({ layout, changeAt: { step: 5, layout: ['S..', '.x.', '..G'] } })).toThrow(
      MazeLayoutError,
    );
  });
});

describe('preset rewards', () => {
  it("cliff-book brings the book's rewards; explicit options still win", () => {
    const env = makeEnv('GridMaze-v0', { layout: 'cliff-book' });
    expect(env.spec.options).toMatchObject({ goalReward: -1, stepReward: -1, cliffReward: -100 });
    expect(new GridMazeEnv({ layout: 'cliff-book', stepReward: -2 }).spec.options).toMatchObject({
      goalReward: -1,
      stepReward: -2,
      cliffReward: -100,
    });
    // The plain cliff keeps the GridMaze defaults.
    expect(new GridMazeEnv({ layout: 'cliff' }).spec.options).toMatchObject({ goalReward: 1, stepReward: 0 });
    // Into the cliff: −100 and back to S; up, 11 right, down into G: 13 steps of −1.
    env.reset();
    const fall = env.step(RIGHT);
    expect([fall.reward, fall.observation, fall.info.fell]).toEqual([-100, 36, true]);
    let total = 0;
    let r = env.step(UP);
    total += r.reward;
    for (let k = 0; k < 11; k++) total += env.step(RIGHT).reward;
    r = env.step(DOWN);
    total += r.reward;
    expect([r.terminated, r.reward, total]).toEqual([true, -1, -13]);
  });
});
