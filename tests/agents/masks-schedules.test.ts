/** Action masks honoured by every tabular agent, and the ε schedules. */
import { describe, expect, it } from 'vitest';
import { makeAgent, TABULAR_AGENT_KINDS } from '../../src/agents/index.ts';
import { QLearningAgent } from '../../src/agents/q-learning.ts';
import { scheduledEpsilon } from '../../src/agents/tabular-config.ts';
import { Discrete } from '../../src/envs/spaces.ts';
import type { Env } from '../../src/envs/types.ts';
import { Runner } from '../../src/train/runner.ts';
import { tr } from './transition.ts';

/**
 * A two-state env whose state 0 allows actions 1 and 3 only (of 4) and whose state 1 allows all;
 * an illegal action throws. Episodes: 0 → 1 → end.
 */
function maskedEnv(): Env<number, number> & { illegal: number } {
  const mask = new Uint8Array(4);
  const info = { success: false, actionMask: mask };
  let s = 0;
  const env = {
    illegal: 0,
    observationSpace: new Discrete(2),
    actionSpace: new Discrete(4),
    spec: { id: 'Masked-test', options: {} },
    reset() {
      s = 0;
      mask.set([0, 1, 0, 1]);
      return { observation: 0, info };
    },
    step(a: number) {
      if (mask[a] !== 1) env.illegal++;
      const done = s === 1;
      s = 1;
      mask.set([1, 1, 1, 1]);
      return { observation: 1, reward: a === 3 ? 1 : 0, terminated: done, truncated: false, info };
    },
  };
  return env;
}

describe('action masks', () => {
  it.each(TABULAR_AGENT_KINDS)('%s only ever takes legal actions, exploring or not', (kind) => {
    for (const epsilon of [0, 0.5, 1]) {
      const env = maskedEnv();
      const agent = makeAgent(kind, env, { epsilon, seed: 3, initialQ: kind === 'q-learning' ? 0 : 1 });
      // A large value on an illegal action must not lure the greedy choice there.
      agent.q[0] = 100;
      if ('q1' in agent) agent.q1[0] = 50;
      new Runner(env, agent).run({ episodes: 300 });
      expect(env.illegal).toBe(0);
    }
  });

  it('takes the maximum of the target over the legal next actions only', () => {
    const agent = new QLearningAgent({ nStates: 2, nActions: 4, alpha: 1, gamma: 1 });
    agent.q.set([9, 1, 9, 2], 4);
    agent.learn(tr(0, 0, 0, 1, false, false, [0, 1, 0, 1]));
    expect(agent.q[0]).toBe(2);
    expect(agent.greedyAction(1, [0, 1, 0, 1])).toBe(3);
    expect(agent.maxQ(1, [1, 0, 0, 0])).toBe(9);
  });

  it('refuses a mask with no legal action, naming the agent', () => {
    const agent = new QLearningAgent({ nStates: 1, nActions: 2, epsilon: 1 });
    expect(() => agent.act(0, [0, 0])).toThrow(/q-learning agent: the action mask allows no action/);
  });
});

describe('ε schedules', () => {
  it('linear falls to its floor over N episodes, then stays', () => {
    const s = { kind: 'linear', floor: 0.1, episodes: 10 } as const;
    expect(scheduledEpsilon(s, 1, 0)).toBe(1);
    expect(scheduledEpsilon(s, 1, 5)).toBeCloseTo(0.55, 12);
    expect(scheduledEpsilon(s, 1, 10)).toBe(0.1);
    expect(scheduledEpsilon(s, 1, 1e6)).toBe(0.1);
  });

  it('exponential multiplies by the decay each episode, down to the floor', () => {
    const s = { kind: 'exponential', floor: 0.05, decay: 0.5 } as const;
    expect([0, 1, 2, 3, 4, 5].map((k) => scheduledEpsilon(s, 0.8, k))).toEqual([
      0.8, 0.4, 0.2, 0.1, 0.05, 0.05,
    ]);
  });

  it('moves on at each episode the agent learns from, survives a save and follows a live ε₀', () => {
    const agent = new QLearningAgent({
      nStates: 2,
      nActions: 2,
      epsilon: 1,
      epsilonSchedule: { kind: 'linear', floor: 0, episodes: 4 },
    });
    agent.learn(tr(0, 0, 0, 1, true));
    agent.learn(tr(0, 0, 0, 1, false, true));
    expect(agent.currentEpsilon).toBeCloseTo(0.5, 12);
    const loaded = QLearningAgent.fromJSON(JSON.parse(JSON.stringify(agent.toJSON())));
    expect(loaded.currentEpsilon).toBeCloseTo(0.5, 12);
    loaded.params.epsilon = 0.5; // ε₀ = 0.5 after 2 of 4 episodes: 0.25
    expect(loaded.currentEpsilon).toBeCloseTo(0.25, 12);
  });

  it('refuses a schedule that cannot work, naming the field', () => {
    expect(
      () =>
        new QLearningAgent({
          nStates: 1,
          nActions: 1,
          epsilonSchedule: { kind: 'linear', floor: 2, episodes: 0 } as never,
        }),
    ).toThrow(/epsilonSchedule\.floor: must be ≤ 1, got 2; epsilonSchedule\.episodes: must be ≥ 1, got 0/);
  });
});
