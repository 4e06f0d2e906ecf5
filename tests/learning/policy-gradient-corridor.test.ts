/**
 * Sutton & Barto Example 13.1, the short corridor with switched actions: three states that all look
 * the same (one observation), reward −1 per step; in the second state the actions are reversed.
 * With p = π(right), the start state's value is J(p) = (4 − 2p)/(p² − p) … maximised at
 * p* = 2 − √2 ≈ 0.586 (J ≈ −11.6). One-hot features of the single observation plus the constant 1
 * make θ 2 × 2; θ_right = (0, ln(0.05/0.95)) starts at p = 0.05, as in the book's Figure 13.1.
 *
 * The book updates θ after every step of an episode; REINFORCE here (batchEpisodes = 1) sums the
 * episode's steps with θ fixed, then updates: the same expected step. Because φ = (1, 1) feeds
 * both of a row's numbers, a step moves the logit difference twice as far as the book's
 * x(s, a) features do with the same α.
 */
import { describe, expect, it } from 'vitest';
import { ReinforceAgent } from '../../src/agents/reinforce.ts';

/** A local corridor until ShortCorridor-v0 lands: returns the episode's length (−return). */
function runCorridorEpisode(agent: ReinforceAgent, maxSteps = 1000): number {
  let s = 0;
  for (let step = 1; step <= maxSteps; step++) {
    const a = agent.act(0); // 0 left, 1 right; every state observes 0
    const right = s === 1 ? a === 0 : a === 1; // state 1 reverses the actions
    s = right ? s + 1 : Math.max(0, s - 1);
    const done = s === 3;
    agent.learn({
      observation: 0,
      action: a,
      reward: -1,
      nextObservation: 0,
      terminated: done,
      truncated: !done && step === maxSteps,
    });
    if (done || step === maxSteps) return step;
  }
  return maxSteps;
}

const P_STAR = 2 - Math.SQRT2;
const START = {
  initialTheta: [
    [0, 0],
    [0, Math.log(0.05 / 0.95)],
  ],
  gamma: 1,
  batchEpisodes: 1,
};
const oneHot = { kind: 'one-hot', n: 1 } as const;

const EPISODES = 2000;
/**
 * p(right) averaged over the second half of training (after each episode). The last p alone
 * wanders: with α_θ = 2⁻⁹ it ranged over 0.45–0.85 on seeds 0–9, the half-run mean over 0.54–0.62.
 */
function settledP(options: ConstructorParameters<typeof ReinforceAgent>[0]): number {
  const agent = new ReinforceAgent(options);
  let sum = 0;
  for (let e = 0; e < EPISODES; e++) {
    runCorridorEpisode(agent);
    if (e >= EPISODES / 2) sum += agent.probabilities(0)[1];
  }
  return sum / (EPISODES / 2);
}
const TOLERANCE = 0.06;

describe('REINFORCE on the short corridor (S&B Example 13.1) from p(right) = 0.05', () => {
  it('starts at p = 0.05', () => {
    const agent = new ReinforceAgent({ nActions: 2, obsDim: 1, features: oneHot, ...START });
    expect(agent.probabilities(0)[1]).toBeCloseTo(0.05, 12);
  });

  for (const seed of [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]) {
    it(`without a baseline, α = 2⁻¹³, seed ${seed}: mean p(right) over episodes 1001–2000 within ${TOLERANCE} of 2 − √2`, () => {
      const p = settledP({
        nActions: 2,
        obsDim: 1,
        features: oneHot,
        ...START,
        baseline: 'none',
        learningRate: 2 ** -13,
        seed,
      });
      expect(Math.abs(p - P_STAR)).toBeLessThan(TOLERANCE);
    });
    it(`with a learned baseline, α_θ = 2⁻⁹, α_w = 2⁻⁶, seed ${seed}: mean p(right) over episodes 1001–2000 within ${TOLERANCE} of 2 − √2`, () => {
      const p = settledP({
        nActions: 2,
        obsDim: 1,
        features: oneHot,
        ...START,
        baseline: 'learned',
        learningRate: 2 ** -9,
        valueLearningRate: 2 ** -6,
        seed,
      });
      expect(Math.abs(p - P_STAR)).toBeLessThan(TOLERANCE);
    });
  }
});
