/**
 * What the max-Q heat map colours. A cell whose Q(s, ·) all still hold their initial value has
 * learned nothing: its max-Q (0 on the cliff, where every learned value is negative) is no
 * estimate at all, so it gets the neutral colour and stays out of the colour range. Otherwise a
 * never-visited cell would be the brightest on the board and look like the best one.
 */

/** The neutral colour of cells that have learned nothing: a grey, apart from every viridis colour. */
export const UNLEARNED_COLOR = 0x5d6472;

export interface HeatValues {
  /** Smallest and largest max-Q over the cells that learned something (both 0 when none did). */
  min: number;
  max: number;
  /** Smallest non-zero |max-Q| among them (0 when none), the log scale's knee. */
  minAbsNonZero: number;
  /** How many coloured cells learned something, and how many nothing. */
  learned: number;
  unlearned: number;
}

/**
 * Fill `out[s]` with max_a Q(s, a) for every coloured cell that has learned something, NaN for the
 * others (not coloured, or nothing learned), and return the range over the learned cells.
 * `q[s * nActions + a]` is Q(s, a); `initialQ` the value the table started from.
 */
export function heatValues(
  q: Float64Array,
  nActions: number,
  initialQ: number,
  colored: (s: number) => boolean,
  out: Float64Array,
): HeatValues {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let minAbsNonZero = Number.POSITIVE_INFINITY;
  let learned = 0;
  let unlearned = 0;
  for (let s = 0; s < out.length; s++) {
    out[s] = Number.NaN;
    if (!colored(s)) continue;
    const base = s * nActions;
    let best = Number.NEGATIVE_INFINITY;
    let touched = false;
    for (let a = 0; a < nActions; a++) {
      const v = q[base + a];
      if (v !== initialQ) touched = true;
      if (v > best) best = v;
    }
    if (!touched) {
      unlearned++;
      continue;
    }
    out[s] = best;
    learned++;
    if (best < min) min = best;
    if (best > max) max = best;
    if (best !== 0 && Math.abs(best) < minAbsNonZero) minAbsNonZero = Math.abs(best);
  }
  return learned === 0
    ? { min: 0, max: 0, minAbsNonZero: 0, learned, unlearned }
    : { min, max, minAbsNonZero: Number.isFinite(minAbsNonZero) ? minAbsNonZero : 0, learned, unlearned };
}
