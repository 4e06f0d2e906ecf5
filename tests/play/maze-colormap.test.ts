import { describe, expect, it } from 'vitest';
import { heatPosition, viridis } from '../../src/play/maze-colormap.ts';

describe('heat map colours', () => {
  it('viridis runs from dark violet to yellow, clamped', () => {
    expect(viridis(0)).toBe(0x440154);
    expect(viridis(1)).toBe(0xfde725);
    expect(viridis(-3)).toBe(0x440154);
    expect(viridis(Number.NaN)).toBe(0x440154);
    // Lightness rises: the green channel grows monotonically along the map.
    const greens = [0, 0.25, 0.5, 0.75, 1].map((t) => (viridis(t) >> 8) & 255);
    expect(greens).toEqual([...greens].sort((a, b) => a - b));
  });

  it('places values on a linear or a symmetric-log scale', () => {
    expect(heatPosition(0.5, 0, 1, 'linear')).toBe(0.5);
    expect(heatPosition(1, 1, 1, 'linear')).toBe(0);
    // γ^distance values: far cells stay apart from zero on the log scale.
    const far = 0.9 ** 60;
    expect(heatPosition(far, 0, 1, 'linear')).toBeLessThan(0.01);
    expect(heatPosition(far, 0, 1, 'log')).toBeGreaterThan(0.05);
    expect(heatPosition(0, 0, 1, 'log')).toBe(0);
    expect(heatPosition(1, 0, 1, 'log')).toBeCloseTo(1);
    // Negative values (the cliff's −1 per step) keep their order.
    const xs = [-13, -7, -2, -1].map((v) => heatPosition(v, -13, -1, 'log'));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });
});
