/** Series with their own x values on one chart axis: the union of the xs, null where a series has no point. */
import { describe, expect, it } from 'vitest';
import { mergeSeries } from '../../../src/ui/maze/merge-series.ts';

describe('mergeSeries', () => {
  it('merges online points and sparser greedy points onto one sorted x axis', () => {
    const m = mergeSeries([
      { xs: [1, 2, 3, 5], ys: [-100, -50, -30, -20] },
      { xs: [2, 4, 5], ys: [-13, -13, -12] },
    ]);
    expect(m.xs).toEqual([1, 2, 3, 4, 5]);
    expect(m.ys).toEqual([
      [-100, -50, -30, null, -20],
      [null, -13, null, -13, -12],
    ]);
  });

  it('handles empty series', () => {
    expect(
      mergeSeries([
        { xs: [], ys: [] },
        { xs: [3], ys: [1] },
      ]),
    ).toEqual({ xs: [3], ys: [[null], [1]] });
    expect(mergeSeries([])).toEqual({ xs: [], ys: [] });
  });
});
