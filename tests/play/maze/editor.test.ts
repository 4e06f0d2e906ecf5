import { describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/language.ts';
import {
  cycleTile,
  type EditResult,
  markerAt,
  moveMarker,
  validateRows,
} from '../../../src/play/maze/editor.ts';
import { TRAIL_EXPLORE, TRAIL_FELL, TRAIL_JUMP, Trail } from '../../../src/play/maze/trail.ts';

// biome-ignore format: a maze reads as a grid
const ROWS = [
  'S..',
  '.#.',
  '..G',
];

/** A refusal's words (in English, the default language). */
const words = (r: EditResult) => (r.ok ? '' : r.message(t()));

describe('maze editor rules', () => {
  it('cycles floor → wall → cliff → floor, and leaves S and G to dragging', () => {
    const wall = cycleTile(ROWS, 0, 1);
    expect(wall).toEqual({ ok: true, rows: ['S#.', '.#.', '..G'] });
    const cliff = wall.ok ? cycleTile(wall.rows, 0, 1) : wall;
    expect(cliff.ok && cliff.rows[0]).toBe('SC.');
    const floor = cliff.ok ? cycleTile(cliff.rows, 0, 1) : cliff;
    expect(floor.ok && floor.rows).toEqual(ROWS);
    expect(cycleTile(ROWS, 0, 0)).toMatchObject({ ok: false });
    expect(words(cycleTile(ROWS, 0, 0))).toMatch(/start S: drag it/);
    expect(cycleTile(ROWS, 5, 0)).toMatchObject({ ok: false });
  });

  it('refuses an edit that cuts G off, pointing at G', () => {
    const step1 = cycleTile(ROWS, 1, 2);
    expect(step1.ok).toBe(true);
    const cut = step1.ok ? cycleTile(step1.rows, 2, 1) : step1;
    expect(cut).toMatchObject({ ok: false, row: 2, col: 2 });
    expect(words(cut)).toMatch(/cannot be reached/);
  });

  it('moves S and G (the old cell becomes floor), never onto each other', () => {
    expect(moveMarker(ROWS, 'S', 1, 0)).toEqual({ ok: true, rows: ['...', 'S#.', '..G'] });
    expect(moveMarker(ROWS, 'G', 0, 2)).toEqual({ ok: true, rows: ['S.G', '.#.', '...'] });
    expect(moveMarker(ROWS, 'S', 2, 2)).toMatchObject({ ok: false, row: 2, col: 2 });
    // Onto a wall: the wall becomes S.
    expect(moveMarker(ROWS, 'S', 1, 1)).toMatchObject({ ok: true, rows: ['...', '.S.', '..G'] });
    expect(markerAt(ROWS, 2, 2)).toBe('G');
    expect(markerAt(ROWS, 1, 1)).toBeNull();
    expect(validateRows(['S#G'])).toMatchObject({ ok: false, row: 0, col: 2 });
  });
});

describe('Trail', () => {
  it('keeps the last points of a preallocated ring, with their flags and episode counts', () => {
    const trail = new Trail(4);
    trail.start(0);
    trail.move(1, false, false, 0);
    trail.move(2, true, false, 0);
    trail.move(5, false, true, 0); // a fall: the cliff cell, then a jump back to S
    expect(trail.length).toBe(4);
    // Five points pushed (S, 1, 2, the cliff cell 5, S again), the oldest dropped.
    expect([0, 1, 2, 3].map((i) => trail.cell(i))).toEqual([1, 2, 5, 0]);
    expect(trail.flag(1)).toBe(TRAIL_EXPLORE);
    expect(trail.flag(2)).toBe(TRAIL_FELL);
    expect(trail.flag(3)).toBe(TRAIL_JUMP);
    expect({ moves: trail.moves, explored: trail.explored }).toEqual({ moves: 3, explored: 1 });
    trail.start(7);
    expect(trail.length).toBe(1);
    expect(trail.cell(0)).toBe(7);
  });
});
