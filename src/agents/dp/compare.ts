/**
 * How far a learner's Q-table is from the values it should converge to. Off-policy learners
 * (Q-learning and kin) aim at Q*; on-policy ones (SARSA and kin) at Q^π of the ε-greedy policy they
 * follow, which is worse than optimal near danger (the cliff's safe path, Example 6.6).
 */
import { expectedValue } from '../expected-sarsa.ts';
import type { TabularAgentKind } from '../types.ts';
import type { DpOptions, DpResult } from './bellman.ts';
import { checkLength, checkRange } from './checks.ts';
import { greedyReturn } from './greedy-return.ts';
import type { MazeModel } from './model.ts';
import { epsilonGreedyPolicy, greedyAt } from './policies.ts';
import { policyEvaluation } from './policy-evaluation.ts';

export type ReferenceKind = 'optimal' | 'on-policy';

const REFERENCE_KINDS: Record<TabularAgentKind, ReferenceKind> = {
  'q-learning': 'optimal',
  'double-q': 'optimal',
  'dyna-q': 'optimal',
  'q-lambda': 'optimal',
  sarsa: 'on-policy',
  'expected-sarsa': 'on-policy',
  'n-step-sarsa': 'on-policy',
  'sarsa-lambda': 'on-policy',
};

/** What a learner of `kind` converges to: Q* ('optimal') or Q^π of its own ε-greedy π ('on-policy'). */
export function referenceKind(kind: TabularAgentKind): ReferenceKind {
  return REFERENCE_KINDS[kind];
}

/** How close two values must be to count as equal: 1e-9, scaled to their magnitude. */
export function valueTolerance(value: number): number {
  return 1e-9 * (1 + Math.abs(value));
}

/** Optimal actions at s: those with Q*(s,a) ≥ max − tol, as a bitmask (bit a set for action a). */
export function optimalActions(qStar: Float64Array, s: number, tol?: number): number {
  const base = s * 4;
  const max = Math.max(qStar[base], qStar[base + 1], qStar[base + 2], qStar[base + 3]);
  const slack = tol ?? valueTolerance(max);
  let mask = 0;
  for (let a = 0; a < 4; a++) if (qStar[base + a] >= max - slack) mask |= 1 << a;
  return mask;
}

/** V^π and Q^π of the ε-greedy policy on `agentQ`: the reference of an on-policy learner. */
export function onPolicyReference(
  agentQ: Float64Array,
  model: MazeModel,
  gamma: number,
  epsilon: number,
  options?: DpOptions,
): DpResult {
  return policyEvaluation(model, gamma, epsilonGreedyPolicy(agentQ, model, epsilon), options);
}

export interface ReferenceDistance {
  /** max over compared cells of |agentValue(s) − V(s)| */
  maxError: number;
  /** argmax cell, −1 if none compared */
  worstState: number;
  /** cells compared */
  compared: number;
  /** the agent's greedy policy (lowest-index ties) reaches the optimal value from S: V^greedy(S) = V*(S) within tol */
  greedyOptimal: boolean;
  /** compared cells whose greedy action is not in optimalActions(Q*) */
  suboptimalCells: number;
}

export interface ReferenceDistanceOptions {
  kind: ReferenceKind;
  /** The learner's ε (for the 'on-policy' expectation). */
  epsilon: number;
  /** Per-cell visit counts (cells with count > 0 are compared), or null: every live cell. */
  visited: ArrayLike<number> | null;
}

/**
 * agentValue(s) = max_a Q(s,a) for 'optimal', Σ_a π_ε(a|s) Q(s,a) for 'on-policy' (the learner's own
 * ε-greedy expectation; its reference V is V^π of that same policy, `onPolicyReference`).
 */
export function referenceDistance(
  agentQ: Float64Array,
  reference: Float64Array,
  qStar: Float64Array,
  vStar: Float64Array,
  model: MazeModel,
  gamma: number,
  options: ReferenceDistanceOptions,
): ReferenceDistance {
  const { kind, visited } = options;
  const nA = model.nActions;
  checkRange('gamma', gamma, 0, 1);
  const epsilon = checkRange('epsilon', options.epsilon, 0, 1);
  checkLength('agentQ', agentQ.length, model.nStates * nA);
  checkLength('qStar', qStar.length, model.nStates * nA);
  checkLength('reference', reference.length, model.nStates);
  checkLength('vStar', vStar.length, model.nStates);
  if (visited !== null) checkLength('visited', visited.length, model.nStates);
  let maxError = 0;
  let worstState = -1;
  let compared = 0;
  let suboptimalCells = 0;
  for (let s = 0; s < model.nStates; s++) {
    if (model.live[s] !== 1 || (visited !== null && !(visited[s] > 0))) continue;
    compared++;
    const base = s * nA;
    const greedy = greedyAt(agentQ, base, nA);
    const value = kind === 'optimal' ? agentQ[base + greedy] : expectedValue(agentQ, base, nA, epsilon);
    const error = Math.abs(value - reference[s]);
    if (worstState < 0 || error > maxError) {
      maxError = error;
      worstState = s;
    }
    if ((optimalActions(qStar, s) & (1 << greedy)) === 0) suboptimalCells++;
  }
  const best = vStar[model.start];
  const greedyOptimal = Math.abs(greedyReturn(agentQ, model, gamma) - best) <= valueTolerance(best);
  return { maxError, worstState, compared, greedyOptimal, suboptimalCells };
}
