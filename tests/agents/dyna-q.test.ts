/** Dyna-Q's planning step and Dyna-Q+'s κ√τ bonus, worked by hand. */
import { describe, expect, it } from 'vitest';
import { DynaQAgent } from '../../src/agents/dyna-q.ts';
import { QLearningAgent } from '../../src/agents/q-learning.ts';
import { Rng } from '../../src/core/rng.ts';
import { tr } from './transition.ts';

describe('Dyna-Q', () => {
  it('replays a modelled transition as a Q-learning update', () => {
    const agent = new DynaQAgent({ nStates: 3, nActions: 1, alpha: 0.5, gamma: 1, planningSteps: 1 });
    agent.learn(tr(0, 0, 1, 1));
    // Direct: Q(0) = 0 + 0.5·(1 + 0 − 0) = 0.5. Model: (0,0) → (r 1, s′ 1).
    // Planning (the only known pair): Q(0) = 0.5 + 0.5·(1 + 0 − 0.5) = 0.75.
    expect(agent.q[0]).toBeCloseTo(0.75, 12);
    expect(agent.planningUpdates).toBe(1);
    expect(agent.modelSize).toBe(1);
    expect(Array.from(agent.modelKnown)).toEqual([1, 0, 0]);
  });

  it('adds κ√τ to a planned reward, τ the real steps since the pair was tried (Dyna-Q+)', () => {
    // Step 1 as above (τ = 0 for its planning: no bonus) → Q(0) = 0.75.
    // Step 2: (1, a0, r 0) terminal: direct Q(1) = 0. Planning draws one of the 2 known pairs:
    // (0,0) with τ = 2 − 1 = 1: r = 1 + 0.5·√1 = 1.5, Q(0) = 0.75 + 0.5·(1.5 + Q(1) − 0.75) = 1.125;
    // (1,0) terminal with τ = 0: Q(1) = 0.
    const picks = new Set<number>();
    for (let seed = 0; seed < 10; seed++) {
      const agent = new DynaQAgent({
        nStates: 3,
        nActions: 1,
        alpha: 0.5,
        gamma: 1,
        planningSteps: 1,
        kappa: 0.5,
        seed,
      });
      agent.learn(tr(0, 0, 1, 1));
      expect(agent.q[0]).toBeCloseTo(0.75, 12);
      agent.learn(tr(1, 0, 0, 2, true));
      // The agent's draws: one for step 1's planning (int(1)), then int(2) for step 2's.
      const rng = new Rng(seed);
      rng.random();
      const pick = rng.int(2);
      picks.add(pick);
      if (pick === 0) expect(agent.q[0]).toBeCloseTo(1.125, 12);
      else expect(agent.q[0]).toBeCloseTo(0.75, 12);
      expect(agent.q[1]).toBe(0);
    }
    expect(picks).toEqual(new Set([0, 1]));
  });

  it('with n = 0 is Q-learning exactly, draw for draw', () => {
    const rng = new Rng(3);
    const a = new DynaQAgent({ nStates: 6, nActions: 4, planningSteps: 0, kappa: 0.1, seed: 9 });
    const b = new QLearningAgent({ nStates: 6, nActions: 4, seed: 9 });
    let s = 0;
    for (let i = 0; i < 3000; i++) {
      const x = a.act(s);
      expect(b.act(s)).toBe(x);
      const s2 = rng.int(6);
      const done = rng.random() < 0.05;
      const r = rng.random();
      a.learn(tr(s, x, r, s2, done));
      b.learn(tr(s, x, r, s2, done));
      s = done ? 0 : s2;
    }
    expect(Array.from(a.q)).toEqual(Array.from(b.q));
    expect(a.planningUpdates).toBe(0);
  });
});
