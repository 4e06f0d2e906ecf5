/**
 * Issue 9, items 6, 17 and 19 on the envs: names looked up by own keys only, option sizes capped
 * with a message naming the option and the limit, maze sizes capped at 1001 × 1001.
 */
import { describe, expect, it } from 'vitest';
import {
  EnvOptionError,
  generateMaze,
  JumpHoleEnv,
  MAX_MAZE_SIDE,
  MazeLayoutError,
  makeEnv,
  parseMazeLayout,
} from '../../src/envs/index.ts';

describe('item 6: makeEnv looks ids up by own keys only', () => {
  it.each(['toString', '__proto__', 'constructor', 'valueOf', 'CartPole-v1'])('makeEnv(%j)', (id) => {
    expect(() => makeEnv(id)).toThrow(RangeError);
    expect(() => makeEnv(id)).toThrow(/unknown env id .*; registered: GridMaze-v0, JumpHole-v0/);
  });
});

describe('item 17: JumpHole option sizes are capped, naming the option and the limit', () => {
  it.each([
    ['speed', 1e308, /option speed must be at most 1000, got 1e\+308/],
    ['gravity', 1e308, /option gravity must be at most 1000/],
    ['holeStartMax', 1e300, /option holeStartMax must be at most 10000/],
    ['clearReward', 1e300, /option clearReward must be between -1000000 and 1000000/],
  ])('%s = %s', (option, value, message) => {
    let error: unknown;
    try {
      new JumpHoleEnv({ [option]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvOptionError);
    expect((error as EnvOptionError).option).toBe(option);
    expect((error as Error).message).toMatch(message);
  });

  it('an option of the wrong type names the option', () => {
    expect(() => new JumpHoleEnv({ gravity: 'abc' as unknown as number })).toThrow(
      /option gravity must be a finite number, got "abc"/,
    );
  });
});

describe('item 19: maze sizes are capped', () => {
  it('generateMaze refuses 5001 × 5001 at once, naming the limit', () => {
    expect(MAX_MAZE_SIDE).toBe(1001);
    expect(() => generateMaze(5001, 5001, 0)).toThrow(
      /width must be an odd integer from 5 to 1001, got 5001/,
    );
  });

  it('a layout wider or taller than 1001 is refused before it is parsed', () => {
    const wide = [`S${'.'.repeat(1001)}G`];
    expect(() => parseMazeLayout(wide)).toThrow(MazeLayoutError);
    expect(() => parseMazeLayout(wide)).toThrow(/1003 tiles wide; at most 1001 × 1001/);
    const tall = ['S', ...new Array(1001).fill('.'), 'G'];
    expect(() => parseMazeLayout(tall)).toThrow(/1003 rows; at most 1001 × 1001/);
  });

  it('1001 tiles wide and 1001 tall are accepted', () => {
    expect(parseMazeLayout(generateMaze(1001, 5, 1)).width).toBe(1001);
    expect(parseMazeLayout(generateMaze(5, 1001, 1)).height).toBe(1001);
  });
});
