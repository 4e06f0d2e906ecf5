import { describe, expect, it } from 'vitest';
import { heatValues } from '../../../src/play/maze/heat-values.ts';

describe('heat map values', () => {
  // Four actions per state, as in the grid maze; Q starts at 0.
  const table = (rows: number[][]) => Float64Array.from(rows.flat());

  it('leaves cells that learned nothing out of the colours and out of the range (the cliff)', () => {
    const q = table([
      [0, 0, 0, 0], // never visited: its max-Q 0 is no estimate
      [-1, -2, -1.5, -3], // learned: the cliff's −1 per step
      [-10, 0, 0, 0], // one action tried: max-Q is still the untried actions' 0
      [-5, -4, -6, -7],
      [9, 9, 9, 9], // a wall (not coloured)
    ]);
    const out = new Float64Array(5);
    const range = heatValues(q, 4, 0, (s) => s !== 4, out);
    expect(Array.from(out)).toEqual([Number.NaN, -1, 0, -4, Number.NaN]);
    expect(range).toEqual({ min: -4, max: 0, minAbsNonZero: 1, learned: 3, unlearned: 1 });
  });

  it('an untrained table has nothing to colour; an optimistic start counts from its own value', () => {
    const out = new Float64Array(2);
    expect(heatValues(new Float64Array(8), 4, 0, () => true, out)).toEqual({
      min: 0,
      max: 0,
      minAbsNonZero: 0,
      learned: 0,
      unlearned: 2,
    });
    expect(Array.from(out)).toEqual([Number.NaN, Number.NaN]);
    const optimistic = table([
      [5, 5, 5, 5],
      [5, 0.5, 5, 5],
    ]);
    heatValues(optimistic, 4, 5, () => true, out);
    expect(Array.from(out)).toEqual([Number.NaN, 5]);
  });
});
