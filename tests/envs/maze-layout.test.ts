import { describe, expect, it } from 'vitest';
import {
  countFreeCells,
  distancesFrom,
  MazeLayoutError,
  parseMazeLayout,
  shortestPath,
  shortestPathLength,
  TILE,
} from '../../src/envs/maze-layout.ts';
import { DEFAULT_MAZE_PRESET, MAZE_PRESET_NAMES, MAZE_PRESETS } from '../../src/envs/maze-presets.ts';

/** The error `fn` throws, asserted to be a MazeLayoutError. */
function layoutError(fn: () => unknown): MazeLayoutError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(MazeLayoutError);
    return e as MazeLayoutError;
  }
  throw new Error('expected a MazeLayoutError');
}

describe('parseMazeLayout', () => {
  it('reads tiles, size, start and goal', () => {
    const m = parseMazeLayout(['S.#', '.C.', '..G']);
    expect(m.width).toBe(3);
    expect(m.height).toBe(3);
    expect(m.start).toBe(0);
    expect(m.goal).toBe(8);
    expect(Array.from(m.tiles)).toEqual([
      TILE.START,
      TILE.FLOOR,
      TILE.WALL,
      TILE.FLOOR,
      TILE.CLIFF,
      TILE.FLOOR,
      TILE.FLOOR,
      TILE.FLOOR,
      TILE.GOAL,
    ]);
  });

  it('keeps its own frozen copy of the rows', () => {
    const rows = ['S.', '.G'];
    const m = parseMazeLayout(rows);
    rows[0] = 'SS';
    expect(m.rows).toEqual(['S.', '.G']);
    expect(Object.isFrozen(m.rows)).toBe(true);
  });

  it('resolves a preset name', () => {
    expect(parseMazeLayout('bench10').rows).toEqual(MAZE_PRESETS.bench10.rows);
  });
});

describe('invalid layouts', () => {
  it('rejects an empty layout', () => {
    expect(layoutError(() => parseMazeLayout([])).message).toMatch(/empty/);
    expect(layoutError(() => parseMazeLayout([''])).message).toMatch(/empty/);
  });

  it('rejects ragged rows, naming the row and both lengths', () => {
    const e = layoutError(() => parseMazeLayout(['S..', '...', '..', '..G']));
    expect(e.message).toMatch(/row 2 has 2 tiles but row 0 has 3/);
    expect(e.row).toBe(2);
  });

  it('rejects a row that is not a string', () => {
    const e = layoutError(() => parseMazeLayout(['S.', 7 as unknown as string]));
    expect(e.message).toMatch(/row 1 .*not a string/);
  });

  it('rejects a layout without S or without G', () => {
    expect(layoutError(() => parseMazeLayout(['...', '..G'])).message).toMatch(/no start tile S/);
    expect(layoutError(() => parseMazeLayout(['S..', '...'])).message).toMatch(/no goal tile G/);
  });

  it('rejects a second S or G, naming both positions', () => {
    const s = layoutError(() => parseMazeLayout(['S..', '..S', '..G']));
    expect(s.message).toMatch(
      /more than one start S: at \(row 0, col 0\) and at \(row 1, col 2\) \(0-based\)/,
    );
    expect([s.row, s.col]).toEqual([1, 2]);
    const g = layoutError(() => parseMazeLayout(['S.G', '...', 'G..']));
    expect(g.message).toMatch(/more than one goal G: at \(row 0, col 2\) and at \(row 2, col 0\)/);
    expect([g.row, g.col]).toEqual([2, 0]);
  });

  it('rejects an unknown character, naming it and its position', () => {
    const e = layoutError(() => parseMazeLayout(['S..', '..x', '..G']));
    expect(e.message).toMatch(/unknown tile "x" at \(row 1, col 2\) \(0-based\)/);
    expect([e.row, e.col]).toEqual([1, 2]);
    expect(layoutError(() => parseMazeLayout(['S .G'])).message).toMatch(/unknown tile " "/);
  });

  it('rejects a goal that walls cut off from the start', () => {
    const e = layoutError(() => parseMazeLayout(['S.#..', '..#.G']));
    expect(e.message).toMatch(
      /goal G at \(row 1, col 4\) cannot be reached from the start S at \(row 0, col 0\)/,
    );
    expect([e.row, e.col]).toEqual([1, 4]);
  });

  it('does not count a path over a cliff as reaching the goal', () => {
    expect(() => parseMazeLayout(['S.C..', '..C.G'])).toThrow(/cannot be reached/);
    expect(() => parseMazeLayout(['SCG'])).toThrow(MazeLayoutError);
  });

  it('rejects an unknown preset, listing the valid names', () => {
    const e = layoutError(() => parseMazeLayout('huge'));
    expect(e.message).toMatch(/unknown preset "huge"/);
    for (const name of MAZE_PRESET_NAMES) expect(e.message).toContain(name);
    // Not fooled by names inherited from Object.prototype.
    expect(() => parseMazeLayout('toString')).toThrow(/unknown preset/);
  });
});

