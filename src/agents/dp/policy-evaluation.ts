/**
 * Iterative policy evaluation (Sutton & Barto §4.1), in place as in the book's box: sweeps of
 *
 *   V(s) ← Σ_a π(a|s) [ r(s,a) + γ·V(s′) ]   over live s
 *
 * until no value moves by more than the tolerance; then Q^π(s,a) = r(s,a) + γ·V^π(s′). The policies
 * to evaluate are built in policies.ts.
 */
import { AgentRangeError } from '../errors.ts';
import {
  backup,
  backupAll,
  type DpOptions,
  type DpResult,
  settledResidual,
  sweepUntilSettled,
} from './bellman.ts';
import { checkLength, checkRange } from './checks.ts';
import type { MazeModel } from './model.ts';

/** How far a row of π may sum from 1 (rounding in ε/4 + (1 − ε)/k and the like). */
const ROW_SUM_SLACK = 1e-9;

/** V^π and Q^π for π(a|s) at `pi[s * 4 + a]` (rows of non-live cells are not read). */
export function policyEvaluation(
  model: MazeModel,
  gamma: number,
  pi: Float64Array,
  options?: DpOptions,
): DpResult {
  checkRange('gamma', gamma, 0, 1);
  checkPolicy(model, pi);
  const nA = model.nActions;
  const v = new Float64Array(model.nStates);
  const q = new Float64Array(model.nStates * nA);
  const sweep = (): number => {
    let delta = 0;
    for (let s = 0; s < model.nStates; s++) {
      if (model.live[s] !== 1) continue;
      let value = 0;
      for (let a = 0; a < nA; a++) {
        const i = s * nA + a;
        if (pi[i] !== 0) value += pi[i] * backup(model, gamma, v, i);
      }
      const d = Math.abs(value - v[s]);
      if (!(d <= delta)) delta = d; // keeps a NaN change
      v[s] = value;
    }
    return settledResidual(delta);
  };
  const run = sweepUntilSettled(sweep, options);
  backupAll(model, gamma, v, q);
  return { v, q, ...run };
}

/** π must have a row per cell, and each live row must be a distribution. */
function checkPolicy(model: MazeModel, pi: Float64Array): void {
  const nA = model.nActions;
  checkLength('pi', pi.length, model.nStates * nA);
  for (let s = 0; s < model.nStates; s++) {
    if (model.live[s] !== 1) continue;
    let sum = 0;
    let negative = false;
    for (let a = 0; a < nA; a++) {
      sum += pi[s * nA + a];
      if (!(pi[s * nA + a] >= 0)) negative = true;
    }
    if (negative || !(Math.abs(sum - 1) <= ROW_SUM_SLACK)) {
      throw new AgentRangeError(
        'dp-policy-not-distribution',
        { state: s, sum: String(sum) },
        `dynamic programming: the policy's probabilities in state ${s} must be ≥ 0 and sum to 1, got a sum of ${sum}`,
      );
    }
  }
}
