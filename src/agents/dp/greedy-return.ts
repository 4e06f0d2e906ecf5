/**
 * The exact discounted return of following a greedy policy from S in the (deterministic) maze.
 * A deterministic policy either reaches G or enters a cycle; a cycle's return is summed in closed
 * form, so a looping policy gets its true value rather than a truncated one.
 */
import { OUTCOME } from '../../envs/grid-maze.ts';
import type { MazeModel } from './model.ts';
import { greedyAt } from './policies.ts';

/**
 * V^greedy(S) for the greedy policy wrt q (lowest index on ties). If the path returns to a cell s it
 * has seen, it cycles for ever: with R_c the cycle's own return from s and L its length,
 *   V = G_s + γ^{t_s} · R_c / (1 − γ^L)
 * (G_s, t_s: return and steps when s was first reached); with γ = 1 that is ±∞, or 0 past G_s
 * when R_c = 0.
 */
export function greedyReturn(q: Float64Array, model: MazeModel, gamma: number): number {
  const nA = model.nActions;
  const seenAt = new Int32Array(model.nStates).fill(-1);
  const returnAt = new Float64Array(model.nStates);
  const discountAt = new Float64Array(model.nStates);
  let s = model.start;
  let total = 0;
  let discount = 1;
  for (let t = 0; ; t++) {
    if (seenAt[s] >= 0) {
      // γ = 0 (or a discount that underflowed): nothing after s counts.
      if (discountAt[s] === 0) return returnAt[s];
      const cycleReturn = (total - returnAt[s]) / discountAt[s];
      const cycleDiscount = discount / discountAt[s];
      if (cycleDiscount < 1) return returnAt[s] + (discountAt[s] * cycleReturn) / (1 - cycleDiscount);
      if (cycleReturn === 0) return returnAt[s];
      return cycleReturn > 0 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    }
    seenAt[s] = t;
    returnAt[s] = total;
    discountAt[s] = discount;
    const i = s * nA + greedyAt(q, s * nA, nA);
    total += discount * model.reward[i];
    if (model.outcome[i] === OUTCOME.GOAL) return total;
    discount *= gamma;
    s = model.next[i];
  }
}
