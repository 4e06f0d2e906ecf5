/**
 * Bifurcation data (SPEC §3): for each swept value, integrate past a transient, then record the
 * local maxima of z, each refined by the parabola through the three samples around it. Progressive
 * (value by value) so a worker can post each column as it comes.
 */
import { Rng, type Seed } from '../../../core/rng.ts';
import { DynamicsRangeError } from '../../errors.ts';
import { checkParams, checkPositive, genericPoint, steps, withDefaults } from '../checks.ts';
import { LorenzBlowUpError } from '../errors.ts';
import type { LorenzParams, SweepParam } from '../params.ts';
import { type SweepOptions, sweepParams } from '../sweep.ts';
import { LANES, type MaximaBuffer, zMaximaLanes } from './z-maxima-lanes.ts';

export interface BifurcationOptions extends SweepOptions {
  /** RK4 step. Default 0.005 (a periodic orbit at large r then shows as a few sharp points). */
  dt?: number;
  /** Time discarded before recording, per value. Default 200. */
  transient?: number;
  /** Time over which z maxima are recorded, per value. Default 100. */
  record?: number;
  /**
   * Initial condition per value.
   * - 'fixed' (default): every value starts at the same seeded generic point. With the 200-unit
   *   transient this gives the same clean diagram as 'continue' (same number of distinct maxima in
   *   the windows near r = 100 and 145–166 and in the period-1/2 range r > 200, measured at 50 values
   *   each), and the values are independent: they can be computed in any order or chunk (coarse
   *   to fine in a worker), LANES at a time (~2× faster), and the picture does not depend on the
   *   sweep direction.
   * - 'continue': start from the previous value's end state, following one branch (shows
   *   hysteresis, e.g. C± persisting up to r_H ≈ 24.74 when sweeping r upwards). Restarted at the
   *   generic point when the state sits on the invariant z-axis (|(x, y)| < 1e-6, e.g. after r < 1),
   *   which it would otherwise never leave. Sequential, one value at a time.
   */
  start?: 'continue' | 'fixed';
  /** Seed of the generic starting point (x, y, z ~ N(0, 1)). Default 1. */
  seed?: Seed;
}

export const BIFURCATION_DEFAULTS = {
  param: 'r' as SweepParam,
  count: 400,
  dt: 0.005,
  transient: 200,
  record: 100,
  start: 'fixed' as 'continue' | 'fixed',
  seed: 1 as Seed,
};

export interface BifurcationColumn {
  index: number;
  /** The swept parameter's value. */
  value: number;
  /** Refined local maxima of z, in time order (empty after a blow-up). */
  maxima: Float64Array;
  /**
   * The state [x, y, z] at the end of the record window: a point on the attractor the maxima came
   * from. A Lyapunov run started there (`LyapunovOptions.initial`) measures that same attractor,
   * which keeps λ consistent with the diagram where two attractors coexist (24.06 < r < 24.74).
   * NaN × 3 after a blow-up.
   */
  end: Float64Array;
  /** Set when this value blew up; the next value starts again from the generic point. */
  error?: LorenzBlowUpError;
}

interface Integration {
  dt: number;
  skip: number;
  rec: number;
}

function integration(where: string, o: { dt?: number; transient?: number; record?: number }): Integration {
  const dt = o.dt ?? BIFURCATION_DEFAULTS.dt;
  checkPositive(where, 'dt', dt);
  return {
    dt,
    skip: steps(where, 'transient', o.transient ?? BIFURCATION_DEFAULTS.transient, dt),
    rec: steps(where, 'record', o.record ?? BIFURCATION_DEFAULTS.record, dt),
  };
}

/**
 * Local maxima of z for one parameter set, starting from `state` ([x, y, z], advanced in place):
 * `transient` time units discarded (default 200), then maxima recorded for `record` units
 * (default 100), with RK4 step `dt` (default 0.005).
 * Throws `LorenzBlowUpError` if the trajectory becomes non-finite.
 */
