import { describe, expect, it } from 'vitest';
import { batchGradient, meanReturn, softmaxPolicy } from '../../src/agents/reinforce-gradient.ts';

describe('REINFORCE kernels', () => {
  it('softmax of θ·φ, worked by hand', () => {
    // θ = [[1], [0]], φ = [ln 3]: π = (3, 1) / 4.
    const policy = { theta: Float64Array.of(1, 0), nActions: 2, featureDim: 1 };
    const out = new Float64Array(2);
    softmaxPolicy(policy, Float64Array.of(Math.log(3)), 0, out);
    expect(out[0]).toBeCloseTo(0.75, 12);
    expect(out[1]).toBeCloseTo(0.25, 12);
  });

  it('batch gradient with and without the mean baseline, worked by hand', () => {
    // θ = 0, so π = (½, ½) everywhere. Steps: (φ=1, a=0, R=2) and (φ=2, a=1, R=0).
    // b̄ = 1. Score of step 1: (½, −½)·1; step 2: (−½, ½)·2.
    // g  = (2−1)(½, −½) + (0−1)(−1, 1) = (1.5, −1.5); g0 = 2(½, −½) + 0 = (1, −1).
    const policy = { theta: new Float64Array(2), nActions: 2, featureDim: 1 };
    const batch = {
      feats: Float64Array.of(1, 2),
      actions: Int32Array.of(0, 1),
      returns: Float64Array.of(2, 0),
      steps: 2,
    };
    const b = meanReturn(batch);
    expect(b).toBe(1);
    const g = new Float64Array(2);
    const g0 = new Float64Array(2);
    batchGradient(policy, batch, b, new Float64Array(2), g, g0);
    expect(Array.from(g)).toEqual([1.5, -1.5]);
    expect(Array.from(g0)).toEqual([1, -1]);
  });
});
