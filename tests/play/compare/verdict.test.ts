import { describe, expect, it } from 'vitest';
import { higherIsBetter, pairedVerdict } from '../../../src/play/compare/verdict.ts';

describe('pairedVerdict', () => {
  it('gives the paired mean difference and its Student-t interval (worked by hand)', () => {
    // d = B − A = [1, 2, 3, 2]: mean 2, s² = (1 + 0 + 1 + 0)/3 = 2/3, t₀.₉₇₅(3) = 3.182446305,
    // half-width = 3.182446305 · √(2/3 / 4) = 3.182446305 · 0.408248290 = 1.299228.
    const v = pairedVerdict([10, 10, 10, 10], [11, 12, 13, 12]);
    expect(v.n).toBe(4);
    expect(v.difference).toBeCloseTo(2, 12);
    expect(v.ci).toBeCloseTo(1.2992283, 6);
    expect(v.meanA).toBe(10);
    expect(v.meanB).toBe(12);
    expect(v.kind).toBe('higher');
  });

  it('says lower when B is below A by more than the interval', () => {
    const v = pairedVerdict([5, 6, 7, 8, 9], [3, 4, 5, 6, 7.5]);
    expect(v.difference).toBeCloseTo(-1.9, 12);
    expect(v.kind).toBe('lower');
  });

  it('calls an interval that holds 0 no clear difference', () => {
    // d = [1, −1, 2, −2]: mean 0.
    const v = pairedVerdict([0, 0, 0, 0], [1, -1, 2, -2]);
    expect(v.difference).toBe(0);
    expect(v.ci).toBeGreaterThan(0);
    expect(v.kind).toBe('overlap');
  });

  it('pairs by run index over the runs both conditions finished, skipping runs without a number', () => {
    // A finished 5 runs, B 3 (a cancel); run 1 of B has no number: pairs are runs 0 and 2 only.
    const v = pairedVerdict([1, 2, 3, 4, 5], [2, Number.NaN, 5]);
    expect(v.n).toBe(2);
    expect(v.difference).toBeCloseTo(1.5, 12);
    expect(v.kind).toBe('too-few');
  });

  it('needs at least 3 pairs; with none everything is NaN', () => {
    const none = pairedVerdict([], [1, 2]);
    expect(none.n).toBe(0);
    expect(none.difference).toBeNaN();
    expect(none.ci).toBeNaN();
    expect(none.kind).toBe('too-few');
    expect(pairedVerdict([1, 2, 3], [2, 3, 4]).kind).toBe('higher');
  });

  it('the same numbers in every run: identical, not a difference', () => {
    const v = pairedVerdict([1, 2, 3, 4], [1, 2, 3, 4]);
    expect(v.difference).toBe(0);
    expect(v.ci).toBe(0);
    expect(v.kind).toBe('identical');
  });

  it('a real effect is found over noisy runs, a null one is not (seeded, 20 runs)', () => {
    // A deterministic noise (a Weyl sequence): runs with sd ≈ 0.29, an effect of 0.5 against none.
    const noise = (k: number) => ((k * 0.6180339887) % 1) - 0.5;
    const a = Array.from({ length: 20 }, (_, k) => 3 + noise(k));
    const same = Array.from({ length: 20 }, (_, k) => 3 + noise(k + 7));
    const better = Array.from({ length: 20 }, (_, k) => 3.5 + noise(k + 7));
    expect(pairedVerdict(a, same).kind).toBe('overlap');
    expect(pairedVerdict(a, better).kind).toBe('higher');
  });

  it('steps: lower is better; return and success: higher', () => {
    expect(higherIsBetter('steps')).toBe(false);
    expect(higherIsBetter('return')).toBe(true);
    expect(higherIsBetter('success')).toBe(true);
  });
});
