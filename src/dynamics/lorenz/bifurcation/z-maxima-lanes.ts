/**
 * The bifurcation kernel: several independent RK4 trajectories advanced in one loop, recording the
 * refined local maxima of z (SPEC §3, bifurcation diagram).
 */

/** Trajectories integrated side by side by `zMaximaLanes` (independent chains overlap in the CPU). */
export const LANES = 8;

export interface MaximaBuffer {
  data: Float64Array;
  length: number;
}

function growMaxima(out: MaximaBuffer): void {
  const bigger = new Float64Array(out.data.length * 2);
  bigger.set(out.data);
  out.data = bigger;
}

/**
 * Advance `lanes` independent trajectories by `skip + steps` RK4 steps and append to out[l] the
 * local maxima of z of lane l among its last `steps` samples, each refined by the parabola through
 * the three samples around it.
 *
 * p: (σ, r, b) per lane at 3l; s: (x, y, z) per lane at 3l, advanced in place. Running several
 * lanes in one loop roughly halves the time per step: one RK4 step is a serial chain of dependent
 * operations, and interleaving independent chains keeps the CPU busy.
 * dead[l] is set to the first step at which lane l became non-finite (−1 if it never did); a dead
 * lane is no longer advanced.
 */
export function zMaximaLanes(
  p: Float64Array,
  dt: number,
  s: Float64Array,
  lanes: number,
  skip: number,
  steps: number,
  out: MaximaBuffer[],
  dead: Int32Array,
): void {
  const h2 = 0.5 * dt;
  const h6 = dt / 6;
  const zPrev = new Float64Array(lanes).fill(Number.NaN); // z one sample back (NaN: none yet)
  const zPrev2 = new Float64Array(lanes).fill(Number.NaN); // z two samples back
  dead.fill(-1, 0, lanes);
  const total = skip + steps;
  for (let n = 0; n < total; n++) {
    for (let l = 0; l < lanes; l++) {
      if (dead[l] >= 0) continue;
      const o = 3 * l;
      const sigma = p[o];
      const r = p[o + 1];
      const b = p[o + 2];
      const x = s[o];
      const y = s[o + 1];
      const z = s[o + 2];
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
      const nx = x + h6 * (k1x + 2 * k2x + 2 * k3x + sigma * (y4 - x4)); // x + h/6 (k1 + 2k2 + 2k3 + k4)
      const ny = y + h6 * (k1y + 2 * k2y + 2 * k3y + x4 * (r - z4) - y4);
      const nz = z + h6 * (k1z + 2 * k2z + 2 * k3z + x4 * y4 - b * z4);
      if (!Number.isFinite(nx + ny + nz)) {
        dead[l] = n;
        continue;
      }
      s[o] = nx;
      s[o + 1] = ny;
      s[o + 2] = nz;
      const z0 = zPrev2[l];
      const z1 = zPrev[l];
      // z1 is a maximum when it beats the sample before and is not beaten by the one after
      // (≥ on one side so a flat top of two equal samples counts once).
      if (n > skip && z1 > z0 && z1 >= nz) {
        const curv = z0 - 2 * z1 + nz; // second difference, < 0 at a strict maximum
        // Vertex of the parabola through (−1, z0), (0, z1), (1, nz): z1 − (z0 − nz)² / (8·curv).
        const peak = curv < 0 ? z1 - ((z0 - nz) * (z0 - nz)) / (8 * curv) : z1;
        const buf = out[l];
        if (buf.length === buf.data.length) growMaxima(buf);
        buf.data[buf.length++] = peak;
      }
      zPrev2[l] = z1;
      zPrev[l] = nz;
    }
  }
}
