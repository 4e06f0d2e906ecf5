/**
 * Maze layouts: the tile alphabet, parsing + validation, and breadth-first shortest paths.
 *
 * A layout is written as an array of equal-length row strings, one character per tile:
 *
 *   `#` wall   – cannot be entered; bumping into it leaves the agent where it is.
 *   `.` floor
 *   `S` start  – exactly one; the agent starts here and returns here after a cliff.
 *   `G` goal   – exactly one; entering it ends the episode.
 *   `C` cliff  – can be stepped on, but gives the cliff reward and sends the agent back to S
 *                (Sutton & Barto, Example 6.6, "cliff walking").
 *
 * A string instead of an array names a preset (`MAZE_PRESETS`). Positions in error messages and in
 * `MazeLayoutError.row` / `.col` are 0-based, like the cell index `row * width + col`.
 * A parsed layout is immutable: an editor builds a new layout (and a new env) rather than setting
 * tiles.
 */
import type { Coded } from '../core/coded-error.ts';
import type { EnvErrorValues } from './errors.ts';
import { MAZE_PRESET_NAMES, MAZE_PRESETS } from './maze-presets.ts';

/**
 * Largest maze side, in tiles, for the API and the CLI (the playground's editor has its own, smaller
 * limit). A 1001 × 1001 maze has about a million cells: its Q-table is 32 MB.
 */
export const MAX_MAZE_SIDE = 1001;

/** Tile kinds as stored in `MazeLayout.tiles`. */
export const TILE = { FLOOR: 0, WALL: 1, START: 2, GOAL: 3, CLIFF: 4 } as const;
export type TileKind = (typeof TILE)[keyof typeof TILE];

/** The character that writes each tile kind, indexed by kind. */
export const TILE_CHARS: readonly string[] = ['.', '#', 'S', 'G', 'C'];

const KIND_OF_CHAR: Readonly<Record<string, TileKind>> = {
  '.': TILE.FLOOR,
  '#': TILE.WALL,
  S: TILE.START,
  G: TILE.GOAL,
  C: TILE.CLIFF,
};

/**
 * Neighbour order for the breadth-first search: up, right, down, left, the env's action order
 * (`ACTIONS` in grid-maze.ts), so that ties between equally short paths are broken the same way
 * everywhere. Kept here rather than imported to avoid an import cycle with the env.
 */
const NEIGHBOUR_DROW = [-1, 0, 1, 0];
const NEIGHBOUR_DCOL = [0, 1, 0, -1];

/** A preset name or the maze itself as row strings. */
export type MazeSource = string | readonly string[];

export interface MazeLayout {
  readonly width: number;
  readonly height: number;
  /** The rows as given (a frozen copy). */
  readonly rows: readonly string[];
  /** Tile kind of every cell, indexed `row * width + col`. Treat as read-only. */
  readonly tiles: Uint8Array;
  /** Cell index of S. */
  readonly start: number;
  /** Cell index of G. */
  readonly goal: number;
}

type MazeCode = Extract<keyof EnvErrorValues, `maze-${string}`>;

/**
 * A layout that cannot be used, with its code and values, and the 0-based position of the
 * offending tile where there is one.
 */
export class MazeLayoutError<C extends MazeCode = MazeCode>
  extends Error
  implements Coded<C, EnvErrorValues[C]>
{
  readonly code: C;
  readonly values: EnvErrorValues[C];
  readonly row: number | undefined;
  readonly col: number | undefined;

  constructor(code: C, values: EnvErrorValues[C], message: string, row?: number, col?: number) {
    super(message);
    this.name = 'MazeLayoutError';
    this.code = code;
    this.values = values;
    this.row = row;
    this.col = col;
  }
}

const cellOf = (cell: number, width: number) => ({ row: Math.floor(cell / width), col: cell % width });

function at(row: number, col: number): string {
  return `(row ${row}, col ${col})`;
}

