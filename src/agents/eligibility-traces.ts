/**
 * Eligibility traces e(s, a) over a Q-table, kept sparse: `traced` lists the cells whose trace is
 * non-zero, so a step costs time in proportion to those cells, never a sweep of the table
 * (Sutton & Barto §12.7, tabular Sarsa(λ) and Watkins's Q(λ)).
 *
 * A trace that decays below `TRACE_FLOOR` is dropped (set to 0 and unlisted): its next update
 * would change Q by less than α·|δ|·1e-8. With λ = 0 only the visited cell is ever listed.
 */
export type TraceKind = 'replacing' | 'accumulating';
export const TRACE_KINDS = ['replacing', 'accumulating'] as const;

/** Traces below this are dropped (see the header). */
export const TRACE_FLOOR = 1e-8;

export class EligibilityTraces {
  /** e at `values[s * nActions + a]`. */
  readonly values: Float64Array;
  /** Indices of the non-zero traces (the first `count` entries), in the order they were listed. */
  readonly traced: Int32Array;
  count = 0;

  constructor(size: number) {
    this.values = new Float64Array(size);
    this.traced = new Int32Array(size);
  }

  /** Mark a visit to cell i: e ← e + 1 (accumulating) or e ← 1 (replacing). */
  visit(i: number, kind: TraceKind): void {
    const e = this.values;
    if (e[i] === 0) this.traced[this.count++] = i;
    e[i] = kind === 'accumulating' ? e[i] + 1 : 1;
  }

  /**
   * For every traced cell: Q ← Q + step·e, then e ← decay·e (decay 0 clears them all, Watkins's cut).
   * `step` is αδ.
   */
  updateAndDecay(q: Float64Array, step: number, decay: number): void {
    const e = this.values;
    const list = this.traced;
    let kept = 0;
    for (let k = 0; k < this.count; k++) {
      const i = list[k];
      q[i] += step * e[i]; // Q(s,a) ← Q(s,a) + α δ e(s,a)
      const next = e[i] * decay; // e(s,a) ← γλ e(s,a)
      if (next >= TRACE_FLOOR || next <= -TRACE_FLOOR) {
        e[i] = next;
        list[kept++] = i;
      } else {
        e[i] = 0;
      }
    }
    this.count = kept;
  }

  /** Zero every trace (an episode start, or Watkins's cut without an update). */
  clear(): void {
    const e = this.values;
    for (let k = 0; k < this.count; k++) e[this.traced[k]] = 0;
    this.count = 0;
  }
}
