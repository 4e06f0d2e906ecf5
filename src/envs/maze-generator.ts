/**
 * Random perfect mazes by seeded randomized depth-first search (the "recursive backtracker",
 * written with an explicit stack so large mazes cannot overflow the call stack).
 *
 * Grid: `width` × `height` tiles, both odd. Rooms sit at odd (row, col); the border and every
 * (even, even) tile are walls; the (odd, even) / (even, odd) tiles between two rooms are opened when
 * the search carves a passage between them. DFS visits every room once and opens exactly one
 * passage per newly visited room, so the floor is a spanning tree of the rooms: a perfect maze
 * (exactly one path between any two cells). With R rooms there are R − 1 passages, 2R − 1 floor
 * tiles, and 2R − 2 pairs of adjacent floor tiles.
 */
import { Rng, type Seed } from '../core/rng.ts';
import { EnvRangeError } from './errors.ts';
import { MAX_MAZE_SIDE } from './maze-layout.ts';

export { MAX_MAZE_SIDE };

/** Room steps: up, right, down, left, two tiles at a time. */
const ROOM_DROW = [-2, 0, 2, 0];
const ROOM_DCOL = [0, 2, 0, -2];

function checkSize(name: 'width' | 'height', value: number): void {
  if (!Number.isInteger(value) || value < 5 || value > MAX_MAZE_SIDE || value % 2 === 0) {
    throw new EnvRangeError(
      'maze-size-invalid',
      { name, value: String(value), min: 5, max: MAX_MAZE_SIDE },
      `generateMaze: ${name} must be an odd integer from 5 to ${MAX_MAZE_SIDE}, got ${String(value)}`,
    );
  }
}

/**
 * A perfect maze as layout rows (`#` and `.`), S in the top-left room (1, 1) and G in the
 * bottom-right room (height − 2, width − 2). Same seed, same maze.
 */
export function generateMaze(width: number, height: number, seed: Seed): string[] {
  checkSize('width', width);
  checkSize('height', height);
  const rng = new Rng(seed);
  const open = new Uint8Array(width * height);
  const stack = new Int32Array(((width - 1) / 2) * ((height - 1) / 2));
  const choices = new Int32Array(4);
  let top = 0;
  const first = width + 1;
  open[first] = 1;
  stack[top++] = first;
  while (top > 0) {
    const cell = stack[top - 1];
    const r = Math.floor(cell / width);
    const c = cell - r * width;
    // Unvisited neighbouring rooms, in a fixed order so the only randomness is the one draw below.
    let k = 0;
    for (let d = 0; d < 4; d++) {
      const nr = r + ROOM_DROW[d];
      const nc = c + ROOM_DCOL[d];
      if (nr > 0 && nr < height - 1 && nc > 0 && nc < width - 1 && open[nr * width + nc] === 0)
        choices[k++] = d;
    }
    if (k === 0) {
      top--; // dead end: backtrack
      continue;
    }
    const d = choices[rng.int(k)];
    const room = (r + ROOM_DROW[d]) * width + c + ROOM_DCOL[d];
    open[(r + ROOM_DROW[d] / 2) * width + c + ROOM_DCOL[d] / 2] = 1; // the wall between them
    open[room] = 1;
    stack[top++] = room;
  }
  const rows: string[] = [];
  for (let r = 0; r < height; r++) {
    let line = '';
    for (let c = 0; c < width; c++) line += open[r * width + c] ? '.' : '#';
    rows.push(line);
  }
  rows[1] = `#S${rows[1].slice(2)}`;
  const last = rows[height - 2];
  rows[height - 2] = `${last.slice(0, width - 2)}G#`;
  return rows;
}
