/**
 * Closed-form curves that a preset's 'analytic' chart draws beside (or instead of) runs. Example
 * 13.1's short corridor: with p = π(right) in every state, the start state's value is
 *
 *   J(p) = (2p − 4) / (p(1 − p)),   0 < p < 1,
 *
 * largest where dJ/dp = 0, i.e. p² − 4p + 2 = 0: p* = 2 − √2 ≈ 0.586, J(p*) ≈ −11.657.
 */
import { SHORT_CORRIDOR_BEST_P, shortCorridorValue } from '../../../envs/short-corridor.ts';
import type { PresetChart } from './types.ts';

/** J(p) of the short corridor (the env's own formula; −∞ at p = 0 and 1, NaN outside [0, 1]). */
export function shortCorridorJ(p: number): number {
  return shortCorridorValue(p);
}

/** p* = 2 − √2, where J peaks. */
export const SHORT_CORRIDOR_OPTIMUM_P = SHORT_CORRIDOR_BEST_P;
/** v*(start) = J(p*) ≈ −11.657: the best a policy that cannot tell the states apart can do. */
export const SHORT_CORRIDOR_V_STAR = shortCorridorJ(SHORT_CORRIDOR_BEST_P);

export type AnalyticCurve = NonNullable<PresetChart['analytic']>;

/** Each curve's formula and the x of its optimum (marked on its chart unless the preset says otherwise). */
export const ANALYTIC: Record<AnalyticCurve, { f: (p: number) => number; optimumX: number }> = {
  'short-corridor-j': { f: shortCorridorJ, optimumX: SHORT_CORRIDOR_OPTIMUM_P },
};

/** Whether `id` (e.g. from a JSON preset) names a curve here. */
export const isAnalyticCurve = (id: string | undefined): id is AnalyticCurve =>
  id !== undefined && Object.hasOwn(ANALYTIC, id);

export interface AnalyticSamples {
  x: Float64Array;
  y: Float64Array;
}

/**
 * `points` values of the curve at p = k/(points + 1), k = 1 … points (the open interval: J is
 * infinite at its ends), with p* put in its place so that the peak is drawn at its true height.
 */
export function sampleAnalytic(curve: AnalyticCurve, points = 199): AnalyticSamples {
  const { f, optimumX } = ANALYTIC[curve];
  const n = Math.max(1, Math.floor(points));
  const xs: number[] = [];
  for (let k = 1; k <= n; k++) xs.push(k / (n + 1));
  if (!xs.includes(optimumX)) {
    xs.push(optimumX);
    xs.sort((a, b) => a - b);
  }
  const x = Float64Array.from(xs);
  const y = x.map(f);
  return { x, y };
}
