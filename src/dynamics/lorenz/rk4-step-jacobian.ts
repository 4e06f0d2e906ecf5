/** The exact Jacobian of one RK4 step, from the Lyapunov kernel itself. */
import { LorenzBlowUpError } from './errors.ts';
import type { LorenzParams } from './params.ts';
import { tangentQRSteps } from './tangent-qr.ts';

/**
 * Jacobian of one RK4 step x ↦ Φ_dt(x) at s (row-major 3×3 into `out`), computed by the very
 * kernel the spectrum uses: column j is the first tangent column after one step from e_j (the
 * kernel only rescales that column, by R_11 = its norm, which is undone here).
 */
export function rk4StepJacobian(
  p: LorenzParams,
  s: ArrayLike<number>,
  dt: number,
  out: Float64Array | number[] = new Float64Array(9),
): typeof out {
  const buf = new Float64Array(12);
  const logs = new Float64Array(3);
  for (let j = 0; j < 3; j++) {
    buf.fill(0);
    buf[0] = s[0];
    buf[1] = s[1];
    buf[2] = s[2];
    buf[3 + j] = 1; // columns e_j, e_{j+1}, e_{j+2}: an orthonormal frame starting with e_j
    buf[6 + ((j + 1) % 3)] = 1;
    buf[9 + ((j + 2) % 3)] = 1;
    logs.fill(0);
    if (tangentQRSteps(p.sigma, p.r, p.b, dt, buf, logs, 1) < 1) throw new LorenzBlowUpError(p, dt, dt);
    const scale = Math.exp(logs[0]);
    for (let i = 0; i < 3; i++) out[3 * i + j] = scale * buf[3 + i];
  }
  return out;
}
