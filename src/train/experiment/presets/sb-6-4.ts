/** Figure 6.4: Sarsa vs Q-learning on the cliff, the sum of rewards per episode (ε 0.1, α 0.5, γ 1). */
import { BOOK_CLIFF_ENV } from './cliff.ts';
import type { ExperimentPreset } from './types.ts';

const options = { epsilon: 0.1, alpha: 0.5, gamma: 1 };

export const SB_6_4: ExperimentPreset = {
  id: 'sb-6.4',
  parts: [
    {
      id: 'main',
      spec: {
        name: 'sb-6.4',
        env: BOOK_CLIFF_ENV,
        agents: [
          { kind: 'sarsa', label: 'Sarsa', options },
          { kind: 'q-learning', label: 'Q-learning', options },
        ],
        runs: 200,
        episodes: 500,
        seed: 0,
        metrics: ['return'],
        summary: { metric: 'return' },
      },
      reduced: { runs: 20, episodes: 500 },
    },
  ],
  charts: [{ part: 'main', kind: 'curve', metric: 'return', smooth: 10, yMin: -100, yMax: 0 }],
};
