/**
 * Value iteration (Sutton & Barto §4.4) with synchronous (Jacobi) sweeps, as in REINFORCEjs's DP
 * demo: every V_{k+1}(s) is computed from V_k, so a sweep can be shown as one step.
 *
 *   V_{k+1}(s) = max_a [ r(s,a) + γ·V_k(s′) ]   over live s (V = 0 elsewhere and past G)
 */
import { backup, type DpOptions, type DpResult, settledResidual, sweepUntilSettled } from './bellman.ts';
import { checkRange } from './checks.ts';
import type { MazeModel } from './model.ts';
import { greedyActions } from './policies.ts';

export class ValueIterationSweeper {
  readonly model: MazeModel;
  readonly gamma: number;
  /** V_k, starting at 0. */
  readonly v: Float64Array;
  /** Q from the latest sweep, `s * 4 + a` (0 on non-live cells): r + γ·V_{k−1}(s′). */
  readonly q: Float64Array;
  /** Sweeps done. */
  sweeps = 0;
  /** Bellman residual of the last sweep, max_s |V_{k+1}(s) − V_k(s)| (Infinity before the first). */
  residual = Number.POSITIVE_INFINITY;
  /** V_{k+1} while a sweep runs (a Jacobi sweep reads only V_k). */
  private readonly nextV: Float64Array;

  constructor(model: MazeModel, gamma: number) {
    this.model = model;
    this.gamma = checkRange('gamma', gamma, 0, 1);
    this.v = new Float64Array(model.nStates);
    this.nextV = new Float64Array(model.nStates);
    this.q = new Float64Array(model.nStates * model.nActions);
  }

  /** One sweep; returns the residual (Infinity if a value became non-finite). */
  sweep(): number {
    const m = this.model;
    const { v, q, nextV, gamma } = this;
    const nA = m.nActions;
    let delta = 0;
    for (let s = 0; s < m.nStates; s++) {
      if (m.live[s] !== 1) continue;
      let best = Number.NEGATIVE_INFINITY;
      for (let a = 0; a < nA; a++) {
        const qa = backup(m, gamma, v, s * nA + a);
        q[s * nA + a] = qa;
        if (qa > best) best = qa;
      }
      nextV[s] = best;
      const d = Math.abs(best - v[s]);
      // `!(d <= delta)` rather than `d > delta`, so that a NaN change is kept, not skipped.
      if (!(d <= delta)) delta = d;
    }
    v.set(nextV);
    this.sweeps++;
    this.residual = settledResidual(delta);
    return this.residual;
  }

  /** Back to V_0 = 0, no sweeps. */
  reset(): void {
    this.v.fill(0);
    this.nextV.fill(0);
    this.q.fill(0);
    this.sweeps = 0;
    this.residual = Number.POSITIVE_INFINITY;
  }
}

/** V*, Q* and a greedy optimal policy by value iteration from V = 0. */
export function valueIteration(
  model: MazeModel,
  gamma: number,
  options?: DpOptions,
): DpResult & { policy: Int8Array } {
  const sweeper = new ValueIterationSweeper(model, gamma);
  const run = sweepUntilSettled(() => sweeper.sweep(), options);
  return { v: sweeper.v, q: sweeper.q, ...run, policy: greedyActions(sweeper.q, model) };
}
