/**
 * Figure 8.5: the shortcut maze (Example 8.3). After 3000 steps a second gap opens at the right
 * end of the wall (the 'shortcut' layout's own change); 6000 steps per run. Dyna-Q vs Dyna-Q+ with
 * n = 50 and κ = 10⁻³ (as the book's experiments); see changing-maze.ts for α and Q₀. Dyna-Q+
 * pays for its exploration before the change and takes the shortcut after it; Dyna-Q never does.
 */
import { changingMazeAgents } from './changing-maze.ts';
import type { ExperimentPreset } from './types.ts';

export const SB_8_5: ExperimentPreset = {
  id: 'sb-8.5',
  parts: [
    {
      id: 'main',
      spec: {
        name: 'sb-8.5',
        env: { id: 'GridMaze-v0', options: { layout: 'shortcut' } },
        agents: changingMazeAgents(50, 1e-3),
        runs: 100,
        steps: 6000,
        seed: 0,
        metrics: ['cumulative-reward'],
      },
      reduced: { runs: 10 },
    },
  ],
  charts: [{ part: 'main', kind: 'curve', metric: 'cumulative-reward' }],
};
