/**
 * The codes of the errors and reports the dynamics raise (Lorenz and reaction–diffusion), with the
 * values each carries. The app layer words them (src/i18n/{en,ja}/errors.ts, describeError);
 * `.message` stays an English sentence for API users and the command line.
 */
import type { Coded, CodedErrorData } from '../core/coded-error.ts';

/** Which mode of the grid limits the explicit-Euler step (see rd/stability.ts). */
export type RdMode = { kind: 'checkerboard' } | { kind: 'zigzag' } | { kind: 'lambda'; lambda: number };

/** What a stability report says, as values: the dt, the limit and the setting it was checked on. */
export interface RdStabilityValues {
  dt: number;
  limitDt: number;
  growthFactor: number;
  substeps: number;
  mode: RdMode;
  dx: number;
  Du: number;
  Dv: number;
  dims: number;
}

export interface DynamicsErrorValues {
  /** The state or tangent frame became NaN/±Infinity at `time`. */
  'lorenz-blow-up': { time: number; dt: number; sigma: number; r: number; b: number };
  /** `value` as written. */
  'lorenz-param-not-finite': { where: string; name: string; value: string };
  'dynamics-not-positive': { where: string; name: string; value: string; allowZero: boolean };
  'lorenz-initial-invalid': { where: string; values: string };
  'lorenz-sweep-bounds': { from: string; to: string };
  'lorenz-sweep-count': { count: string };
  'lorenz-sweep-param': { param: string };
  'lorenz-times-order': { times: readonly number[] };
  'lorenz-start-invalid': { start: string };
  'lorenz-degenerate-frame': Record<string, never>;
  'rd-grid-size': { width: number; height: number };
  'rd-grid-cells': { n: number };
  'rd-spectrum-length': { length: number; need: number };
  /** The model's steady state: `params` as JSON. */
  'rd-no-steady-state': { params: string };
  /** A dt the stability check failed, refused by the grid's policy (or said in a note). */
  'rd-unstable-dt': RdStabilityValues;
  /** The same dt run as substeps (the 'subdivide' policy). */
  'rd-subdivided': RdStabilityValues;
  /** Unstable and run anyway (the 'unsafe' policy). */
  'rd-unsafe-dt': RdStabilityValues;
  /** A grid cell became NaN/Inf or ran away; `stability` is the report's values when dt was unstable. */
  'rd-blow-up': {
    t: number;
    steps: number;
    field: 'u' | 'v';
    value: string;
    x: number;
    y: number;
    stability: RdStabilityValues | null;
  };
  /** A blow-up of the ODE sims (RK4 on u, v). */
  'rd-ode-blow-up': { t: number; u: string; v: string };
}

export type DynamicsErrorCode = keyof DynamicsErrorValues;

/** Coded data of a dynamics report (not thrown: a grid's note or blow-up). */
export type DynamicsProblem<C extends DynamicsErrorCode = DynamicsErrorCode> = CodedErrorData<
  C,
  DynamicsErrorValues[C]
>;

/** A bad argument to the dynamics (a `RangeError`, as before), with its code. */
export class DynamicsRangeError<C extends DynamicsErrorCode = DynamicsErrorCode>
  extends RangeError
  implements Coded<C, DynamicsErrorValues[C]>
{
  override name = 'DynamicsRangeError';
  readonly code: C;
  readonly values: DynamicsErrorValues[C];
  constructor(code: C, values: DynamicsErrorValues[C], message: string) {
    super(message);
    this.code = code;
    this.values = values;
  }
}
