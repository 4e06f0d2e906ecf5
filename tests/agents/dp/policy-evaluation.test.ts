/**
 * Policy evaluation against V^π worked by hand, and the learners' policies as tables (the ε-greedy
 * tie split of Expected SARSA, the greedy rollout's lowest-index ties).
 */
import { describe, expect, it } from 'vitest';
import { epsilonGreedyPolicy, greedyPolicy, policyEvaluation } from '../../../src/agents/dp/index.ts';
import { AgentRangeError } from '../../../src/agents/errors.ts';
import { expectedValue } from '../../../src/agents/expected-sarsa.ts';
import { modelOf } from './maze-model.ts';

/** π for every cell of a 1 × 2 maze: S's row, and the (unread) row of G. */
const policyOfS = (row: number[]) => new Float64Array([...row, 0, 0, 0, 0]);

describe('V^π of the uniform random policy on S G', () => {
  // From S, right enters G (+1, terminal); up, down and left bump (0, stay):
  //   V = ¼·1 + ¾·γ·V   ⇒   V = 0.25 / (1 − 0.75γ).
  const model = modelOf(['SG']);
  const uniform = policyOfS([0.25, 0.25, 0.25, 0.25]);

  it('γ 0.9: V = 0.25 / 0.325 = 10/13', () => {
    const r = policyEvaluation(model, 0.9, uniform);
    expect(r.converged).toBe(true);
    expect(r.v[0]).toBeCloseTo(10 / 13, 9);
    expect(r.v[1]).toBe(0);
    // Q^π(S, right) = 1; a bump: γ·V = 0.9·10/13 = 9/13.
    expect(Array.from(r.q.subarray(0, 4))).toEqual(
      [9 / 13, 1, 9 / 13, 9 / 13].map((x) => expect.closeTo(x, 9)),
    );
  });

  it('γ 1: V = 1 (the goal is reached with probability 1)', () => {
    const r = policyEvaluation(model, 1, uniform);
    expect(r.converged).toBe(true);
    expect(r.v[0]).toBeCloseTo(1, 9);
  });

  it('a policy that never moves right, γ 1: V = 0 and Q(S, right) = 1', () => {
    const r = policyEvaluation(model, 1, policyOfS([1, 0, 0, 0]));
    expect(r.v[0]).toBe(0);
    expect(r.q[1]).toBe(1);
  });

  it('stops at maxSweeps unconverged', () => {
    const r = policyEvaluation(model, 0.9, uniform, { maxSweeps: 3 });
    expect(r).toMatchObject({ sweeps: 3, converged: false });
    // In place, one state: V_k = 0.25·Σ_{j<k} (0.675)^j.
    expect(r.v[0]).toBeCloseTo(0.25 * (1 + 0.675 + 0.675 ** 2), 15);
  });

  it('refuses a π of the wrong length or a row that is not a distribution', () => {
    const codeOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(AgentRangeError);
        return [(e as AgentRangeError).code, (e as AgentRangeError).values];
      }
      return 'no error';
    };
    expect(codeOf(() => policyEvaluation(model, 0.9, new Float64Array(4)))).toEqual([
      'dp-length-mismatch',
      { name: 'pi', length: 4, expected: 8 },
    ]);
    expect(codeOf(() => policyEvaluation(model, 0.9, policyOfS([0.5, 0.25, 0, 0])))).toEqual([
      'dp-policy-not-distribution',
      { state: 0, sum: '0.75' },
    ]);
    expect(codeOf(() => policyEvaluation(model, 0.9, policyOfS([1.5, -0.5, 0, 0])))[0]).toBe(
      'dp-policy-not-distribution',
    );
  });
});

describe('the learners’ policies as tables', () => {
  const model = modelOf(['SG']);

  it('ε-greedy: ε/4 each, and (1 − ε)/k more to each of the k tied maxima', () => {
    const q = new Float64Array([1, 1, 0, 1, 0, 0, 0, 0]);
    const pi = epsilonGreedyPolicy(q, model, 0.2);
    const tied = 0.05 + 0.8 / 3;
    expect(Array.from(pi.subarray(0, 4))).toEqual([tied, tied, 0.05, tied].map((x) => expect.closeTo(x, 15)));
    // G is not live: its row is 0.
    expect(Array.from(pi.subarray(4))).toEqual([0, 0, 0, 0]);
    // The same weights as Expected SARSA's target.
    const weighted = pi[0] * q[0] + pi[1] * q[1] + pi[2] * q[2] + pi[3] * q[3];
    expect(weighted).toBeCloseTo(expectedValue(q, 0, 4, 0.2), 15);
  });

  it('ε-greedy with one maximum, ε 0 and ε 1; into a given array', () => {
    const q = new Float64Array([0, 2, 1, 0, 0, 0, 0, 0]);
    const out = new Float64Array(8).fill(9);
    expect(epsilonGreedyPolicy(q, model, 0.1, out)).toBe(out);
    expect(Array.from(out)).toEqual(
      [0.025, 0.925, 0.025, 0.025, 0, 0, 0, 0].map((x) => expect.closeTo(x, 15)),
    );
    expect(Array.from(epsilonGreedyPolicy(q, model, 0).subarray(0, 4))).toEqual([0, 1, 0, 0]);
    expect(Array.from(epsilonGreedyPolicy(q, model, 1).subarray(0, 4))).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it('greedy: one action per live cell, the lowest index on ties', () => {
    const q = new Float64Array([0, 3, 1, 3, 0, 0, 0, 0]);
    expect(Array.from(greedyPolicy(q, model))).toEqual([0, 1, 0, 0, 0, 0, 0, 0]);
  });

  it('refuses ε outside [0, 1]', () => {
    expect(() => epsilonGreedyPolicy(new Float64Array(8), model, 1.1)).toThrow(AgentRangeError);
  });
});
