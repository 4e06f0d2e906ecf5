/**
 * Figure 6.5: maximization bias on MaxBias-v0 (Example 6.7). The share of episodes whose first
 * decision in A (state 0) is "left" (action 1), Q-learning vs Double Q-learning, ε 0.1, α 0.1, γ 1,
 * 10 000 runs of 300 episodes as in the book. A is visited once per episode, so the per-episode
 * share is 0 or 1 and its mean over runs is the % of "left".
 */
import type { ExperimentPreset } from './types.ts';

const options = { epsilon: 0.1, alpha: 0.1, gamma: 1 };

export const SB_6_5: ExperimentPreset = {
  id: 'sb-6.5',
  parts: [
    {
      id: 'main',
      spec: {
        name: 'sb-6.5',
        env: { id: 'MaxBias-v0', options: {} },
        agents: [
          { kind: 'q-learning', label: 'Q-learning', options },
          { kind: 'double-q', label: 'Double Q-learning', options },
        ],
        runs: 10_000,
        episodes: 300,
        seed: 0,
        metrics: ['action-share'],
        actionShare: { state: 0, action: 1 },
        summary: { metric: 'action-share' },
      },
      reduced: { runs: 400, episodes: 100 },
    },
  ],
  charts: [
    {
      part: 'main',
      kind: 'curve',
      metric: 'action-share',
      percent: true,
      yMin: 0,
      yMax: 1,
      // ε-greedy's best: "right" greedily, "left" only when exploring, ε/2 = 5 % of the time.
      lines: [{ y: 0.05, key: 'epsilonOptimum' }],
    },
  ],
};
