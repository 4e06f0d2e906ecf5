/**
 * Off the maze, a tabular agent is evaluated over many greedy episodes that go on through the env's
 * own stream (one rollout, or every episode from the same seed, would show one reward draw only).
 */
import { describe, expect, it } from 'vitest';
import { makeAgent } from '../../src/agents/index.ts';
import { makeEnv } from '../../src/envs/index.ts';
import { evaluate } from '../../src/train/evaluate.ts';

describe('greedy evaluation on MaxBias-v0', () => {
  it("averages B's N(−0.1, 1) rewards over the episodes when the greedy policy goes left", () => {
    const env = makeEnv('MaxBias-v0', {});
    const agent = makeAgent('q-learning', env, { seed: 1 });
    agent.q[1] = 1; // Q(A, left) > Q(A, right): greedy goes left, then action 0 in B
    const ev = evaluate(agent, 'MaxBias-v0', {}, 2000, 3);
    expect(ev.greedy).toBe(true);
    expect(ev.episodes).toBe(2000);
    expect(ev.successRate).toBe(0);
    // Mean of 2000 draws of N(−0.1, 1): within 4 standard errors (0.089) of −0.1.
    expect(Math.abs(ev.meanReturn + 0.1)).toBeLessThan(0.09);
    // The same seed gives the same evaluation; another seed other draws.
    expect(evaluate(agent, 'MaxBias-v0', {}, 2000, 3).meanReturn).toBe(ev.meanReturn);
    expect(evaluate(agent, 'MaxBias-v0', {}, 2000, 4).meanReturn).not.toBe(ev.meanReturn);
  });

  it('going right, every greedy episode ends at once with 0', () => {
    const env = makeEnv('MaxBias-v0', {});
    const agent = makeAgent('double-q', env, { seed: 1 });
    const ev = evaluate(agent, 'MaxBias-v0', {}, 50, 0);
    expect(ev).toMatchObject({ episodes: 50, meanReturn: 0, successRate: 1, greedy: true });
  });
});