/** Parse and validate a layout. Throws a `MazeLayoutError` saying what is wrong and where. */
export function parseMazeLayout(layout: MazeSource): MazeLayout {
  const rows = typeof layout === 'string' ? presetRows(layout) : checkShape(layout);
  const height = rows.length;
  const width = rows[0].length;
  const tiles = new Uint8Array(width * height);
  let start = -1;
  let goal = -1;
  for (let r = 0; r < height; r++) {
    const line = rows[r];
    for (let c = 0; c < width; c++) {
      const kind = KIND_OF_CHAR[line[c]];
      if (kind === undefined) {
        // codePointAt names a whole emoji rather than half of its surrogate pair.
        const ch = String.fromCodePoint(line.codePointAt(c) ?? 0);
        throw new MazeLayoutError(
          'maze-unknown-tile',
          { tile: ch, row: r, col: c, allowed: TILE_CHARS },
          `maze layout: unknown tile ${JSON.stringify(ch)} at ${at(r, c)} (0-based); ` +
            `allowed: ${TILE_CHARS.join(' ')}`,
          r,
          c,
        );
      }
      const cell = r * width + c;
      if (kind === TILE.START) start = checkUnique('start', 'S', start, cell, width);
      else if (kind === TILE.GOAL) goal = checkUnique('goal', 'G', goal, cell, width);
      tiles[cell] = kind;
    }
  }
  if (start < 0)
    throw new MazeLayoutError('maze-missing-tile', { tile: 'S' }, 'maze layout: no start tile S');
  if (goal < 0) throw new MazeLayoutError('maze-missing-tile', { tile: 'G' }, 'maze layout: no goal tile G');
  const { parent } = bfs(width, height, tiles, start);
  if (parent[goal] < 0) {
    const [gr, gc] = [Math.floor(goal / width), goal % width];
    const [sr, sc] = [Math.floor(start / width), start % width];
    throw new MazeLayoutError(
      'maze-unreachable',
      { goal: cellOf(goal, width), start: cellOf(start, width) },
      `maze layout: the goal G at ${at(gr, gc)} cannot be reached from the start S at ${at(sr, sc)} ` +
        '(0-based) by a path that avoids walls # and cliffs C',
      gr,
      gc,
    );
  }
  return { width, height, rows: Object.freeze(rows), tiles, start, goal };
}

function presetRows(name: string): string[] {
  if (!Object.hasOwn(MAZE_PRESETS, name)) {
    throw new MazeLayoutError(
      'maze-unknown-preset',
      { name, presets: MAZE_PRESET_NAMES },
      `maze layout: unknown preset ${JSON.stringify(name)}; valid presets: ${MAZE_PRESET_NAMES.join(', ')}`,
    );
  }
  return MAZE_PRESETS[name as keyof typeof MAZE_PRESETS].rows.slice();
}

/** Non-empty, all strings, all the same length. Returns a copy so later edits by the caller are harmless. */
function checkShape(layout: readonly string[]): string[] {
  if (!Array.isArray(layout) || layout.length === 0) {
    throw new MazeLayoutError('maze-empty', {}, 'maze layout: the layout is empty (no rows)');
  }
  const limit = `at most ${MAX_MAZE_SIDE} × ${MAX_MAZE_SIDE}`;
  if (layout.length > MAX_MAZE_SIDE) {
    throw new MazeLayoutError(
      'maze-too-tall',
      { rows: layout.length, max: MAX_MAZE_SIDE },
      `maze layout: the maze has ${layout.length} rows; ${limit}`,
    );
  }
  const rows = layout.slice();
  for (let r = 0; r < rows.length; r++) {
    if (typeof rows[r] !== 'string') {
      throw new MazeLayoutError(
        'maze-row-not-text',
        { row: r, type: typeof rows[r] },
        `maze layout: row ${r} (0-based) is not a string (got ${typeof rows[r]})`,
        r,
      );
    }
  }
  const width = rows[0].length;
  if (width === 0) {
    throw new MazeLayoutError('maze-empty', {}, 'maze layout: the layout is empty (row 0 has no tiles)', 0);
  }
  const widest = rows.reduce((m, row) => Math.max(m, row.length), 0);
  if (widest > MAX_MAZE_SIDE) {
    throw new MazeLayoutError(
      'maze-too-wide',
      { width: widest, max: MAX_MAZE_SIDE },
      `maze layout: the maze is ${widest} tiles wide; ${limit}`,
    );
  }
  for (let r = 1; r < rows.length; r++) {
    if (rows[r].length !== width) {
      throw new MazeLayoutError(
        'maze-ragged',
        { row: r, length: rows[r].length, width },
        `maze layout: ragged rows: row ${r} has ${rows[r].length} tiles but row 0 has ${width} (0-based rows)`,
        r,
      );
    }
  }
  return rows;
}

