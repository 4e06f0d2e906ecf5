/**
 * Figure 8.4: the blocking maze (Example 8.2). After 1000 steps the gap in the wall moves from the
 * right end to the left end (the 'blocking' layout's own change); 3000 steps per run. Dyna-Q vs
 * Dyna-Q+ with n = 50 and κ = 3·10⁻⁴; see changing-maze.ts for α and Q₀. Over 40 runs with n 10–50
 * and κ 10⁻⁴–3·10⁻³, κ = 10⁻⁴–3·10⁻⁴ gained most after the change; κ ≥ 3·10⁻³ wanders for good.
 */
import { changingMazeAgents } from './changing-maze.ts';
import type { ExperimentPreset } from './types.ts';

export const SB_8_4: ExperimentPreset = {
  id: 'sb-8.4',
  parts: [
    {
      id: 'main',
      spec: {
        name: 'sb-8.4',
        env: { id: 'GridMaze-v0', options: { layout: 'blocking' } },
        agents: changingMazeAgents(50, 3e-4),
        runs: 100,
        steps: 3000,
        seed: 0,
        metrics: ['cumulative-reward'],
      },
      reduced: { runs: 20 },
    },
  ],
  charts: [{ part: 'main', kind: 'curve', metric: 'cumulative-reward' }],
};
