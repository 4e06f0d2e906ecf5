/**
 * How far a Q-table is from its reference, on hand-made tables: the value error, the cells whose
 * greedy action is not optimal, and whether the greedy path from S earns V*(S).
 */
import { describe, expect, it } from 'vitest';
import { DoubleQAgent } from '../../../src/agents/double-q.ts';
import {
  agentQEstimate,
  greedyReturn,
  onPolicyReference,
  optimalActions,
  referenceDistance,
  referenceKind,
  valueIteration,
} from '../../../src/agents/dp/index.ts';
import { TABULAR_AGENT_KINDS } from '../../../src/agents/types.ts';
import { modelOf } from './maze-model.ts';

it('referenceKind: Q-learning and kin aim at Q*, SARSA and kin at their own ε-greedy policy', () => {
  expect(Object.fromEntries(TABULAR_AGENT_KINDS.map((k) => [k, referenceKind(k)]))).toEqual({
    'q-learning': 'optimal',
    'double-q': 'optimal',
    'dyna-q': 'optimal',
    'q-lambda': 'optimal',
    sarsa: 'on-policy',
    'expected-sarsa': 'on-policy',
    'n-step-sarsa': 'on-policy',
    'sarsa-lambda': 'on-policy',
  });
});

describe('on the 3×3 maze S.. / .#. / ..G, γ 0.9 (V* by hand in value-iteration.test.ts)', () => {
  const model = modelOf(['S..', '.#.', '..G']);
  const star = valueIteration(model, 0.9);

  it('optimalActions: right and down at S; down at (1,2); a tolerance widens the set', () => {
    expect(optimalActions(star.q, 0)).toBe(0b0110);
    expect(optimalActions(star.q, 5)).toBe(0b0100);
    // Q*(1,2) = [0.81, 0.9, 1, 0.9]: within 0.1 of the max, right, down and left.
    expect(optimalActions(star.q, 5, 0.1 + 1e-12)).toBe(0b1110);
  });

  /** Q* with two cells spoiled: (0,2) prefers bumping up (0.95), (2,0) has lost its right (0.8). */
  function spoiled(): Float64Array {
    const q = star.q.slice();
    q[2 * 4 + 0] = 0.95;
    q[6 * 4 + 1] = 0.8;
    return q;
  }

  it('every live cell: the worst is (2,0), whose greedy action is now a bump (0.81 for V* 0.9)', () => {
    const d = referenceDistance(spoiled(), star.v, star.q, star.v, model, 0.9, {
      kind: 'optimal',
      epsilon: 0.1,
      visited: null,
    });
    expect(d.compared).toBe(7);
    expect(d.worstState).toBe(6);
    expect(d.maxError).toBeCloseTo(0.09, 12);
    expect(d.suboptimalCells).toBe(2);
    // S → right (ties go to the lowest index) → (0,1) → (0,2), which bumps up for ever: return 0.
    expect(d.greedyOptimal).toBe(false);
  });

  it('only visited cells: S, (0,1) and (0,2)', () => {
    const visited = [3, 1, 7, 0, 0, 0, 0, 0, 0];
    const d = referenceDistance(spoiled(), star.v, star.q, star.v, model, 0.9, {
      kind: 'optimal',
      epsilon: 0.1,
      visited,
    });
    expect(d).toMatchObject({ compared: 3, worstState: 2, suboptimalCells: 1, greedyOptimal: false });
    expect(d.maxError).toBeCloseTo(0.05, 12);
  });

  it('Q* itself: no error, no suboptimal cell, the greedy path earns V*(S); nothing visited compares nothing', () => {
    const opts = { kind: 'optimal' as const, epsilon: 0.1 };
    const d = referenceDistance(star.q, star.v, star.q, star.v, model, 0.9, { ...opts, visited: null });
    expect(d).toEqual({ maxError: 0, worstState: 0, compared: 7, greedyOptimal: true, suboptimalCells: 0 });
    const none = referenceDistance(star.q, star.v, star.q, star.v, model, 0.9, {
      ...opts,
      visited: new Uint32Array(9),
    });
    expect(none).toMatchObject({ maxError: 0, worstState: -1, compared: 0 });
  });

  it('greedyReturn: V*(S) on Q*; a loop of bumps earns its closed-form value', () => {
    expect(greedyReturn(star.q, model, 0.9)).toBeCloseTo(0.729, 12);
    // Steps cost −1 and the greedy path bumps into the top wall for ever: Σ γ^t·(−1) = −1/(1 − 0.9).
    const costly = modelOf(['S..', '.#.', '..G'], { stepReward: -1 });
    const up = new Float64Array(36);
    for (let s = 0; s < 9; s++) up[s * 4] = 1;
    expect(greedyReturn(up, costly, 0.9)).toBeCloseTo(-10, 12);
    expect(greedyReturn(up, costly, 1)).toBe(Number.NEGATIVE_INFINITY);
    expect(greedyReturn(up, model, 1)).toBe(0);
  });
});

describe('an on-policy learner against V^π of its own ε-greedy policy, on S G (γ 0.9, ε 0.2)', () => {
  const model = modelOf(['SG']);
  const star = valueIteration(model, 0.9);
  const q = new Float64Array([0.5, 1, 0.5, 0.5, 0, 0, 0, 0]);

  it('agentValue = Σ π(a|S) Q(S,a) = 3·0.05·0.5 + 0.85·1 = 0.925; V^π = 0.85 / (1 − 0.15·0.9) = 0.85/0.865', () => {
    const ref = onPolicyReference(q, model, 0.9, 0.2);
    expect(ref.v[0]).toBeCloseTo(0.85 / 0.865, 9);
    const d = referenceDistance(q, ref.v, star.q, star.v, model, 0.9, {
      kind: 'on-policy',
      epsilon: 0.2,
      visited: null,
    });
    expect(d.compared).toBe(1);
    expect(d.maxError).toBeCloseTo(0.85 / 0.865 - 0.925, 9);
    expect(d.greedyOptimal).toBe(true);
    expect(d.suboptimalCells).toBe(0);
  });
});

it("agentQEstimate: Double Q-learning's estimate is (Q1 + Q2)/2 (its q holds the sum)", () => {
  const agent = new DoubleQAgent({ nStates: 2, nActions: 4, initialQ: 1 });
  agent.q1[3] = 4;
  agent.q2[3] = 2;
  agent.q[3] = 6;
  const est = agentQEstimate(agent);
  expect(est[3]).toBe(3);
  expect(est[0]).toBe(1);
});
