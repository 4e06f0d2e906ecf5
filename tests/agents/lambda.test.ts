/** SARSA(λ) and Watkins's Q(λ): traces worked by hand (replacing vs accumulating, the cut). */
import { describe, expect, it } from 'vitest';
import { QLambdaAgent } from '../../src/agents/q-lambda.ts';
import { SarsaAgent } from '../../src/agents/sarsa.ts';
import { SarsaLambdaAgent } from '../../src/agents/sarsa-lambda.ts';
import { Rng } from '../../src/core/rng.ts';
import { tr } from './transition.ts';

describe('replacing vs accumulating traces', () => {
  // A self-loop: state 0, one action, r = 1, α = 0.5, γ = 1, λ = 0.5, Q = 0.
  // Step 1: δ = 1 + 0 − 0 = 1, e = 1, Q = 0.5, then e = 0.5 (both kinds).
  // Step 2: δ = 1 + 0.5 − 0.5 = 1. Accumulating: e = 0.5 + 1 = 1.5, Q = 0.5 + 0.5·1.5 = 1.25.
  //         Replacing: e = 1, Q = 0.5 + 0.5·1 = 1.
  const loop = (traces: 'replacing' | 'accumulating') => {
    const agent = new SarsaLambdaAgent({
      nStates: 1,
      nActions: 1,
      alpha: 0.5,
      gamma: 1,
      lambda: 0.5,
      traces,
    });
    agent.learn(tr(0, 0, 1, 0));
    expect(agent.q[0]).toBeCloseTo(0.5, 12);
    expect(agent.traces[0]).toBeCloseTo(0.5, 12);
    agent.learn(tr(0, 0, 1, 0));
    return agent;
  };

  it('accumulating adds 1 to the trace on a revisit', () => {
    const agent = loop('accumulating');
    expect(agent.q[0]).toBeCloseTo(1.25, 12);
    expect(agent.traces[0]).toBeCloseTo(0.75, 12); // 1.5 · γλ
  });

  it('replacing sets the trace to 1', () => {
    const agent = loop('replacing');
    expect(agent.q[0]).toBeCloseTo(1, 12);
    expect(agent.traces[0]).toBeCloseTo(0.5, 12);
  });
});

describe('SARSA(λ)', () => {
  it('spreads δ back along the trace and clears traces at the episode end', () => {
    // Chain 0 → 1 → 2 (terminal), one action, α = 0.5, γ = 0.9, λ = 0.8.
    const agent = new SarsaLambdaAgent({ nStates: 3, nActions: 1, alpha: 0.5, gamma: 0.9, lambda: 0.8 });
    agent.learn(tr(0, 0, 0, 1)); // δ = 0: Q stays 0, e(0) = 0.72
    expect(agent.traces[0]).toBeCloseTo(0.72, 12);
    expect(agent.tracedCount).toBe(1);
    agent.learn(tr(1, 0, 1, 2, true));
    // δ = 1 − Q(1) = 1; e(1) = 1, e(0) = 0.72: Q(1) = 0.5, Q(0) = 0.5·0.72 = 0.36
    expect(agent.q[1]).toBeCloseTo(0.5, 12);
    expect(agent.q[0]).toBeCloseTo(0.36, 12);
    expect(agent.tracedCount).toBe(0);
    expect(Array.from(agent.traces)).toEqual([0, 0, 0]);
  });

  it('with λ = 0 is SARSA, draw for draw', () => {
    const rng = new Rng(11);
    const a = new SarsaLambdaAgent({ nStates: 5, nActions: 3, lambda: 0, seed: 2 });
    const b = new SarsaAgent({ nStates: 5, nActions: 3, seed: 2 });
    let s = 0;
    for (let i = 0; i < 2000; i++) {
      const x = a.act(s);
      expect(b.act(s)).toBe(x);
      const s2 = rng.int(5);
      const done = rng.random() < 0.1;
      const r = rng.random();
      a.learn(tr(s, x, r, s2, done));
      b.learn(tr(s, x, r, s2, done));
      s = done ? 0 : s2;
    }
    expect(Array.from(a.q)).toEqual(Array.from(b.q));
  });

  it('lists only the traced cells, however large the table', () => {
    const agent = new SarsaLambdaAgent({ nStates: 10_000, nActions: 4, lambda: 0.9, gamma: 0.9 });
    let s = 0;
    for (let i = 0; i < 50; i++) {
      const a = agent.act(s);
      agent.learn(tr(s, a, 0, s + 1));
      s++;
    }
    expect(agent.tracedCount).toBe(50);
    const listed = new Set(Array.from(agent.traced.subarray(0, agent.tracedCount)));
    for (let i = 0; i < agent.traces.length; i++) expect(agent.traces[i] !== 0).toBe(listed.has(i));
  });
});

describe("Watkins's Q(λ)", () => {
  // Q(1,·) = [2, 0]; α = 0.5, γ = 0.9, λ = 0.8, ε = 1 (A′ is random: greedy or not by the draw).
  // Step 1 (0, a0, r = 1 → 1): δ = 1 + 0.9·2 − 0 = 2.8, e(0,0) = 1, Q(0,0) = 1.4.
  // If A′ = 0 (greedy) e(0,0) = 0.72; if A′ = 1 (exploratory) every trace is cut to 0.
  it('cuts the traces after an exploratory next action, and decays them after a greedy one', () => {
    const cases = new Set<string>();
    for (let seed = 0; seed < 16; seed++) {
      const agent = new QLambdaAgent({
        nStates: 3,
        nActions: 2,
        alpha: 0.5,
        gamma: 0.9,
        lambda: 0.8,
        epsilon: 1,
        seed,
      });
      agent.q[2] = 2;
      agent.learn(tr(0, 0, 1, 1));
      expect(agent.q[0]).toBeCloseTo(1.4, 12);
      const next = agent.act(1); // the committed A′
      if (next === 0) {
        expect(agent.traces[0]).toBeCloseTo(0.72, 12);
        // Step 2 (1, a0, r = 0 → 2): δ = 0 + 0.9·0 − 2 = −2; Q(1,0) = 2 − 1 = 1, Q(0,0) = 1.4 − 0.72 = 0.68
        agent.learn(tr(1, 0, 0, 2));
        expect(agent.q[2]).toBeCloseTo(1, 12);
        expect(agent.q[0]).toBeCloseTo(0.68, 12);
        cases.add('greedy');
      } else {
        expect(agent.tracedCount).toBe(0);
        expect(agent.traces[0]).toBe(0);
        cases.add('exploratory');
      }
    }
    expect(cases).toEqual(new Set(['greedy', 'exploratory']));
  });

  it('counts a next action tied at the maximum as greedy', () => {
    const agent = new QLambdaAgent({
      nStates: 2,
      nActions: 2,
      alpha: 0.5,
      gamma: 1,
      lambda: 1,
      epsilon: 1,
      seed: 4,
    });
    for (let i = 0; i < 20; i++) {
      agent.learn(tr(0, 0, 0, 1)); // Q(1,·) = [0, 0]: either A′ is greedy
      expect(agent.tracedCount).toBe(1);
      agent.act(1);
      agent.learn(tr(1, 0, 0, 0, true));
    }
  });
});
