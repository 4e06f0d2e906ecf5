/** n-step SARSA's return and its flush at the episode's end, worked by hand. */
import { describe, expect, it } from 'vitest';
import { NStepSarsaAgent } from '../../src/agents/n-step-sarsa.ts';
import { SarsaAgent } from '../../src/agents/sarsa.ts';
import { Rng } from '../../src/core/rng.ts';
import { tr } from './transition.ts';

// A chain 0 → 1 → 2 → 3 with one action, n = 2, γ = 0.5, α = 0.5, Q(1) = 4, Q(2) = 8, Q(3) = 10.
const chain = () => {
  const agent = new NStepSarsaAgent({ nStates: 4, nActions: 1, nSteps: 2, alpha: 0.5, gamma: 0.5 });
  agent.q.set([0, 4, 8, 10]);
  return agent;
};

describe('n-step SARSA', () => {
  it('waits n steps, then bootstraps from Q(S_τ+n, A_τ+n)', () => {
    const agent = chain();
    agent.learn(tr(0, 0, 1, 1));
    expect(agent.q[0]).toBe(0); // one reward in the window: nothing due yet
    expect(agent.pendingCount).toBe(1);
    agent.learn(tr(1, 0, 2, 2));
    // G_0:2 = 1 + 0.5·2 + 0.25·Q(2) = 1 + 1 + 2 = 4;  Q(0) = 0 + 0.5·(4 − 0) = 2
    expect(agent.q[0]).toBeCloseTo(2, 12);
    expect(agent.pendingCount).toBe(1);
    expect(agent.pendingStates[0]).toBe(1);
  });

  it('flushes every pending update at a terminal step, with no bootstrap', () => {
    const agent = chain();
    agent.learn(tr(0, 0, 1, 1));
    agent.learn(tr(1, 0, 2, 2));
    agent.learn(tr(2, 0, 3, 3, true));
    // τ = 1: G = 2 + 0.5·3 = 3.5 → Q(1) = 4 + 0.5·(3.5 − 4) = 3.75
    // τ = 2: G = 3           → Q(2) = 8 + 0.5·(3 − 8) = 5.5
    expect(agent.q[1]).toBeCloseTo(3.75, 12);
    expect(agent.q[2]).toBeCloseTo(5.5, 12);
    expect(agent.q[3]).toBe(10);
    expect(agent.pendingCount).toBe(0);
  });

  it('flushes at a truncated step bootstrapping from Q(S′, A′)', () => {
    const agent = chain();
    agent.learn(tr(0, 0, 1, 1));
    agent.learn(tr(1, 0, 2, 2));
    agent.learn(tr(2, 0, 3, 3, false, true));
    // τ = 1: G = 2 + 0.5·3 + 0.25·Q(3) = 6   → Q(1) = 4 + 0.5·(6 − 4) = 5
    // τ = 2: G = 3 + 0.5·Q(3) = 8            → Q(2) = 8 + 0.5·(8 − 8) = 8
    expect(agent.q[1]).toBeCloseTo(5, 12);
    expect(agent.q[2]).toBeCloseTo(8, 12);
    expect(agent.pendingCount).toBe(0);
  });

  it('applies the updates that became due when n is lowered mid-episode', () => {
    const agent = new NStepSarsaAgent({ nStates: 5, nActions: 1, nSteps: 3, alpha: 1, gamma: 1 });
    agent.learn(tr(0, 0, 1, 1));
    agent.learn(tr(1, 0, 1, 2));
    expect(agent.pendingCount).toBe(2);
    agent.params.nSteps = 1;
    agent.learn(tr(2, 0, 1, 3));
    // All three are due with n = 1: G_0 = 1 + Q(1) = 1, G_1 = 1 + Q(2) = 1, G_2 = 1 + Q(3) = 1.
    expect(Array.from(agent.q.subarray(0, 3))).toEqual([1, 1, 1]);
    expect(agent.pendingCount).toBe(0);
  });

  it('with n = 1 is SARSA, draw for draw', () => {
    const rng = new Rng(7);
    const a = new NStepSarsaAgent({ nStates: 6, nActions: 3, nSteps: 1, seed: 5 });
    const b = new SarsaAgent({ nStates: 6, nActions: 3, seed: 5 });
    let s = 0;
    for (let i = 0; i < 3000; i++) {
      const x = a.act(s);
      expect(b.act(s)).toBe(x);
      const s2 = rng.int(6);
      const r = rng.random() - 0.5;
      const done = rng.random() < 0.1;
      a.learn(tr(s, x, r, s2, done));
      b.learn(tr(s, x, r, s2, done));
      s = done ? 0 : s2;
    }
    expect(Array.from(a.q)).toEqual(Array.from(b.q));
  });

  it('refuses n outside 1…1000 as a live param, keeping the old one', () => {
    const agent = chain();
    expect(() => {
      agent.params.nSteps = 0;
    }).toThrow(/nSteps/);
    expect(() => {
      agent.params.nSteps = 2.5;
    }).toThrow(/whole number/);
    expect(agent.params.nSteps).toBe(2);
  });
});
