/** Classical RK4 for the Lorenz field, written out in scalars (no allocation per step). */
import type { LorenzParams } from './params.ts';

/** One classical RK4 step of size dt, in place on s = [x, y, z]. Allocation-free. */
export function rk4Step(p: LorenzParams, s: Float64Array | number[], dt: number): void {
  const { sigma, r, b } = p;
  const h2 = 0.5 * dt;
  const h6 = dt / 6;
  const x = s[0];
  const y = s[1];
  const z = s[2];
  const k1x = sigma * (y - x);
  const k1y = x * (r - z) - y;
  const k1z = x * y - b * z;
  const x2 = x + h2 * k1x;
  const y2 = y + h2 * k1y;
  const z2 = z + h2 * k1z;
  const k2x = sigma * (y2 - x2);
  const k2y = x2 * (r - z2) - y2;
  const k2z = x2 * y2 - b * z2;
  const x3 = x + h2 * k2x;
  const y3 = y + h2 * k2y;
  const z3 = z + h2 * k2z;
  const k3x = sigma * (y3 - x3);
  const k3y = x3 * (r - z3) - y3;
  const k3z = x3 * y3 - b * z3;
  const x4 = x + dt * k3x;
  const y4 = y + dt * k3y;
  const z4 = z + dt * k3z;
  s[0] = x + h6 * (k1x + 2 * k2x + 2 * k3x + sigma * (y4 - x4)); // x + h/6 (k1 + 2k2 + 2k3 + k4)
  s[1] = y + h6 * (k1y + 2 * k2y + 2 * k3y + x4 * (r - z4) - y4);
  s[2] = z + h6 * (k1z + 2 * k2z + 2 * k3z + x4 * y4 - b * z4);
}