function checkUnique(what: string, ch: 'S' | 'G', seen: number, cell: number, width: number): number {
  if (seen >= 0) {
    const [r, c] = [Math.floor(cell / width), cell % width];
    throw new MazeLayoutError(
      'maze-duplicate-tile',
      { tile: ch, first: cellOf(seen, width), second: { row: r, col: c } },
      `maze layout: more than one ${what} ${ch}: at ${at(Math.floor(seen / width), seen % width)} ` +
        `and at ${at(r, c)} (0-based)`,
      r,
      c,
    );
  }
  return cell;
}

/** Whether a search may pass through a tile: walls block, and a cliff only leads back to S. */
function passable(kind: number): boolean {
  return kind !== TILE.WALL && kind !== TILE.CLIFF;
}

interface SearchTree {
  /** The cell each cell was first reached from (`from` for itself), or −1 if unreachable. */
  parent: Int32Array;
  /** Steps from `from`, or −1 if unreachable. */
  dist: Int32Array;
}

/**
 * Breadth-first search from `from` over passable cells. First discovery wins, in neighbour order
 * up, right, down, left, so the tree (and every path read from it) is deterministic.
 */
function bfs(width: number, height: number, tiles: Uint8Array, from: number): SearchTree {
  const n = width * height;
  const parent = new Int32Array(n).fill(-1);
  const dist = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  parent[from] = from;
  dist[from] = 0;
  queue[tail++] = from;
  while (head < tail) {
    const cell = queue[head++];
    const r = Math.floor(cell / width);
    const c = cell - r * width;
    for (let k = 0; k < 4; k++) {
      const nr = r + NEIGHBOUR_DROW[k];
      const nc = c + NEIGHBOUR_DCOL[k];
      if (nr < 0 || nr >= height || nc < 0 || nc >= width) continue;
      const next = nr * width + nc;
      if (parent[next] >= 0 || !passable(tiles[next])) continue;
      parent[next] = cell;
      dist[next] = dist[cell] + 1;
      queue[tail++] = next;
    }
  }
  return { parent, dist };
}

function toLayout(layout: MazeLayout | MazeSource): MazeLayout {
  return typeof layout === 'string' || Array.isArray(layout)
    ? parseMazeLayout(layout as MazeSource)
    : (layout as MazeLayout);
}

/**
 * BFS distance in steps from `from` (default S) to every cell, through non-wall, non-cliff cells;
 * −1 where unreachable. For heat maps and for checking learned policies.
 */
export function distancesFrom(layout: MazeLayout | MazeSource, from?: number): Int32Array {
  const m = toLayout(layout);
  return bfs(m.width, m.height, m.tiles, from ?? m.start).dist;
}

/**
 * A shortest path from S to G as a sequence of cell indices, both ends included, avoiding walls
 * and cliffs. Ties are broken by the neighbour order up, right, down, left (first discovery wins).
 */
export function shortestPath(layout: MazeLayout | MazeSource): number[] {
  const m = toLayout(layout);
  const { parent } = bfs(m.width, m.height, m.tiles, m.start);
  if (parent[m.goal] < 0) return [];
  const path = [m.goal];
  for (let c = m.goal; c !== m.start; c = parent[c]) path.push(parent[c]);
  return path.reverse();
}

/** The number of steps on a shortest path from S to G (the path's length minus one). */
export function shortestPathLength(layout: MazeLayout | MazeSource): number {
  return shortestPath(layout).length - 1;
}

/** Cells that are not walls (S, G, floor and cliff). */
export function countFreeCells(layout: MazeLayout | MazeSource): number {
  const { tiles } = toLayout(layout);
  let n = 0;
  for (let i = 0; i < tiles.length; i++) if (tiles[i] !== TILE.WALL) n++;
  return n;
}