describe('shortestPath', () => {
  it('breaks ties in the order up, right, down, left', () => {
    // Open 3×3: first discovery from S goes right before down, so the path hugs the top row.
    expect(shortestPath(['S..', '...', '..G'])).toEqual([0, 1, 2, 5, 8]);
  });

  it('avoids walls and cliffs', () => {
    const m = parseMazeLayout(['S.#', '.C.', '..G']);
    expect(shortestPath(m)).toEqual([0, 3, 6, 7, 8]);
    expect(shortestPathLength(m)).toBe(4);
  });

  it('agrees with the BFS distances', () => {
    const m = parseMazeLayout('large');
    const dist = distancesFrom(m);
    expect(dist[m.goal]).toBe(shortestPathLength(m));
    expect(dist[m.start]).toBe(0);
    for (let i = 0; i < m.tiles.length; i++) if (m.tiles[i] === TILE.WALL) expect(dist[i]).toBe(-1);
  });
});

describe('presets', () => {
  // [width, height, shortest path S→G in steps]
  const expected: Record<string, [number, number, number]> = {
    small: [7, 7, 16],
    bench10: [10, 10, 28],
    large: [19, 19, 62],
    cliff: [12, 4, 13],
    dyna: [9, 6, 14],
    blocking: [9, 6, 10],
    shortcut: [9, 6, 16],
    'cliff-book': [12, 4, 13],
  };

  it('are exactly the documented set, each keyed by its own name', () => {
    expect(MAZE_PRESET_NAMES.slice().sort()).toEqual(Object.keys(expected).sort());
    for (const name of MAZE_PRESET_NAMES) expect(MAZE_PRESETS[name].name).toBe(name);
    expect(DEFAULT_MAZE_PRESET).toBe('large');
  });

  it.each(Object.entries(expected))(
    '%s parses, has the documented size, and G is reachable',
    (name, [w, h, len]) => {
      const m = parseMazeLayout(name);
      expect([m.width, m.height]).toEqual([w, h]);
      expect(shortestPathLength(m)).toBe(len);
      expect(MAZE_PRESETS[name as keyof typeof MAZE_PRESETS].description).toContain(`${len} steps`);
    },
  );

  it('bench10 has 62 free cells and a shortest path of 28 steps', () => {
    const m = parseMazeLayout('bench10');
    expect(countFreeCells(m)).toBe(62);
    expect(shortestPathLength(m)).toBe(28);
    const path = shortestPath(m);
    expect(path[0]).toBe(m.start);
    expect(path[path.length - 1]).toBe(m.goal);
    for (let k = 1; k < path.length; k++) {
      const [a, b] = [path[k - 1], path[k]];
      const manhattan =
        Math.abs(Math.floor(a / m.width) - Math.floor(b / m.width)) + Math.abs((a % m.width) - (b % m.width));
      expect(manhattan).toBe(1);
      expect(m.tiles[b]).not.toBe(TILE.WALL);
    }
  });

  it('cliff is the 4×12 grid of Sutton & Barto: S and G at the bottom corners, cliff between', () => {
    const m = parseMazeLayout('cliff');
    expect(m.start).toBe(3 * 12);
    expect(m.goal).toBe(3 * 12 + 11);
    for (let c = 1; c < 11; c++) expect(m.tiles[3 * 12 + c]).toBe(TILE.CLIFF);
    expect(countFreeCells(m)).toBe(48);
  });
});
