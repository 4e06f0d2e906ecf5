/** Expected SARSA's expectation (the tie split, masks) and Double Q's cross-evaluation, by hand. */
import { describe, expect, it } from 'vitest';
import { DoubleQAgent } from '../../src/agents/double-q.ts';
import { ExpectedSarsaAgent, expectedValue } from '../../src/agents/expected-sarsa.ts';
import { Rng } from '../../src/core/rng.ts';
import { tr } from './transition.ts';

describe('Expected SARSA', () => {
  it('splits the greedy share evenly among tied maxima', () => {
    // Q(s′,·) = [2, 2, 1], ε = 0.3: each action ε/3 = 0.1, the two tied maxima (1 − ε)/2 = 0.35 more.
    // E = 0.45·2 + 0.45·2 + 0.1·1 = 1.9. Giving each tie the whole 0.7 would make it 3.3.
    const q = Float64Array.from([2, 2, 1]);
    expect(expectedValue(q, 0, 3, 0.3)).toBeCloseTo(1.9, 12);
    // Four tied maxima of 4 and a 0, ε = 0.5: 0.1·(4·4 + 0) + 0.5·4 = 3.6.
    expect(expectedValue(Float64Array.from([4, 4, 0, 4, 4]), 0, 5, 0.5)).toBeCloseTo(3.6, 12);
  });

  it('takes the expectation over the legal actions only', () => {
    // Q(s′,·) = [2, 5, 1] with action 1 illegal: ε/2 = 0.15 each, the greedy 0 gets 0.7 more.
    // E = 0.85·2 + 0.15·1 = 1.85 (the illegal 5 would otherwise dominate).
    expect(expectedValue(Float64Array.from([2, 5, 1]), 0, 3, 0.3, [1, 0, 1])).toBeCloseTo(1.85, 12);
  });

  it('updates towards R + γ·E_π[Q(S′,·)] and does not bootstrap at a terminal step', () => {
    const agent = new ExpectedSarsaAgent({ nStates: 2, nActions: 3, epsilon: 0.3, alpha: 0.5, gamma: 0.9 });
    agent.q.set([2, 2, 1], 3);
    // target = 1 + 0.9·1.9 = 2.71; Q(0,0) = 0 + 0.5·2.71 = 1.355
    agent.learn(tr(0, 0, 1, 1));
    expect(agent.q[0]).toBeCloseTo(1.355, 12);
    // terminal: target = −1; Q(0,1) = 0 + 0.5·(−1) = −0.5
    agent.learn(tr(0, 1, -1, 1, true));
    expect(agent.q[1]).toBeCloseTo(-0.5, 12);
  });

  it('uses the ε in force under its schedule', () => {
    const agent = new ExpectedSarsaAgent({
      nStates: 2,
      nActions: 2,
      epsilon: 1,
      alpha: 1,
      gamma: 1,
      epsilonSchedule: { kind: 'exponential', floor: 0, decay: 0.5 },
    });
    agent.q.set([4, 0], 2);
    agent.learn(tr(0, 0, 0, 1, true)); // one episode: ε = 0.5 from now on
    expect(agent.currentEpsilon).toBe(0.5);
    // E = 0.5·(4 + 0)/2 + 0.5·4 = 3
    agent.learn(tr(0, 1, 0, 1));
    expect(agent.q[1]).toBeCloseTo(3, 12);
  });
});

describe('Double Q-learning', () => {
  // Q1(1,·) = [1, 3], Q2(1,·) = [4, 2]. Updating Q1: A* = argmax Q1 = 1, evaluated by Q2: 2.
  // Updating Q2: A* = argmax Q2 = 0, evaluated by Q1: 1. With r = 0, α = 0.5, γ = 1 from 0:
  // Q1(0,0) = 0.5·2 = 1, or Q2(0,0) = 0.5·1 = 0.5.
  const setUp = (seed: number) => {
    const agent = new DoubleQAgent({ nStates: 2, nActions: 2, alpha: 0.5, gamma: 1, seed });
    agent.q1.set([1, 3], 2);
    agent.q2.set([4, 2], 2);
    return agent;
  };

  it('evaluates one table’s greedy action with the other table, picking the table with its generator', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 12; seed++) {
      const agent = setUp(seed);
      // The constructor draws nothing: the update's coin is the generator's first draw.
      const first = new Rng(seed).random() < 0.5;
      agent.learn(tr(0, 0, 0, 1));
      if (first) {
        expect(agent.q1[0]).toBeCloseTo(1, 12);
        expect(agent.q2[0]).toBe(0);
      } else {
        expect(agent.q2[0]).toBeCloseTo(0.5, 12);
        expect(agent.q1[0]).toBe(0);
      }
      expect(agent.q[0]).toBe(agent.q1[0] + agent.q2[0]);
      seen.add(first ? 'Q1' : 'Q2');
    }
    expect(seen).toEqual(new Set(['Q1', 'Q2']));
  });

  it('acts greedily on Q1 + Q2', () => {
    const agent = new DoubleQAgent({ nStates: 2, nActions: 2, epsilon: 0, seed: 1 });
    // Q1 alone prefers action 1; the sum [6, 5] prefers action 0.
    agent.q1.set([2, 3], 2);
    agent.q2.set([4, 2], 2);
    agent.q.set([6, 5], 2);
    for (let i = 0; i < 20; i++) expect(agent.act(1)).toBe(0);
    // An update keeps q = q1 + q2 in the cell it touches.
    agent.learn(tr(1, 1, 1, 0, true));
    expect(agent.q[3]).toBe(agent.q1[3] + agent.q2[3]);
  });

  it('updates each table about half the time', () => {
    const agent = new DoubleQAgent({ nStates: 1, nActions: 1, alpha: 0.01, gamma: 0, seed: 3 });
    let firstUpdates = 0;
    for (let i = 0; i < 2000; i++) {
      const q1 = agent.q1[0];
      agent.learn(tr(0, 0, 1, 0, true));
      if (agent.q1[0] !== q1) firstUpdates++;
    }
    // Binomial(2000, ½): 1000 ± 3.5σ (σ ≈ 22.4)
    expect(Math.abs(firstUpdates - 1000)).toBeLessThan(80);
  });
});
