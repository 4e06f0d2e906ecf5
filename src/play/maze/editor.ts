/**
 * The maze editor's rules, as pure functions on layout rows: a click cycles a tile
 * floor → wall → cliff → floor, S and G are moved by dragging. Every edit is validated with the
 * env's own parser, so an edit that would make the maze unusable (G unreachable…) is refused with
 * the parser's message and the cell it points at; the caller keeps the previous maze.
 */
import { MazeLayoutError, parseMazeLayout } from '../../envs/maze-layout.ts';
import { type Words, why } from './messages.ts';

/** A refusal says why in words of the catalog (the env's coded error, or the editor's own rule). */
export type EditResult =
  | { ok: true; rows: string[] }
  | { ok: false; message: Words; row?: number; col?: number };

/** What a click turns each tile into. S and G are not cycled: they are dragged. */
const CYCLE: Readonly<Record<string, string>> = { '.': '#', '#': 'C', C: '.' };

export type Marker = 'S' | 'G';

function setTile(rows: readonly string[], r: number, c: number, ch: string): string[] {
  const out = rows.slice();
  out[r] = out[r].slice(0, c) + ch + out[r].slice(c + 1);
  return out;
}

function outside(row: number, col: number): EditResult {
  return { ok: false, message: (t) => t.maze.refusals.outside({ row, col }) };
}

function inside(rows: readonly string[], r: number, c: number): boolean {
  return r >= 0 && r < rows.length && c >= 0 && c < rows[0].length;
}

/** Check a candidate layout with the env's parser. */
export function validateRows(rows: string[]): EditResult {
  try {
    parseMazeLayout(rows);
    return { ok: true, rows };
  } catch (e) {
    if (e instanceof MazeLayoutError) return { ok: false, message: why(e), row: e.row, col: e.col };
    throw e;
  }
}

/** Cycle the tile at (r, c): floor → wall → cliff → floor. */
export function cycleTile(rows: readonly string[], r: number, c: number): EditResult {
  if (!inside(rows, r, c)) return outside(r, c);
  const ch = rows[r][c];
  const next = CYCLE[ch];
  if (next === undefined) {
    return {
      ok: false,
      message: (t) => t.maze.refusals.dragMarker({ marker: ch }),
      row: r,
      col: c,
    };
  }
  return validateRows(setTile(rows, r, c, next));
}

/** Move S or G to (r, c); the cell it leaves becomes floor. */
export function moveMarker(rows: readonly string[], marker: Marker, r: number, c: number): EditResult {
  if (!inside(rows, r, c)) return outside(r, c);
  const other: Marker = marker === 'S' ? 'G' : 'S';
  if (rows[r][c] === other) {
    return { ok: false, message: (t) => t.maze.refusals.sameCell({ row: r, col: c }), row: r, col: c };
  }
  const from = rows.findIndex((line) => line.includes(marker));
  let out = rows.slice();
  if (from >= 0) out = setTile(out, from, out[from].indexOf(marker), '.');
  return validateRows(setTile(out, r, c, marker));
}

/** Which marker, if any, sits at (r, c). */
export function markerAt(rows: readonly string[], r: number, c: number): Marker | null {
  if (!inside(rows, r, c)) return null;
  const ch = rows[r][c];
  return ch === 'S' || ch === 'G' ? ch : null;
}
