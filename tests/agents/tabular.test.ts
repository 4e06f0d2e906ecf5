import { describe, expect, it } from 'vitest';
import { QLearningAgent } from '../../src/agents/q-learning.ts';
import { SarsaAgent } from '../../src/agents/sarsa.ts';
import { AgentFormatError } from '../../src/agents/saved-agent.ts';
import type { Transition } from '../../src/agents/types.ts';

const tr = (
  s: number,
  a: number,
  r: number,
  s2: number,
  terminated = false,
  truncated = false,
): Transition<number> => ({
  observation: s,
  action: a,
  reward: r,
  nextObservation: s2,
  terminated,
  truncated,
});

describe('QLearningAgent update arithmetic', () => {
  it('matches a worked example computed by hand', () => {
    const agent = new QLearningAgent({ nStates: 3, nActions: 2, alpha: 0.5, gamma: 0.9, seed: 1 });
    // Q(1,0) = 2, Q(1,1) = 4 so max_a Q(1,a) = 4.
    agent.q[1 * 2 + 0] = 2;
    agent.q[1 * 2 + 1] = 4;
    agent.q[0 * 2 + 1] = 1;
    // Q(0,1) ← 1 + 0.5 (−1 + 0.9·4 − 1) = 1 + 0.5·1.6 = 1.8
    agent.learn(tr(0, 1, -1, 1));
    expect(agent.q[1]).toBeCloseTo(1.8, 12);
    // A second update from the new value: 1.8 + 0.5 (0 + 3.6 − 1.8) = 2.7
    agent.learn(tr(0, 1, 0, 1));
    expect(agent.q[1]).toBeCloseTo(2.7, 12);
  });

  it('does not bootstrap on termination but does on truncation', () => {
    const a = new QLearningAgent({ nStates: 2, nActions: 1, alpha: 1, gamma: 0.9, seed: 1 });
    a.q[1] = 10;
    a.learn(tr(0, 0, 1, 1, true));
    expect(a.q[0]).toBe(1);
    a.learn(tr(0, 0, 1, 1, false, true));
    expect(a.q[0]).toBeCloseTo(1 + 0.9 * 10, 12);
  });

  it('reads live params on every call', () => {
    const a = new QLearningAgent({ nStates: 2, nActions: 2, alpha: 0.1, seed: 1 });
    a.params.alpha = 1;
    a.learn(tr(0, 0, 5, 1, true));
    expect(a.q[0]).toBe(5);
    // ε = 1: every action is uniform random; ε = 0: always greedy.
    a.params.epsilon = 0;
    for (let i = 0; i < 50; i++) expect(a.act(0)).toBe(0);
    a.params.epsilon = 1;
    const seen = new Set<number>();
    for (let i = 0; i < 50; i++) seen.add(a.act(0));
    expect(seen).toEqual(new Set([0, 1]));
  });

  it('breaks ties at random in act and by lowest index in greedyAction', () => {
    const a = new QLearningAgent({ nStates: 1, nActions: 4, epsilon: 0, seed: 3 });
    a.q.set([0, 2, 2, 1]);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 2000; i++) counts[a.act(0)]++;
    expect(counts[0]).toBe(0);
    expect(counts[3]).toBe(0);
    expect(counts[1]).toBeGreaterThan(850);
    expect(counts[2]).toBeGreaterThan(850);
    expect(a.greedyAction(0)).toBe(1);
  });

  it('same seed gives the same action stream; a different seed differs', () => {
    const draw = (seed: number) => {
      const a = new QLearningAgent({ nStates: 1, nActions: 4, epsilon: 0.5, seed });
      return Array.from({ length: 64 }, () => a.act(0));
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('rejects bad config with a message naming the field', () => {
    expect(() => new QLearningAgent({ nStates: 0, nActions: 2 })).toThrow(/nStates/);
    expect(() => new QLearningAgent({ nStates: 2, nActions: 2, epsilon: 1.5 })).toThrow(/epsilon/);
    expect(() => new QLearningAgent({ nStates: 2, nActions: 2, alpha: Number.NaN })).toThrow(/alpha/);
  });
});

describe('SarsaAgent', () => {
  it('uses the action it will actually take next (on-policy), where Q-learning uses the max', () => {
    // From state 1 the greedy action is 1 (Q = 4), the other has Q = −10. With ε = 1 the committed
    // A′ is random; pick a seed whose first draw commits to action 0 and check the target used Q(1,0).
    const q = new QLearningAgent({ nStates: 2, nActions: 2, alpha: 1, gamma: 1, epsilon: 1, seed: 11 });
    q.q.set([0, 0, -10, 4]);
    q.learn(tr(0, 0, 0, 1));
    expect(q.q[0]).toBe(4);

    let found = false;
    for (let seed = 0; seed < 20 && !found; seed++) {
      const s = new SarsaAgent({ nStates: 2, nActions: 2, alpha: 1, gamma: 1, epsilon: 1, seed });
      s.q.set([0, 0, -10, 4]);
      s.learn(tr(0, 0, 0, 1));
      const next = s.act(1); // the committed A′
      expect(s.q[0]).toBe(next === 0 ? -10 : 4);
      if (next === 0) found = true;
    }
    expect(found).toBe(true);
  });

  it('returns the committed action on the next act for that state only', () => {
    const s = new SarsaAgent({ nStates: 3, nActions: 4, epsilon: 1, seed: 5 });
    s.learn(tr(0, 0, 0, 1));
    const committed = (s as unknown as { committedAction: number }).committedAction;
    expect(committed).toBeGreaterThanOrEqual(0);
    expect(s.act(1)).toBe(committed);
    // No commitment after termination.
    s.learn(tr(1, 0, 1, 2, true));
    expect((s as unknown as { committedAction: number }).committedAction).toBe(-1);
  });

  it('terminal transitions do not bootstrap', () => {
    const s = new SarsaAgent({ nStates: 2, nActions: 1, alpha: 1, seed: 1 });
    s.q[1] = 100;
    s.learn(tr(0, 0, 2, 1, true));
    expect(s.q[0]).toBe(2);
  });
});

describe('tabular serialization', () => {
  it('round-trips Q, params, provenance and the generator', () => {
    const a = new QLearningAgent({ nStates: 5, nActions: 4, epsilon: 0.3, seed: 'x' });
    for (let i = 0; i < 40; i++) a.learn(tr(i % 5, i % 4, i % 3, (i + 1) % 5, i % 10 === 9));
    a.params.alpha = 0.25;
    const json = JSON.parse(JSON.stringify(a.toJSON()));
    const b = QLearningAgent.fromJSON(json);
    expect(Array.from(b.q)).toEqual(Array.from(a.q));
    expect(b.params).toEqual(a.params);
    expect(b.provenance).toEqual({ seed: 'x', episodesTrained: 4, stepsTrained: 40 });
    const next = (x: QLearningAgent) => Array.from({ length: 30 }, (_, i) => x.act(i % 5));
    expect(next(b)).toEqual(next(a));
  });

  it('round-trips SARSA with its committed action', () => {
    const a = new SarsaAgent({ nStates: 3, nActions: 4, epsilon: 1, seed: 2 });
    a.learn(tr(0, 1, 0, 2));
    const b = SarsaAgent.fromJSON(JSON.stringify(a));
    expect(b.act(2)).toBe(a.act(2));
  });

  it('gives a clear error for malformed or mismatched files', () => {
    const good = new QLearningAgent({ nStates: 2, nActions: 2, seed: 1 }).toJSON();
    expect(() => QLearningAgent.fromJSON('{nope')).toThrow(AgentFormatError);
    expect(() => QLearningAgent.fromJSON('{nope')).toThrow(/not valid JSON/);
    expect(() => QLearningAgent.fromJSON({ ...good, format: 'other' })).toThrow(/: format: /);
    expect(() => QLearningAgent.fromJSON({ ...good, state: { ...good.state, q: [1, 2, 3] } })).toThrow(
      /state\.q: has 3 values.*2 × 2 = 4/,
    );
    expect(() => QLearningAgent.fromJSON({ ...good, state: { ...good.state, q: [1, 2, 'x', 4] } })).toThrow(
      /state\.q\.2: must be a finite number, got "x"/,
    );
    expect(() => QLearningAgent.fromJSON({ ...good, params: { ...good.params, epsilon: 2 } })).toThrow(
      /epsilon/,
    );
    expect(() => SarsaAgent.fromJSON(good)).toThrow(/holds a 'q-learning' agent, expected 'sarsa'/);
  });
});
