/**
 * Figure 6.3: interim (first 100 episodes, 5 000 runs here, 50 000 in the book) and asymptotic
 * (100 000 episodes, 10 runs) performance of Sarsa, Expected Sarsa and Q-learning against α.
 */
import { ALPHAS, BOOK_CLIFF_ENV } from './cliff.ts';
import type { ExperimentPreset } from './types.ts';

const options = { epsilon: 0.1, gamma: 1 };
const agents = [
  { kind: 'sarsa', label: 'Sarsa', options, grid: { alpha: ALPHAS } },
  { kind: 'expected-sarsa', label: 'Expected Sarsa', options, grid: { alpha: ALPHAS } },
  { kind: 'q-learning', label: 'Q-learning', options, grid: { alpha: ALPHAS } },
] as const;

export const SB_6_3: ExperimentPreset = {
  id: 'sb-6.3',
  parts: [
    {
      id: 'interim',
      spec: {
        name: 'sb-6.3 interim',
        env: BOOK_CLIFF_ENV,
        agents: agents.map((a) => ({ ...a, grid: { alpha: [...a.grid.alpha] } })),
        runs: 5000,
        episodes: 100,
        seed: 0,
        summary: { metric: 'return' },
        curves: false,
      },
      reduced: { runs: 100 },
    },
    {
      id: 'asymptotic',
      spec: {
        name: 'sb-6.3 asymptotic',
        env: BOOK_CLIFF_ENV,
        agents: agents.map((a) => ({ ...a, grid: { alpha: [...a.grid.alpha] } })),
        runs: 10,
        episodes: 100_000,
        seed: 0,
        summary: { metric: 'return' },
        curves: false,
      },
      reduced: { runs: 3, episodes: 5000 },
    },
  ],
  charts: [
    { part: 'interim', kind: 'sweep', param: 'alpha' },
    { part: 'asymptotic', kind: 'sweep', param: 'alpha' },
  ],
};
