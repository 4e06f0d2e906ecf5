/**
 * Figure 13.2: the short corridor with switched actions (Example 13.1), REINFORCE without a
 * baseline (the book's α = 2⁻¹³) and with a learned baseline (α_θ = 2⁻⁹, α_w = 2⁻⁶), γ = 1, from
 * p(right) = 0.05, total reward per episode over 1000 episodes, with v* = J(2 − √2) ≈ −11.66 marked.
 * A second chart draws J(p) itself (analytic.ts).
 *
 * The step sizes here are the book's halved, so that the policy and the baseline move as far per
 * step as the book's do. The agent sees the one observation through one-hot features plus a
 * constant, φ = (1, 1), with a row of θ per action; then
 *  - a step of θ moves the logit difference h(right) − h(left) by 2·α·G·(1 − π)·‖φ‖² = 4αG(1 − π),
 *    where the book's x(s, right) = (1, 0), x(s, left) = (0, 1) move it by 2αG(1 − π);
 *  - a step of w moves v̂ = w·φ by α_w δ ‖φ‖² = 2α_w δ, where the book's single feature moves it
 *    by α_w δ.
 * θ starts with the logit difference ln(0.05/0.95), i.e. p(right) = 0.05. One episode per update
 * (the book updates θ along the episode; the sum over it with θ fixed is the same expected step).
 */
import { SHORT_CORRIDOR_OPTIMUM_P, SHORT_CORRIDOR_V_STAR } from './analytic.ts';
import type { ExperimentPreset } from './types.ts';

/** The book's step sizes (Figure 13.2) and the factor that matches them on φ = (1, 1). */
export const BOOK_STEP_SIZES = { none: 2 ** -13, theta: 2 ** -9, w: 2 ** -6 } as const;
export const FEATURE_FACTOR = 0.5;

const common = {
  gamma: 1,
  batchEpisodes: 1,
  initialTheta: [
    [0, 0],
    [0, Math.log(0.05 / 0.95)],
  ],
};

export const SB_13_2: ExperimentPreset = {
  id: 'sb-13.2',
  parts: [
    {
      id: 'main',
      spec: {
        name: 'sb-13.2',
        env: { id: 'ShortCorridor-v0', options: {} },
        agents: [
          {
            kind: 'reinforce',
            label: 'REINFORCE',
            options: { ...common, baseline: 'none', learningRate: BOOK_STEP_SIZES.none * FEATURE_FACTOR },
          },
          {
            kind: 'reinforce',
            label: 'REINFORCE with baseline',
            options: {
              ...common,
              baseline: 'learned',
              learningRate: BOOK_STEP_SIZES.theta * FEATURE_FACTOR,
              valueLearningRate: BOOK_STEP_SIZES.w * FEATURE_FACTOR,
            },
          },
        ],
        runs: 100,
        episodes: 1000,
        seed: 0,
        metrics: ['return'],
        summary: { metric: 'return' },
      },
      reduced: { runs: 20, episodes: 200 },
    },
  ],
  charts: [
    {
      part: 'main',
      kind: 'curve',
      metric: 'return',
      yMin: -90,
      yMax: -10,
      lines: [{ y: SHORT_CORRIDOR_V_STAR, key: 'vStar' }],
    },
    {
      part: 'main',
      kind: 'analytic',
      analytic: 'short-corridor-j',
      yMin: -100,
      yMax: 0,
      lines: [{ y: SHORT_CORRIDOR_V_STAR, key: 'vStar' }],
      xLines: [{ x: SHORT_CORRIDOR_OPTIMUM_P, key: 'optimumP' }],
    },
  ],
};