export function zMaxima(
  params: LorenzParams,
  state: Float64Array,
  options: { dt?: number; transient?: number; record?: number } = {},
): Float64Array {
  checkParams(params, 'zMaxima');
  const { dt, skip, rec } = integration('zMaxima', options);
  const out = [{ data: new Float64Array(256), length: 0 }];
  const dead = new Int32Array(1);
  zMaximaLanes(Float64Array.of(params.sigma, params.r, params.b), dt, state, 1, skip, rec, out, dead);
  if (dead[0] >= 0) throw new LorenzBlowUpError(params, dt, (dead[0] + 1) * dt);
  return out[0].data.slice(0, out[0].length);
}

/**
 * Bifurcation data value by value, for a worker to post as progress: 'fixed' start computes
 * LANES values per batch (and yields them in order), 'continue' one at a time.
 */
export function* bifurcationColumns(options: BifurcationOptions): Generator<BifurcationColumn> {
  const { param, values, base } = sweepParams(options);
  const o = withDefaults(BIFURCATION_DEFAULTS, options);
  if (o.start !== 'continue' && o.start !== 'fixed') {
    throw new DynamicsRangeError(
      'lorenz-start-invalid',
      { start: String(o.start) },
      `bifurcation: start must be 'continue' or 'fixed', got ${String(o.start)}`,
    );
  }
  const { dt, skip, rec } = integration('bifurcation', o);
  const start = new Float64Array(3);
  genericPoint(new Rng(o.seed), start);
  const lanes = o.start === 'fixed' ? LANES : 1;
  const p = new Float64Array(3 * lanes);
  const s = new Float64Array(3 * lanes);
  for (let l = 0; l < lanes; l++) s.set(start, 3 * l);
  const out: MaximaBuffer[] = [];
  for (let l = 0; l < lanes; l++) out.push({ data: new Float64Array(256), length: 0 });
  const dead = new Int32Array(lanes);
  const params = { ...base };
  for (let i0 = 0; i0 < values.length; i0 += lanes) {
    const n = Math.min(lanes, values.length - i0);
    for (let l = 0; l < n; l++) {
      params[param] = values[i0 + l];
      checkParams(params, 'bifurcation');
      p[3 * l] = params.sigma;
      p[3 * l + 1] = params.r;
      p[3 * l + 2] = params.b;
      // 'continue' keeps the previous end state unless it sits on the invariant z-axis.
      if (o.start === 'fixed' || Math.hypot(s[3 * l], s[3 * l + 1]) < 1e-6) s.set(start, 3 * l);
      out[l].length = 0;
    }
    zMaximaLanes(p, dt, s, n, skip, rec, out, dead);
    for (let l = 0; l < n; l++) {
      const value = values[i0 + l];
      if (dead[l] >= 0) {
        params[param] = value;
        const error = new LorenzBlowUpError(params, dt, (dead[l] + 1) * dt);
        s.set(start, 3 * l); // the state is garbage; start the next value afresh
        const end = new Float64Array(3).fill(Number.NaN);
        yield { index: i0 + l, value, maxima: new Float64Array(0), end, error };
      } else {
        const end = s.slice(3 * l, 3 * l + 3);
        yield { index: i0 + l, value, maxima: out[l].data.slice(0, out[l].length), end };
      }
    }
  }
}

export interface BifurcationDiagram {
  param: SweepParam;
  /** Swept values. */
  values: Float64Array;
  /** maxima[i]: refined z maxima at values[i]. */
  maxima: Float64Array[];
  /** The RK4 step used. */
  dt: number;
}

/** The whole diagram, synchronously. Throws the first `LorenzBlowUpError` met. */
export function bifurcationDiagram(options: BifurcationOptions): BifurcationDiagram {
  const values: number[] = [];
  const maxima: Float64Array[] = [];
  for (const col of bifurcationColumns(options)) {
    if (col.error) throw col.error;
    values.push(col.value);
    maxima.push(col.maxima);
  }
  return {
    param: options.param ?? BIFURCATION_DEFAULTS.param,
    values: Float64Array.from(values),
    maxima,
    dt: options.dt ?? BIFURCATION_DEFAULTS.dt,
  };
}
