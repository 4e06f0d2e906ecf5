import { describe, expect, it } from 'vitest';
import { QLearningAgent } from '../../src/agents/q-learning.ts';
import type { Agent, SavedAgent, Transition } from '../../src/agents/types.ts';
import { Box, Discrete } from '../../src/envs/spaces.ts';
import { TimeLimit } from '../../src/envs/time-limit.ts';
import type { Env, EnvInfo, StepResult } from '../../src/envs/types.ts';
import { Runner, runEpisodes } from '../../src/train/index.ts';
import { ChainEnv } from '../helpers/chain-env.ts';

describe('runEpisodes', () => {
  it('reports one entry per episode with returns, lengths and successes', () => {
    // Always moving right on a 4-chain takes 3 steps and reaches the goal.
    const agent = new QLearningAgent({ nStates: 4, nActions: 2, epsilon: 0, seed: 0 });
    agent.q.set([0, 1, 0, 1, 0, 1, 0, 1]);
    const res = runEpisodes(new ChainEnv(4), agent, { episodes: 5, seed: 1, learn: false });
    expect(res.returns).toEqual([1, 1, 1, 1, 1]);
    expect(res.lengths).toEqual([3, 3, 3, 3, 3]);
    expect(res.successes).toEqual([true, true, true, true, true]);
  });

  it('marks truncated episodes as unsuccessful and stops at a step budget', () => {
    const agent = new QLearningAgent({ nStates: 6, nActions: 2, epsilon: 0, seed: 0 });
    agent.q.set([1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0]); // always left: never reaches the goal
    const res = runEpisodes(new TimeLimit(new ChainEnv(6), 10), agent, { steps: 35, seed: 0, learn: false });
    expect(res.lengths).toEqual([10, 10, 10]);
    expect(res.successes).toEqual([false, false, false]);
  });

  it('is bit-identical for the same seeds', () => {
    const run = () => {
      const agent = new QLearningAgent({ nStates: 8, nActions: 2, seed: 42 });
      const res = runEpisodes(new TimeLimit(new ChainEnv(8), 50), agent, { episodes: 30, seed: 3 });
      return { res, q: Array.from(agent.q) };
    };
    expect(run()).toEqual(run());
  });

  it('calls hooks and refuses an empty budget', () => {
    const agent = new QLearningAgent({ nStates: 4, nActions: 2, seed: 0 });
    let steps = 0;
    const episodes: number[] = [];
    const res = runEpisodes(new ChainEnv(4), agent, {
      episodes: 3,
      onStep: () => steps++,
      onEpisode: (e) => episodes.push(e.index),
    });
    expect(episodes).toEqual([0, 1, 2]);
    expect(steps).toBe(res.lengths.reduce((a, b) => a + b, 0));
    expect(() => runEpisodes(new ChainEnv(4), agent, {})).toThrow(/budget/);
  });
});

/** A 1-d env that reuses one observation array, to check the runner keeps its own copies. */
class ReusingEnv implements Env<Float64Array, number> {
  readonly observationSpace = new Box(0, 100, [1]);
  readonly actionSpace = new Discrete(1);
  readonly spec = { id: 'Reusing', options: {} };
  private readonly obs = new Float64Array(1);
  private readonly info: EnvInfo = { success: false };
  private readonly r: StepResult<Float64Array> = {
    observation: this.obs,
    reward: 0,
    terminated: false,
    truncated: false,
    info: this.info,
  };
  reset() {
    this.obs[0] = 0;
    return { observation: this.obs, info: this.info };
  }
  step() {
    this.obs[0] += 1;
    this.r.terminated = this.obs[0] >= 5;
    return this.r;
  }
}

describe('Runner with vector observations', () => {
  it('passes distinct observation and next observation although the env reuses its array', () => {
    const seen: Array<[number, number]> = [];
    const agent: Agent<Float64Array> = {
      kind: 'reinforce',
      params: {},
      provenance: { seed: 0, episodesTrained: 0, stepsTrained: 0 },
      act: () => 0,
      learn: (t: Transition<Float64Array>) => {
        seen.push([t.observation[0], t.nextObservation[0]]);
      },
      toJSON: () => ({}) as SavedAgent,
    };
    const runner = new Runner(new ReusingEnv(), agent);
    runner.run({ episodes: 2 });
    expect(seen.slice(0, 5)).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
      [4, 5],
    ]);
    expect(seen[5]).toEqual([0, 1]);
  });
});

describe('Runner with seedEpisodes', () => {
  it('makes an episode depend only on the run seed and its index (the hole of episode 7 is the same whatever came before)', async () => {
    const { makeEnv } = await import('../../src/envs/index.ts');
    const { makeAgent } = await import('../../src/agents/index.ts');
    type ReinforceAgent = import('../../src/agents/index.ts').ReinforceAgent;
    const holeAt = (firstEpisode: number, skip: number) => {
      const env = makeEnv('JumpHole-v0');
      const agent = makeAgent('reinforce', env, { seed: firstEpisode + skip });
      const runner = new Runner(env, agent as ReinforceAgent, {
        seed: 'run',
        seedEpisodes: true,
        firstEpisode,
      });
      runner.run({ episodes: skip });
      runner.reset();
      return (env.unwrapped as unknown as { holeStart: number }).holeStart;
    };
    expect(holeAt(0, 7)).toBe(holeAt(7, 0));
    expect(holeAt(3, 4)).toBe(holeAt(7, 0));
    expect(holeAt(0, 8)).not.toBe(holeAt(7, 0));
  });

  it('advance() steps like run() without collecting statistics', () => {
    const a = new QLearningAgent({ nStates: 8, nActions: 2, seed: 5 });
    const b = new QLearningAgent({ nStates: 8, nActions: 2, seed: 5 });
    new Runner(new TimeLimit(new ChainEnv(8), 40), a, { seed: 1 }).run({ steps: 5000 });
    new Runner(new TimeLimit(new ChainEnv(8), 40), b, { seed: 1 }).advance(5000);
    expect(Array.from(b.q)).toEqual(Array.from(a.q));
  });
});
