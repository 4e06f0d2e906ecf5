/**
 * The maze in a shared link: the `layout` parameter of `#maze?layout=…`, and back.
 *
 * - a preset by its name: `layout=cliff`;
 * - a generated maze by its size and seed: `layout=gen.15x15.3`;
 * - an edited maze, compactly: `layout=7x7.0.48.<tiles>`: width × height, the cells of S and G
 *   (`row * width + col`), then the tiles at two bits each (floor 0, wall 1, cliff 2; S and G are
 *   floors), four to a byte, first cell in the low bits, in base64url without padding. A 41 × 41
 *   maze takes 578 characters.
 *
 * Reading checks everything before anything is used: the shape of the text, the size, the cells,
 * the tile codes, and finally the maze itself (the env's parser: S reachable from G, etc.). A link
 * longer than `MAX_LAYOUT_CHARS` is refused whole. No DOM: plain strings in and out.
 */

import { parseMazeLayout } from '../envs/maze-layout.ts';
import { MAZE_PRESETS, type MazePresetName } from '../envs/maze-presets.ts';
import { CUSTOM_SIZE_MAX, GEN_SIZE_MAX, GEN_SIZE_MIN, type MazeSettings } from './maze-settings.ts';

/** The name of the parameter. */
export const LAYOUT_KEY = 'layout';
/** Longer `layout` values are refused (the largest maze the editor makes takes 578). */
export const MAX_LAYOUT_CHARS = 600;

/** The settings that choose the maze. */
export type LayoutSettings = Pick<
  MazeSettings,
  'source' | 'preset' | 'genWidth' | 'genHeight' | 'genSeed' | 'customRows'
>;

/** Why a `layout` value was refused (the app layer words it). */
export type LayoutRefusal =
  | { why: 'too-long'; length: number; limit: number }
  | { why: 'unknown-preset'; name: string }
  | { why: 'format' }
  | { why: 'size'; width: number; height: number; min: number; max: number }
  | { why: 'cells' }
  | { why: 'tiles' }
  /** The tiles decode, but the maze cannot be used; `error` is the env's coded error. */
  | { why: 'maze'; error: unknown };

export type LayoutRead = { ok: true; layout: Partial<LayoutSettings> } | ({ ok: false } & LayoutRefusal);

/** Two-bit tile codes; S and G are written as floor and placed by their cells. */
const CODE_OF: Readonly<Record<string, number>> = { '.': 0, S: 0, G: 0, '#': 1, C: 2 };
const CHAR_OF = ['.', '#', 'C'];

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 4) / 3));
    for (let k = 0; k < chars; k++) out += B64[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** The bytes of canonical base64url text (no padding, unused bits zero), or null. */
function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let j = 0;
  for (const ch of text) {
    const v = B64.indexOf(ch);
    if (v < 0) return null;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[j++] = (acc >> bits) & 0xff;
    }
  }
  // Left-over bits must be zero, so that each maze has exactly one spelling.
  return (acc & ((1 << bits) - 1)) === 0 ? bytes : null;
}

/** An edited maze's rows as `WxH.start.goal.tiles`. */
export function encodeRows(rows: readonly string[]): string {
  const height = rows.length;
  const width = rows[0]?.length ?? 0;
  const bytes = new Uint8Array(Math.ceil((width * height) / 4));
  let start = 0;
  let goal = 0;
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) {
      const cell = r * width + c;
      const ch = rows[r][c];
      if (ch === 'S') start = cell;
      else if (ch === 'G') goal = cell;
      bytes[cell >> 2] |= (CODE_OF[ch] ?? 0) << ((cell & 3) * 2);
    }
  }
  return `${width}x${height}.${start}.${goal}.${toBase64Url(bytes)}`;
}

/** The `layout` value for these settings (the maze `mazeSpecOf` would build from them). */
export function layoutToLink(s: LayoutSettings): string {
  if (s.source === 'generated') return `gen.${s.genWidth}x${s.genHeight}.${s.genSeed}`;
  if (s.source === 'custom' && s.customRows.length > 0) return encodeRows(s.customRows);
  return s.preset;
}

const GENERATED = /^gen\.(\d{1,3})x(\d{1,3})\.(\d{1,10})$/;
const EDITED = /^(\d{1,3})x(\d{1,3})\.(\d{1,5})\.(\d{1,5})\.([A-Za-z0-9_-]+)$/;

/** Read a `layout` value back into the settings that choose the maze, or say why not. */
export function linkToLayout(text: string): LayoutRead {
  if (text.length > MAX_LAYOUT_CHARS) {
    return { ok: false, why: 'too-long', length: text.length, limit: MAX_LAYOUT_CHARS };
  }
  // Own keys only: `__proto__` or `toString` name no preset.
  if (Object.hasOwn(MAZE_PRESETS, text)) {
    return { ok: true, layout: { source: 'preset', preset: text as MazePresetName } };
  }
  const gen = GENERATED.exec(text);
  if (gen) return readGenerated(Number(gen[1]), Number(gen[2]), Number(gen[3]));
  const edited = EDITED.exec(text);
  if (edited) {
    const [w, h, s, g] = edited.slice(1, 5).map(Number);
    return readEdited(w, h, s, g, edited[5]);
  }
  return /^[\w-]{1,40}$/.test(text)
    ? { ok: false, why: 'unknown-preset', name: text }
    : { ok: false, why: 'format' };
}

function readGenerated(width: number, height: number, seed: number): LayoutRead {
  const odd = (n: number) => n >= GEN_SIZE_MIN && n <= GEN_SIZE_MAX && n % 2 === 1;
  if (!odd(width) || !odd(height)) {
    return { ok: false, why: 'size', width, height, min: GEN_SIZE_MIN, max: GEN_SIZE_MAX };
  }
  if (seed > 2 ** 31 - 1) return { ok: false, why: 'format' };
  return { ok: true, layout: { source: 'generated', genWidth: width, genHeight: height, genSeed: seed } };
}

function readEdited(width: number, height: number, start: number, goal: number, tiles: string): LayoutRead {
  if (width < 1 || height < 1 || width > CUSTOM_SIZE_MAX || height > CUSTOM_SIZE_MAX || width * height < 2) {
    return { ok: false, why: 'size', width, height, min: 1, max: CUSTOM_SIZE_MAX };
  }
  const cells = width * height;
  if (start >= cells || goal >= cells || start === goal) return { ok: false, why: 'cells' };
  const bytes = fromBase64Url(tiles);
  if (!bytes || bytes.length !== Math.ceil(cells / 4)) return { ok: false, why: 'format' };
  const chars: string[] = [];
  for (let cell = 0; cell < bytes.length * 4; cell++) {
    const code = (bytes[cell >> 2] >> ((cell & 3) * 2)) & 3;
    // Past the last cell the bits must be zero (one spelling per maze).
    if (cell >= cells) {
      if (code !== 0) return { ok: false, why: 'format' };
      continue;
    }
    if (code >= CHAR_OF.length) return { ok: false, why: 'tiles' };
    chars.push(CHAR_OF[code]);
  }
  if (chars[start] !== '.' || chars[goal] !== '.') return { ok: false, why: 'cells' };
  chars[start] = 'S';
  chars[goal] = 'G';
  const rows: string[] = [];
  for (let r = 0; r < height; r++) rows.push(chars.slice(r * width, (r + 1) * width).join(''));
  try {
    parseMazeLayout(rows);
  } catch (error) {
    return { ok: false, why: 'maze', error };
  }
  return { ok: true, layout: { source: 'custom', customRows: rows } };
}
