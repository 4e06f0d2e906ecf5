/** The maze in a link: presets by name, generated mazes by size and seed, edited mazes compactly. */
import { describe, expect, it } from 'vitest';
import { generateMaze } from '../../src/envs/maze-generator.ts';
import { MAZE_PRESET_NAMES, MAZE_PRESETS } from '../../src/envs/maze-presets.ts';
import {
  encodeRows,
  layoutToLink,
  linkToLayout,
  MAX_LAYOUT_CHARS,
} from '../../src/state/maze-link-layout.ts';
import { MAZE_SETTINGS_DEFAULTS } from '../../src/state/maze-settings.ts';

const base = MAZE_SETTINGS_DEFAULTS;
// biome-ignore format: a maze reads as a grid
const EDITED = [
  'S..#...',
  '.#.#.#.',
  '.#...#C',
  '.####.C',
  '......G',
];

describe('layout link', () => {
  it('names presets and generated mazes, and reads them back', () => {
    for (const preset of MAZE_PRESET_NAMES) {
      expect(layoutToLink({ ...base, source: 'preset', preset })).toBe(preset);
      expect(linkToLayout(preset)).toEqual({ ok: true, layout: { source: 'preset', preset } });
    }
    const gen = { ...base, source: 'generated' as const, genWidth: 21, genHeight: 9, genSeed: 42 };
    expect(layoutToLink(gen)).toBe('gen.21x9.42');
    expect(linkToLayout('gen.21x9.42')).toEqual({
      ok: true,
      layout: { source: 'generated', genWidth: 21, genHeight: 9, genSeed: 42 },
    });
    // Custom with no rows is the preset (as mazeSpecOf builds it).
    expect(layoutToLink({ ...base, source: 'custom', customRows: [], preset: 'cliff' })).toBe('cliff');
  });

  it('round-trips edited mazes exactly, and every preset and generated maze written as tiles', () => {
    const mazes = [
      EDITED,
      ...MAZE_PRESET_NAMES.map((n) => MAZE_PRESETS[n].rows),
      generateMaze(41, 41, 7),
      generateMaze(5, 5, 1),
      ['SG'],
      ['S', 'G'],
    ];
    for (const rows of mazes) {
      const text = layoutToLink({ ...base, source: 'custom', customRows: rows.slice() });
      expect(text).toMatch(/^\d+x\d+\.\d+\.\d+\.[A-Za-z0-9_-]+$/);
      expect(text.length).toBeLessThanOrEqual(MAX_LAYOUT_CHARS);
      expect(linkToLayout(text)).toEqual({ ok: true, layout: { source: 'custom', customRows: rows } });
    }
    expect(encodeRows(EDITED).startsWith('7x5.0.34.')).toBe(true);
    // The largest maze the editor makes fits under the cap: 562 tile characters, at most 578 in all.
    expect(encodeRows(generateMaze(41, 41, 1)).split('.')[3].length).toBe(562);
    expect('41x41.1680.1679.'.length + 562).toBeLessThanOrEqual(MAX_LAYOUT_CHARS);
  });

  it('refuses a value longer than the cap, whatever it holds', () => {
    const long = `7x5.0.34.${'A'.repeat(MAX_LAYOUT_CHARS)}`;
    expect(linkToLayout(long)).toEqual({
      ok: false,
      why: 'too-long',
      length: long.length,
      limit: MAX_LAYOUT_CHARS,
    });
  });

  it('refuses corrupted values with the reason, never throwing', () => {
    const good = encodeRows(EDITED);
    const [size, s, g, tiles] = good.split('.');
    const cases: [string, string][] = [
      ['', 'format'],
      ['7x5.0.34', 'format'],
      [`${size}.${s}.${g}.${tiles.slice(0, -1)}`, 'format'], // a tile short
      [`${size}.${s}.${g}.${tiles}A`, 'format'], // one character too many
      [`${size}.${s}.${g}.${tiles.slice(0, -1)}!`, 'format'],
      ['2x1.0.1.AB', 'format'],
      ['2x1.0.1.EA', 'format'], // a wall past the last cell
      [`${size}.${s}.${s}.${tiles}`, 'cells'], // S on G
      [`${size}.35.${g}.${tiles}`, 'cells'], // past the end
      [`${size}.3.${g}.${tiles}`, 'cells'], // S on a wall
      [`${size}.${s}.${g}.${'_'.repeat(tiles.length - 1)}A`, 'tiles'], // code 3
      [`42x5.0.1.${tiles}`, 'size'],
      [`0x5.0.1.${tiles}`, 'size'],
      ['gen.14x15.1', 'size'],
      ['gen.43x15.1', 'size'],
      ['gen.15x15.99999999999', 'format'],
      ['huge', 'unknown-preset'],
      ['%', 'format'],
      ['7x5.0.34.%%%', 'format'],
    ];
    for (const [text, why] of cases) {
      const read = linkToLayout(text);
      expect(read.ok, text).toBe(false);
      expect(!read.ok && read.why, text).toBe(why);
    }
    // Walls all round G: the tiles decode, the maze itself is refused with the env's coded error.
    const walled = encodeRows(['S.#', '.##', '##G']);
    const read = linkToLayout(walled);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.why === 'maze' && (read.error as { code: string }).code).toBe('maze-unreachable');
  });

  it('looks preset names up among its own keys only', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(linkToLayout(name)).toEqual({ ok: false, why: 'unknown-preset', name });
    }
  });
});
