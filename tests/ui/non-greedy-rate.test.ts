import { describe, expect, it } from 'vitest';
import { nonGreedyRate } from '../../src/ui/maze/readout.ts';

describe('the readout’s ε explanation', () => {
  it('is ε·(n−1)/n: the random pick lands on the greedy move one time in n', () => {
    expect(nonGreedyRate(0.1, 4)).toBeCloseTo(0.075, 12);
    expect(nonGreedyRate(0.1, 2)).toBeCloseTo(0.05, 12);
    expect(nonGreedyRate(1, 5)).toBeCloseTo(0.8, 12);
  });
});
