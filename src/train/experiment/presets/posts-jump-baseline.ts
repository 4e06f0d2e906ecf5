/**
 * The posts' jump question (SPEC §2): REINFORCE on JumpHole-v0 (default options) with no baseline,
 * the mean return b̄ and a learned v̂, plus the one-step actor–critic; success per episode. Each
 * agent has its own defaults (REINFORCE_DEFAULTS: η 0.0007, γ 0.99, M = 10 episodes per update,
 * α_w 0.01; ACTOR_CRITIC_DEFAULTS: α_θ 0.0018, α_w 0.1, γ 0.995 and its gated critic features),
 * the settings the jump scene starts with and that tests/learning/jump-learning.test.ts and
 * policy-gradient-learning.test.ts check. Only the baseline differs between the REINFORCE lines.
 */
import type { ExperimentPreset } from './types.ts';

export const POSTS_JUMP_BASELINE: ExperimentPreset = {
  id: 'posts-jump-baseline',
  parts: [
    {
      id: 'main',
      spec: {
        name: 'posts-jump-baseline',
        env: { id: 'JumpHole-v0', options: {} },
        agents: [
          { kind: 'reinforce', label: 'REINFORCE, no baseline', options: { baseline: 'none' } },
          { kind: 'reinforce', label: 'REINFORCE, mean baseline', options: { baseline: 'mean' } },
          { kind: 'reinforce', label: 'REINFORCE, learned baseline', options: { baseline: 'learned' } },
          { kind: 'actor-critic', label: 'Actor–critic' },
        ],
        runs: 100,
        episodes: 1000,
        seed: 0,
        metrics: ['success', 'return'],
        summary: { metric: 'success' },
      },
      reduced: { runs: 16, episodes: 400 },
    },
  ],
  charts: [{ part: 'main', kind: 'curve', metric: 'success', percent: true, smooth: 20, yMin: 0, yMax: 1 }],
};
