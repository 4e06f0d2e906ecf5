/**
 * The posts' maze question (SPEC §1): how does ε change tabular Q-learning in the maze, with the
 * posts' α = 0.1 and γ = 0.9? Steps per episode on GridMaze-v0's default 19×19 maze (shortest path
 * 62 steps; +1 at G, 0 per step) for ε ∈ {0, 0.05, 0.1, 0.2, 0.3}. With ε = 0 the agent still
 * moves: ties between equal Q-values are broken at random, so until G is first reached it is a
 * random walk, and afterwards it explores nothing. The walks dominate the cost (about 6000 steps an
 * episode for the first 50 or so), so 50 runs × 200 episodes take seconds; the floors after episode
 * 100 are steady to about a step.
 */
import type { ExperimentPreset } from './types.ts';

export const POSTS_MAZE_EPSILON: ExperimentPreset = {
  id: 'posts-maze-epsilon',
  parts: [
    {
      id: 'main',
      spec: {
        name: 'posts-maze-epsilon',
        env: { id: 'GridMaze-v0', options: {} },
        agents: [
          {
            kind: 'q-learning',
            label: 'Q-learning',
            options: { alpha: 0.1, gamma: 0.9 },
            grid: { epsilon: [0, 0.05, 0.1, 0.2, 0.3] },
          },
        ],
        runs: 50,
        episodes: 200,
        seed: 0,
        metrics: ['steps', 'success'],
        // The floor each ε settles on (the early walks are the same for every ε).
        summary: { metric: 'steps', lastEpisodes: 100 },
      },
      reduced: { runs: 20, episodes: 150 },
    },
  ],
  charts: [{ part: 'main', kind: 'curve', metric: 'steps', smooth: 5, yMin: 0, yMax: 200 }],
};
