/**
 * Issue 9, item 21: a Gymnasium user's own loop must learn what the runner learns.
 *
 *   obs = env.reset().observation; a = agent.act(obs); st = env.step(a);
 *   agent.learn({ observation: obs, …, nextObservation: st.observation }); obs = st.observation
 *
 * With one reused observation array, `step` overwrote `obs` before `learn` read it, and REINFORCE
 * learned from the wrong states. The env now alternates two buffers: an observation stays valid
 * until the step after next (envs/types.ts), so this loop is exact, without a copy.
 */
import { describe, expect, it } from 'vitest';
import { ReinforceAgent } from '../../src/agents/reinforce.ts';
import { makeEnv } from '../../src/envs/registry.ts';
import { runEpisodes } from '../../src/train/runner.ts';

const SEEDS = [0, 1, 2, 3, 4];
const EPISODES = 2000;

/** The loop as a Gymnasium user writes it; returns the success of every episode. */
function naturalLoop(agent: ReinforceAgent, seed: number): boolean[] {
  const env = makeEnv('JumpHole-v0');
  const successes: boolean[] = [];
  let obs = env.reset({ seed }).observation;
  while (successes.length < EPISODES) {
    const action = agent.act(obs);
    const st = env.step(action);
    agent.learn({
      observation: obs,
      action,
      reward: st.reward,
      nextObservation: st.observation,
      terminated: st.terminated,
      truncated: st.truncated,
    });
    obs = st.observation;
    if (st.terminated || st.truncated) {
      successes.push(st.info.success);
      obs = env.reset().observation;
    }
  }
  return successes;
}

const rate = (xs: boolean[]) => xs.filter(Boolean).length / xs.length;

describe('the natural Gymnasium loop on JumpHole-v0', () => {
  it.each(SEEDS)('learns exactly what the runner learns (seed %i)', (seed) => {
    const mine = new ReinforceAgent({ nActions: 2, obsDim: 2, seed });
    const successes = naturalLoop(mine, seed);
    const reference = new ReinforceAgent({ nActions: 2, obsDim: 2, seed });
    const ref = runEpisodes(makeEnv('JumpHole-v0'), reference, { episodes: EPISODES, seed });
    expect(successes).toEqual(ref.successes);
    expect(Array.from(mine.theta)).toEqual(Array.from(reference.theta));
    expect(rate(successes.slice(-100))).toBeGreaterThanOrEqual(0.95);
  });

  it('an observation stays valid until the step after next', () => {
    const env = makeEnv('JumpHole-v0');
    const first = env.reset({ seed: 3 }).observation;
    const kept = Array.from(first);
    const second = env.step(0).observation;
    expect(second).not.toBe(first);
    expect(Array.from(first)).toEqual(kept);
    // The step after next reuses the first buffer: that is the documented limit.
    expect(env.step(0).observation).toBe(first);
  });
});
