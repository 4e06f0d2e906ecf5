import { describe, expect, it } from 'vitest';
import { generateMaze } from '../../src/envs/maze-generator.ts';
import { distancesFrom, parseMazeLayout, TILE } from '../../src/envs/maze-layout.ts';

/**
 * Checks that a generated maze is perfect. On the odd grid every floor tile is a room (odd, odd)
 * or a passage between two rooms, so it suffices that: the border and all (even, even) tiles are
 * walls; every room is floor; the floor is connected; and the graph of 4-adjacent floor tiles
 * has exactly V − 1 edges. A connected graph with V − 1 edges is a tree: one path between any two
 * cells, no loops.
 */
function expectPerfect(rows: string[]): void {
  const m = parseMazeLayout(rows);
  const { width: w, height: h, tiles } = m;
  const floor = (r: number, c: number) =>
    r >= 0 && c >= 0 && r < h && c < w && tiles[r * w + c] !== TILE.WALL;
  const rooms = ((w - 1) / 2) * ((h - 1) / 2);
  const dist = distancesFrom(m);
  let nodes = 0;
  let edges = 0;
  const bad: string[] = []; // collected rather than asserted per tile, to keep big mazes fast
  for (let r = 0; r < h; r++) {
    for (let c = 0; c < w; c++) {
      const border = r === 0 || c === 0 || r === h - 1 || c === w - 1;
      if ((border || (r % 2 === 0 && c % 2 === 0)) && floor(r, c)) bad.push(`floor at wall spot ${r},${c}`);
      if (r % 2 === 1 && c % 2 === 1 && !floor(r, c)) bad.push(`room ${r},${c} is a wall`);
      if (!floor(r, c)) continue;
      nodes++;
      if (dist[r * w + c] < 0) bad.push(`${r},${c} unreachable`);
      if (floor(r, c + 1)) edges++;
      if (floor(r + 1, c)) edges++;
    }
  }
  expect(bad).toEqual([]);
  expect(nodes).toBe(2 * rooms - 1);
  expect(edges).toBe(nodes - 1);
}

describe('generateMaze', () => {
  it('puts S in the top-left room and G in the bottom-right room', () => {
    const m = parseMazeLayout(generateMaze(11, 7, 1));
    expect(m.start).toBe(1 * 11 + 1);
    expect(m.goal).toBe(5 * 11 + 9);
  });

  it('makes perfect mazes of several sizes and seeds', () => {
    const sizes: [number, number][] = [
      [5, 5],
      [7, 5],
      [5, 9],
      [21, 11],
      [31, 31],
    ];
    for (const [w, h] of sizes) {
      for (const seed of [0, 1, 'maze', 12345]) {
        const rows = generateMaze(w, h, seed);
        expect(rows.length).toBe(h);
        for (const row of rows) expect(row.length).toBe(w);
        expectPerfect(rows);
      }
    }
  });

  it('the perfectness check itself catches a loop', () => {
    const rows = generateMaze(9, 9, 1);
    // Open the first closed passage between two rooms on row 1: that adds a loop.
    const c = [...rows[1]].findIndex((ch, i) => i % 2 === 0 && i > 0 && i < 8 && ch === '#');
    rows[1] = `${rows[1].slice(0, c)}.${rows[1].slice(c + 1)}`;
    expect(() => expectPerfect(rows)).toThrow();
  });

  it('is deterministic for a seed, and different seeds give different mazes', () => {
    expect(generateMaze(21, 21, 7)).toEqual(generateMaze(21, 21, 7));
    expect(generateMaze(21, 21, 'a')).toEqual(generateMaze(21, 21, 'a'));
    const distinct = new Set([1, 2, 3, 4, 5, 6].map((seed) => generateMaze(21, 21, seed).join('\n')));
    expect(distinct.size).toBe(6);
  });

  it('handles a large maze without recursion', () => {
    expectPerfect(generateMaze(401, 401, 3));
  });

  it('rejects sizes that are not odd integers ≥ 5, naming the bad value', () => {
    for (const bad of [4, 6, 3, 1, -5, 5.5, Number.NaN, 20]) {
      expect(() => generateMaze(bad, 5, 1)).toThrow(RangeError);
      expect(() => generateMaze(bad, 5, 1)).toThrow(
        new RegExp(`width must be an odd integer from 5 to 1001, got ${bad}`),
      );
      expect(() => generateMaze(5, bad, 1)).toThrow(
        new RegExp(`height must be an odd integer from 5 to 1001, got ${bad}`),
      );
    }
  });
});
