/**
 * Each learner approaches the values DP says it should, on the 'small' maze (γ 0.9, ε 0.1, α 0.1):
 * Q-learning, Double Q-learning and Dyna-Q approach V*; SARSA and Expected SARSA approach V^π of
 * their own ε-greedy policy. Compared: the cells the agent still visits often (≥ 100 times in the
 * last 1000 of 3000 episodes). Cells met only while exploring early keep stale values, which no
 * learner can correct without going back there.
 */
import { describe, expect, it } from 'vitest';
import {
  agentQEstimate,
  mazeModel,
  onPolicyReference,
  referenceDistance,
  referenceKind,
  valueIteration,
} from '../../../src/agents/dp/index.ts';
import { makeAgent } from '../../../src/agents/make-agent.ts';
import type { TabularAgentKind } from '../../../src/agents/types.ts';
import type { GridMazeEnv } from '../../../src/envs/grid-maze.ts';
import { makeEnv } from '../../../src/envs/registry.ts';
import { runEpisodes } from '../../../src/train/runner.ts';

const GAMMA = 0.9;
const EPSILON = 0.1;

function distanceAfterTraining(kind: TabularAgentKind, seed: number, episodes: number) {
  const env = makeEnv('GridMaze-v0', { layout: 'small' });
  const maze = env.env as GridMazeEnv;
  const model = mazeModel(maze.layout, maze.transitions);
  const star = valueIteration(model, GAMMA);
  const agent = makeAgent(kind, env, { seed, gamma: GAMMA, epsilon: EPSILON, alpha: 0.1 });
  const last = Math.min(1000, episodes);
  runEpisodes(env, agent, { episodes: episodes - last, seed });
  const visits = new Float64Array(model.nStates);
  runEpisodes(env, agent, { episodes: last, seed, onStep: (t) => void visits[t.observation]++ });
  const often = visits.map((n) => (n >= 100 ? n : 0));
  const q = agentQEstimate(agent);
  const rk = referenceKind(kind);
  const reference = rk === 'optimal' ? star.v : onPolicyReference(q, model, GAMMA, EPSILON).v;
  return referenceDistance(q, reference, star.q, star.v, model, GAMMA, {
    kind: rk,
    epsilon: EPSILON,
    visited: often,
  });
}

describe.each(['q-learning', 'double-q', 'dyna-q', 'sarsa', 'expected-sarsa'] as const)('%s', (kind) => {
  it.each([1, 2, 3])(
    'seed %i: within 0.05 of its reference on the cells it keeps visiting, greedy optimal',
    (seed) => {
      const d = distanceAfterTraining(kind, seed, 3000);
      // The shortest path has 16 cells; every one of them is compared.
      expect(d.compared).toBeGreaterThanOrEqual(16);
      expect(d.maxError).toBeLessThan(0.05);
      expect(d.greedyOptimal).toBe(true);
      expect(d.suboptimalCells).toBe(0);
    },
  );
});

it('the measure can fail: after 20 episodes Q-learning is still far from V*', () => {
  // 20 episodes, all of them "last": the path cells are visited, but values have not propagated.
  const d = distanceAfterTraining('q-learning', 1, 20);
  expect(d.compared).toBeGreaterThan(0);
  expect(d.maxError).toBeGreaterThan(0.1);
});
