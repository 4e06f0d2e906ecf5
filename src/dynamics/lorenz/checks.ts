/** Argument checks and defaults shared by the Lyapunov run and the sweeps. */
import type { Rng } from '../../core/rng.ts';
import { DynamicsRangeError } from '../errors.ts';
import type { LorenzParams } from './params.ts';

export function checkParams(p: LorenzParams, where: string): void {
  for (const k of ['sigma', 'r', 'b'] as const) {
    if (typeof p[k] !== 'number' || !Number.isFinite(p[k])) {
      throw new DynamicsRangeError(
        'lorenz-param-not-finite',
        { where, name: k, value: String(p[k]) },
        `${where}: ${k} must be a finite number, got ${String(p[k])}`,
      );
    }
  }
}

export function checkPositive(where: string, name: string, v: number, allowZero = false): void {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || (v === 0 && !allowZero)) {
    throw new DynamicsRangeError(
      'dynamics-not-positive',
      { where, name, value: String(v), allowZero },
      `${where}: ${name} must be a finite number ${allowZero ? '≥' : '>'} 0, got ${String(v)}`,
    );
  }
}

export function steps(where: string, name: string, time: number, dt: number): number {
  checkPositive(where, name, time, true);
  return Math.round(time / dt);
}

/** `{ ...defaults, ...options }`, except that an option explicitly `undefined` keeps its default. */
export function withDefaults<D extends object, O extends object>(defaults: D, options: O): D & O {
  const out: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const [k, v] of Object.entries(options)) if (v !== undefined) out[k] = v;
  return out as D & O;
}

/** A generic starting point: x, y, z ~ N(0, 1) from the seed (never on the invariant z-axis). */
export function genericPoint(rng: Rng, out: Float64Array): void {
  out[0] = rng.normal();
  out[1] = rng.normal();
  out[2] = rng.normal();
}
