/**
 * The policies the learners act by, as tables for DP: π(a|s) at `s * 4 + a`, or one action per cell.
 * Their conventions are the agents' own: ties in the ε-greedy expectation share the greedy part
 * evenly (`expectedValue`); a greedy rollout breaks ties by the lowest index (`greedyAction`).
 */
import { checkLength, checkRange } from './checks.ts';
import type { MazeModel } from './model.ts';

/** argmax_a q[base + a], lowest index on ties. */
export function greedyAt(q: ArrayLike<number>, base: number, nA: number): number {
  let best = 0;
  for (let a = 1; a < nA; a++) if (q[base + a] > q[base + best]) best = a;
  return best;
}

/** Greedy action of every live cell wrt q, lowest index on ties (TabularAgent.greedyAction); −1 elsewhere. */
export function greedyActions(q: Float64Array, model: MazeModel, out?: Int8Array): Int8Array {
  const policy = out ?? new Int8Array(model.nStates);
  const nA = model.nActions;
  for (let s = 0; s < model.nStates; s++) {
    if (model.live[s] !== 1) {
      policy[s] = -1;
      continue;
    }
    policy[s] = greedyAt(q, s * nA, nA);
  }
  return policy;
}

/**
 * The ε-greedy policy the learners act by: ε/4 to each action, and (1 − ε)/k more to each of the k
 * actions tied at the maximum (exact ===), as `expectedValue` weighs them. Rows of non-live cells are 0.
 */
export function epsilonGreedyPolicy(
  q: Float64Array,
  model: MazeModel,
  epsilon: number,
  out?: Float64Array,
): Float64Array {
  checkRange('epsilon', epsilon, 0, 1);
  const nA = model.nActions;
  checkLength('q', q.length, model.nStates * nA);
  const pi = out ?? new Float64Array(model.nStates * nA);
  checkLength('out', pi.length, model.nStates * nA);
  for (let s = 0; s < model.nStates; s++) {
    const base = s * nA;
    if (model.live[s] !== 1) {
      pi.fill(0, base, base + nA);
      continue;
    }
    let max = q[base];
    let ties = 0;
    for (let a = 0; a < nA; a++) {
      if (q[base + a] > max) {
        max = q[base + a];
        ties = 1;
      } else if (q[base + a] === max) {
        ties++;
      }
    }
    for (let a = 0; a < nA; a++)
      pi[base + a] = epsilon / nA + (q[base + a] === max ? (1 - epsilon) / ties : 0);
  }
  return pi;
}

/** The deterministic greedy policy, lowest index on ties (TabularAgent.greedyAction); non-live rows 0. */
export function greedyPolicy(q: Float64Array, model: MazeModel, out?: Float64Array): Float64Array {
  const nA = model.nActions;
  checkLength('q', q.length, model.nStates * nA);
  const pi = out ?? new Float64Array(model.nStates * nA);
  checkLength('out', pi.length, model.nStates * nA);
  pi.fill(0);
  for (let s = 0; s < model.nStates; s++) {
    if (model.live[s] !== 1) continue;
    pi[s * nA + greedyAt(q, s * nA, nA)] = 1;
  }
  return pi;
}
