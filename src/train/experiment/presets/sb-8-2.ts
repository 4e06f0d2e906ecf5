/**
 * Figure 8.2: the Dyna maze (Example 8.1). Steps per episode for n = 0, 5 and 50 planning steps,
 * γ 0.95, α 0.1, ε 0.1, rewards +1 at G and 0 otherwise (the 'dyna' layout's defaults). The book
 * plots episodes 2–50: in the first, every Q is 0 until G is reached, so every n walks at random.
 */
import type { ExperimentPreset } from './types.ts';

export const SB_8_2: ExperimentPreset = {
  id: 'sb-8.2',
  parts: [
    {
      id: 'main',
      spec: {
        name: 'sb-8.2',
        env: { id: 'GridMaze-v0', options: { layout: 'dyna' } },
        agents: [
          {
            kind: 'dyna-q',
            label: 'Dyna-Q',
            options: { epsilon: 0.1, alpha: 0.1, gamma: 0.95, kappa: 0 },
            grid: { planningSteps: [0, 5, 50] },
          },
        ],
        runs: 100,
        episodes: 50,
        seed: 0,
        metrics: ['steps'],
        summary: { metric: 'steps' },
      },
      reduced: { runs: 12 },
    },
  ],
  charts: [{ part: 'main', kind: 'curve', metric: 'steps', xFrom: 2, yMin: 0, yMax: 800 }],
};
