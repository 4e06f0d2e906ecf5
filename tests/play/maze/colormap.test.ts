import { describe, expect, it } from 'vitest';
import { chooseHeatScale, heatPosition } from '../../../src/play/maze/colormap.ts';
import { viridis } from '../../../src/play/shared/colormap.ts';

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

  it('auto picks log only when learned values span more than 20×', () => {
    // γ^distance over a 62-step path: 0.9^61 ≈ 0.0016 … 1.
    expect(chooseHeatScale('auto', { min: 0, max: 1, minAbsNonZero: 0.9 ** 61 })).toMatchObject({
      log: true,
    });
    // A 7×7 maze with γ = 0.95: 0.44 … 1, linear reads best.
    expect(chooseHeatScale('auto', { min: 0, max: 1, minAbsNonZero: 0.44 })).toMatchObject({ log: false });
    expect(chooseHeatScale('log', { min: 0, max: 1, minAbsNonZero: 0.44 })).toEqual({ log: true, c: 0.44 });
    expect(chooseHeatScale('linear', { min: 0, max: 1, minAbsNonZero: 1e-6 })).toMatchObject({ log: false });
  });

  it('places values on a linear or a symmetric-log scale', () => {
    expect(heatPosition(0.5, 0, 1, false)).toBe(0.5);
    expect(heatPosition(1, 1, 1, false)).toBe(0);
    const far = 0.9 ** 60;
    expect(heatPosition(far, 0, 1, false)).toBeLessThan(0.01);
    // On the log scale with its knee at the smallest learned value, far cells stand apart from 0.
    expect(heatPosition(far, 0, 1, true, far)).toBeGreaterThan(0.05);
    expect(heatPosition(0, 0, 1, true, far)).toBe(0);
    expect(heatPosition(1, 0, 1, true, far)).toBeCloseTo(1);
    // Negative values (the cliff's −1 per step) keep their order.
    const xs = [-13, -7, -2, -1].map((v) => heatPosition(v, -13, -1, true, 1));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });
});
