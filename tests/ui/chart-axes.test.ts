import { describe, expect, it } from 'vitest';
import { AXIS_FONT_PX, tickLabels, X_TICK_SPACE, xAxis } from '../../src/ui/shared/chart-axes.ts';

describe('chart axes', () => {
  it('label large episode counts compactly, with room between ticks', () => {
    const splits = [0, 500_000, 1_000_000, 1_500_000, 2_000_000];
    const labels = tickLabels(null, splits);
    expect(labels).toEqual(['0', '500k', '1M', '1.5M', '2M']);
    // A digit of an 11 px sans-serif is at most ~0.6 em wide: the longest label and a gap fit.
    const widest = Math.max(...labels.map((l) => l.length)) * 0.6 * AXIS_FONT_PX;
    expect(widest + 8).toBeLessThan(X_TICK_SPACE);
    const axis = xAxis('episode');
    expect(axis.space).toBe(X_TICK_SPACE);
    expect(axis.values).toBe(tickLabels);
  });
});
