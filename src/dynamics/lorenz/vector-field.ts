/**
 * The Lorenz vector field and its Jacobian (SPEC §3):
 *
 *   dx/dt = −σx + σy,   dy/dt = −xz + rx − y,   dz/dt = xy − bz
 */
import type { LorenzParams } from './params.ts';

/** f(s) written into `out` (may alias `s`). Returns `out`. */
export function lorenzField(p: LorenzParams, s: ArrayLike<number>, out: Float64Array | number[]): typeof out {
  const x = s[0];
  const y = s[1];
  const z = s[2];
  out[0] = p.sigma * (y - x); // −σx + σy
  out[1] = x * (p.r - z) - y; // −xz + rx − y
  out[2] = x * y - p.b * z; // xy − bz
  return out;
}

/** Jacobian ∂f/∂(x, y, z) at a point, row-major into `out` (out[3i + j] = ∂f_i/∂x_j). */
export function lorenzJacobian(
  p: LorenzParams,
  x: number,
  y: number,
  z: number,
  out: Float64Array | number[] = new Float64Array(9),
): typeof out {
  out[0] = -p.sigma;
  out[1] = p.sigma;
  out[2] = 0;
  out[3] = p.r - z;
  out[4] = -1;
  out[5] = -x;
  out[6] = y;
  out[7] = x;
  out[8] = -p.b;
  return out;
}
