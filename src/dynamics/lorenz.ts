/**
 * The Lorenz system (SPEC §3): vector field, RK4, Lyapunov spectrum by the QR method,
 * bifurcation-diagram data, and the closed-form landmarks the attractor scene shows.
 *
 *   dx/dt = −σx + σy,   dy/dt = −xz + rx − y,   dz/dt = xy − bz
 *
 * ## Lyapunov spectrum (how it is computed, and why each detail matters)
 * - The trajectory advances by classical RK4. The tangent vectors advance by the *linearization of
 *   that same RK4 step* (the variational equations integrated by the same four stages, each stage
 *   using the Jacobian at that stage's point). The product of these step Jacobians is the exact
 *   derivative of the discrete map, so the flow direction gives λ2 ≈ 0. (An Euler Jacobian I + dt·J
 *   under the same RK4 trajectory gives (1.18, +0.52, −15.87) at the classic parameters.)
 * - Every step: Q ← step Jacobian × Q, then a hand-written modified Gram–Schmidt QR of that 3×3;
 *   R_ii > 0 by construction, so log |R_ii| = log R_ii. λ_i = Σ log R_ii / (N·dt), per time unit.
 * - A transient (trajectory and frame together) is integrated first and not counted, so the frame
 *   has aligned with the Lyapunov vectors before the sums start.
 * - The frame starts from a seeded random orthonormal matrix, not I: for r < 1 the x–y plane is
 *   (asymptotically) invariant, and a frame with two columns in it finds the z-direction exponent
 *   late, through the decaying coupling or round-off only.
 * - The hot loop allocates nothing: state and frame live in scalar locals during a call and in a
 *   12-slot Float64Array between calls.
 * - Check: λ1 + λ2 + λ3 = tr J = −(σ + 1 + b) for every parameter set (volume contraction). For the
 *   RK4 map the sum is the mean log det of the step, off by O(dt⁴): 1e-4 at r = 28 with dt = 0.01,
 *   1e-2 at r = 350 (use dt = 0.005 there: 3.5e-4).
 *
 * ## Bifurcation data
 * For each swept value: integrate past a transient, then record the local maxima of z, each
 * refined by the parabola through the three samples around it.
 *
 * ## Blow-up
 * A state (or frame) that becomes NaN/±Infinity — absurd parameters or a dt beyond RK4's stability
 * limit — stops the integration with a `LorenzBlowUpError` that names the parameters, dt and time.
 *
 * Nothing here touches Phaser or the DOM; randomness only through `Rng` with an explicit seed.
 */
import { Rng, type Seed } from '../core/rng.ts';
import { type Eigenvalues3, eigenvalues3 } from './eig3.ts';

export { type Eigenvalues3, eigenvalues3 } from './eig3.ts';

export interface LorenzParams {
  /** σ, Prandtl number (classic 10). */
  sigma: number;
  /** r, reduced Rayleigh number (classic 28). */
  r: number;
  /** b, geometric factor (classic 8/3). */
  b: number;
}

export type Vec3 = [number, number, number];
/** Lyapunov exponents per time unit, descending. */
export type Spectrum = [number, number, number];
export type SweepParam = keyof LorenzParams;

/** Lorenz's own parameters. */
export const CLASSIC: Readonly<LorenzParams> = { sigma: 10, r: 28, b: 8 / 3 };

/** Published spectrum at CLASSIC (SPEC §3). */
export const CLASSIC_SPECTRUM: Readonly<Spectrum> = [0.906, 0, -14.572];

/**
 * Noise constant of a finite-time estimate of a zero exponent: |λ̂| ≲ ZERO_EXPONENT_NOISE / T.
 *
 * Why 1/T: on a periodic orbit the top tangent vector is the flow direction f(x), so after the
 * transient Σ log R_11 = log(|f(x_T)| / |f(x_0)|) ≤ log(max|f| / min|f|) over the orbit, and
 * λ̂1 = that / T: a bounded error, not a random walk. Measured (σ = 10, b = 8/3, dt = 0.01, 8 seeds,
 * T ∈ {100, 300, 1000, 3000, 10⁴}): max |λ̂1|·T = 1.92, 1.76, 1.55 on the periodic orbits at
 * r = 100.5, 160, 350, whose log speed ratios are 2.16, 1.96, 1.74. 6 ≈ 3 × the largest measured
 * value leaves room for orbits with a larger speed ratio and for frames still aligning.
 */
export const ZERO_EXPONENT_NOISE = 6;

// ---------------------------------------------------------------------------------------------
// Vector field, Jacobian, RK4
// ---------------------------------------------------------------------------------------------

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

/**
 * Steps between two `Math.log` calls in the QR kernel: the R_ii of a block are multiplied first
 * (log of a product = sum of logs, ~1.4× faster overall). A block's product stays in range unless
 * one step stretches or shrinks by more than 1e±19, far outside RK4's stability region.
 */
const LOG_BLOCK = 16;

/**
 * Advance `steps` RK4 steps of the state s[0..2] together with the three tangent vectors stored
 * column-major in s[3..11] (column c at s[3 + 3c ..]), re-orthonormalizing them by modified
 * Gram–Schmidt after every step and adding Σ log R_ii to logs[0..2].
 *
 * Everything lives in scalar locals (the fastest form in V8); the tangent stages are written out
 * once per column. Returns the number of steps completed: fewer than `steps` means the state or
 * the frame became non-finite within the LOG_BLOCK steps after that count.
 */
function tangentQRSteps(
  sigma: number,
  r: number,
  b: number,
  dt: number,
  s: Float64Array,
  logs: Float64Array,
  steps: number,
): number {
  const h = dt;
  const h2 = 0.5 * dt;
  const h6 = dt / 6;
  let x = s[0];
  let y = s[1];
  let z = s[2];
  let q1x = s[3];
  let q1y = s[4];
  let q1z = s[5];
  let q2x = s[6];
  let q2y = s[7];
  let q2z = s[8];
  let q3x = s[9];
  let q3y = s[10];
  let q3z = s[11];
  let l1 = logs[0];
  let l2 = logs[1];
  let l3 = logs[2];
  let done = 0;
  while (done < steps) {
    const block = Math.min(LOG_BLOCK, steps - done);
    let p1 = 1; // Π R_11 over the block
    let p2 = 1;
    let p3 = 1;
    for (let i = 0; i < block; i++) {
      // RK4 stage points X1..X4 and the field there.
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
      const x4 = x + h * k3x;
      const y4 = y + h * k3y;
      const z4 = z + h * k3z;
      // Linearized RK4 for each tangent column u, with the Jacobian at the same stage points:
      // J(X) w = (σ(w1 − w0), (r − Z) w0 − w1 − X w2, Y w0 + X w1 − b w2).
      const t1a0 = sigma * (q1y - q1x); // d1 = J(X1) u
      const t1a1 = (r - z) * q1x - q1y - x * q1z;
      const t1a2 = y * q1x + x * q1y - b * q1z;
      let t1w0 = q1x + h2 * t1a0;
      let t1w1 = q1y + h2 * t1a1;
      let t1w2 = q1z + h2 * t1a2;
      const t1b0 = sigma * (t1w1 - t1w0); // d2 = J(X2)(u + h/2 d1)
      const t1b1 = (r - z2) * t1w0 - t1w1 - x2 * t1w2;
      const t1b2 = y2 * t1w0 + x2 * t1w1 - b * t1w2;
      t1w0 = q1x + h2 * t1b0;
      t1w1 = q1y + h2 * t1b1;
      t1w2 = q1z + h2 * t1b2;
      const t1c0 = sigma * (t1w1 - t1w0); // d3 = J(X3)(u + h/2 d2)
      const t1c1 = (r - z3) * t1w0 - t1w1 - x3 * t1w2;
      const t1c2 = y3 * t1w0 + x3 * t1w1 - b * t1w2;
      t1w0 = q1x + h * t1c0;
      t1w1 = q1y + h * t1c1;
      t1w2 = q1z + h * t1c2;
      q1x += h6 * (t1a0 + 2 * t1b0 + 2 * t1c0 + sigma * (t1w1 - t1w0)); // u + h/6 (d1 + 2d2 + 2d3 + d4)
      q1y += h6 * (t1a1 + 2 * t1b1 + 2 * t1c1 + (r - z4) * t1w0 - t1w1 - x4 * t1w2);
      q1z += h6 * (t1a2 + 2 * t1b2 + 2 * t1c2 + y4 * t1w0 + x4 * t1w1 - b * t1w2);
      const t2a0 = sigma * (q2y - q2x); // d1 = J(X1) u
      const t2a1 = (r - z) * q2x - q2y - x * q2z;
      const t2a2 = y * q2x + x * q2y - b * q2z;
      let t2w0 = q2x + h2 * t2a0;
      let t2w1 = q2y + h2 * t2a1;
      let t2w2 = q2z + h2 * t2a2;
      const t2b0 = sigma * (t2w1 - t2w0); // d2 = J(X2)(u + h/2 d1)
      const t2b1 = (r - z2) * t2w0 - t2w1 - x2 * t2w2;
      const t2b2 = y2 * t2w0 + x2 * t2w1 - b * t2w2;
      t2w0 = q2x + h2 * t2b0;
      t2w1 = q2y + h2 * t2b1;
      t2w2 = q2z + h2 * t2b2;
      const t2c0 = sigma * (t2w1 - t2w0); // d3 = J(X3)(u + h/2 d2)
      const t2c1 = (r - z3) * t2w0 - t2w1 - x3 * t2w2;
      const t2c2 = y3 * t2w0 + x3 * t2w1 - b * t2w2;
      t2w0 = q2x + h * t2c0;
      t2w1 = q2y + h * t2c1;
      t2w2 = q2z + h * t2c2;
      q2x += h6 * (t2a0 + 2 * t2b0 + 2 * t2c0 + sigma * (t2w1 - t2w0)); // u + h/6 (d1 + 2d2 + 2d3 + d4)
      q2y += h6 * (t2a1 + 2 * t2b1 + 2 * t2c1 + (r - z4) * t2w0 - t2w1 - x4 * t2w2);
      q2z += h6 * (t2a2 + 2 * t2b2 + 2 * t2c2 + y4 * t2w0 + x4 * t2w1 - b * t2w2);
      const t3a0 = sigma * (q3y - q3x); // d1 = J(X1) u
      const t3a1 = (r - z) * q3x - q3y - x * q3z;
      const t3a2 = y * q3x + x * q3y - b * q3z;
      let t3w0 = q3x + h2 * t3a0;
      let t3w1 = q3y + h2 * t3a1;
      let t3w2 = q3z + h2 * t3a2;
      const t3b0 = sigma * (t3w1 - t3w0); // d2 = J(X2)(u + h/2 d1)
      const t3b1 = (r - z2) * t3w0 - t3w1 - x2 * t3w2;
      const t3b2 = y2 * t3w0 + x2 * t3w1 - b * t3w2;
      t3w0 = q3x + h2 * t3b0;
      t3w1 = q3y + h2 * t3b1;
      t3w2 = q3z + h2 * t3b2;
      const t3c0 = sigma * (t3w1 - t3w0); // d3 = J(X3)(u + h/2 d2)
      const t3c1 = (r - z3) * t3w0 - t3w1 - x3 * t3w2;
      const t3c2 = y3 * t3w0 + x3 * t3w1 - b * t3w2;
      t3w0 = q3x + h * t3c0;
      t3w1 = q3y + h * t3c1;
      t3w2 = q3z + h * t3c2;
      q3x += h6 * (t3a0 + 2 * t3b0 + 2 * t3c0 + sigma * (t3w1 - t3w0)); // u + h/6 (d1 + 2d2 + 2d3 + d4)
      q3y += h6 * (t3a1 + 2 * t3b1 + 2 * t3c1 + (r - z4) * t3w0 - t3w1 - x4 * t3w2);
      q3z += h6 * (t3a2 + 2 * t3b2 + 2 * t3c2 + y4 * t3w0 + x4 * t3w1 - b * t3w2);
      x += h6 * (k1x + 2 * k2x + 2 * k3x + sigma * (y4 - x4)); // x + h/6 (k1 + 2k2 + 2k3 + k4)
      y += h6 * (k1y + 2 * k2y + 2 * k3y + x4 * (r - z4) - y4);
      z += h6 * (k1z + 2 * k2z + 2 * k3z + x4 * y4 - b * z4);

      // Modified Gram–Schmidt: M Q_prev = Q R, R_ii = the norms after projection (all > 0).
      const r11 = Math.sqrt(q1x * q1x + q1y * q1y + q1z * q1z);
      q1x /= r11;
      q1y /= r11;
      q1z /= r11;
      const r12 = q1x * q2x + q1y * q2y + q1z * q2z; // q2 ← q2 − (q1·q2) q1
      q2x -= r12 * q1x;
      q2y -= r12 * q1y;
      q2z -= r12 * q1z;
      const r22 = Math.sqrt(q2x * q2x + q2y * q2y + q2z * q2z);
      q2x /= r22;
      q2y /= r22;
      q2z /= r22;
      const r13 = q1x * q3x + q1y * q3y + q1z * q3z; // q3 ← q3 − (q1·q3) q1, then − (q2·q3) q2
      q3x -= r13 * q1x;
      q3y -= r13 * q1y;
      q3z -= r13 * q1z;
      const r23 = q2x * q3x + q2y * q3y + q2z * q3z;
      q3x -= r23 * q2x;
      q3y -= r23 * q2y;
      q3z -= r23 * q2z;
      const r33 = Math.sqrt(q3x * q3x + q3y * q3y + q3z * q3z);
      q3x /= r33;
      q3y /= r33;
      q3z /= r33;
      p1 *= r11;
      p2 *= r22;
      p3 *= r33;
    }
    l1 += Math.log(p1); // Σ log |R_11|
    l2 += Math.log(p2);
    l3 += Math.log(p3);
    // NaN/Inf in the state or the frame (or a vanished R_ii) always reaches these sums.
    if (!Number.isFinite(l1 + l2 + l3 + x + y + z)) break;
    done += block;
  }
  s[0] = x;
  s[1] = y;
  s[2] = z;
  s[3] = q1x;
  s[4] = q1y;
  s[5] = q1z;
  s[6] = q2x;
  s[7] = q2y;
  s[8] = q2z;
  s[9] = q3x;
  s[10] = q3y;
  s[11] = q3z;
  logs[0] = l1;
  logs[1] = l2;
  logs[2] = l3;
  return done;
}

/** Trajectories integrated side by side by `zMaximaLanes` (independent chains overlap in the CPU). */
const LANES = 8;

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
function zMaximaLanes(
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

interface MaximaBuffer {
  data: Float64Array;
  length: number;
}

function growMaxima(out: MaximaBuffer): void {
  const bigger = new Float64Array(out.data.length * 2);
  bigger.set(out.data);
  out.data = bigger;
}

// ---------------------------------------------------------------------------------------------
// Errors and validation
// ---------------------------------------------------------------------------------------------

const fmt = (v: number): string => String(Number(v.toPrecision(6)));

const describeParams = (p: LorenzParams): string => `σ=${fmt(p.sigma)}, r=${fmt(p.r)}, b=${fmt(p.b)}`;

/** The state or the tangent frame became NaN/±Infinity; the integration stopped there. */
export class LorenzBlowUpError extends Error {
  override readonly name = 'LorenzBlowUpError';
  readonly params: Readonly<LorenzParams>;
  readonly dt: number;
  /**
   * Time from the start (transient included) at which the blow-up was seen: the first non-finite
   * step in a bifurcation run, the end of that LOG_BLOCK (16-step) block in a Lyapunov run.
   */
  readonly time: number;

  constructor(params: LorenzParams, dt: number, time: number) {
    super(
      `Lorenz integration blew up (state or tangent frame became NaN/Infinity) at t ≈ ${fmt(time)} for ${describeParams(params)}` +
        ` with dt=${fmt(dt)}: dt is beyond RK4's stability limit for these parameters, or the` +
        ' parameters make the flow diverge (b < 0, σ < 0, …). Reduce dt or check σ, r, b.',
    );
    this.params = { ...params };
    this.dt = dt;
    this.time = time;
  }
}

function checkParams(p: LorenzParams, where: string): void {
  for (const k of ['sigma', 'r', 'b'] as const) {
    if (typeof p[k] !== 'number' || !Number.isFinite(p[k])) {
      throw new RangeError(`${where}: ${k} must be a finite number, got ${String(p[k])}`);
    }
  }
}

function checkPositive(where: string, name: string, v: number, allowZero = false): void {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || (v === 0 && !allowZero)) {
    throw new RangeError(
      `${where}: ${name} must be a finite number ${allowZero ? '≥' : '>'} 0, got ${String(v)}`,
    );
  }
}

function steps(where: string, name: string, time: number, dt: number): number {
  checkPositive(where, name, time, true);
  return Math.round(time / dt);
}

/** `{ ...defaults, ...options }`, except that an option explicitly `undefined` keeps its default. */
function withDefaults<D extends object, O extends object>(defaults: D, options: O): D & O {
  const out: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const [k, v] of Object.entries(options)) if (v !== undefined) out[k] = v;
  return out as D & O;
}

/** A generic starting point: x, y, z ~ N(0, 1) from the seed (never on the invariant z-axis). */
function genericPoint(rng: Rng, out: Float64Array): void {
  out[0] = rng.normal();
  out[1] = rng.normal();
  out[2] = rng.normal();
}

// ---------------------------------------------------------------------------------------------
// Lyapunov spectrum
// ---------------------------------------------------------------------------------------------

export interface LyapunovOptions {
  /** RK4 step in time units. Default 0.01. */
  dt?: number;
  /** Time integrated and discarded (trajectory and tangent frame) before the sums start. Default 500. */
  transient?: number;
  /** Averaging time T after the transient; the exponents are Σ log R_ii / T. Default 10⁴. */
  time?: number;
  /** Seed of the initial point (x, y, z ~ N(0, 1)) and of the random initial frame. Default 1. */
  seed?: Seed;
  /** Start here instead of at the seeded point (the frame is still seeded). Default: none. */
  initial?: ArrayLike<number>;
}

export const LYAPUNOV_DEFAULTS = { dt: 0.01, transient: 500, time: 1e4, seed: 1 as Seed };

/**
 * A Lyapunov computation that can be extended: the worker runs a short T, posts the estimate,
 * then keeps advancing the same run (no work is repeated). The transient runs in the constructor.
 */
export class LyapunovRun {
  readonly params: Readonly<LorenzParams>;
  readonly dt: number;
  /** x, y, z, then the orthonormal frame Q column-major (column c at 3 + 3c). */
  readonly state = new Float64Array(12);
  private readonly sums = new Float64Array(3);
  private readonly discard = new Float64Array(3);
  private counted = 0;
  private total = 0;

  constructor(params: LorenzParams, options: Omit<LyapunovOptions, 'time'> = {}) {
    const where = 'LyapunovRun';
    checkParams(params, where);
    const o = withDefaults(LYAPUNOV_DEFAULTS, options);
    checkPositive(where, 'dt', o.dt);
    this.params = { sigma: params.sigma, r: params.r, b: params.b };
    this.dt = o.dt;
    const rng = new Rng(o.seed);
    const s = this.state;
    genericPoint(rng, s);
    if (o.initial) {
      if (o.initial.length !== 3 || !Number.isFinite(o.initial[0] + o.initial[1] + o.initial[2])) {
        throw new RangeError(
          `${where}: initial must be 3 finite numbers, got ${Array.from(o.initial).join(', ')}`,
        );
      }
      s[0] = o.initial[0];
      s[1] = o.initial[1];
      s[2] = o.initial[2];
    }
    // A random Gaussian matrix, orthonormalized (generic: not aligned with any invariant plane).
    for (let i = 3; i < 12; i++) s[i] = rng.normal();
    orthonormalizeFrame(s);
    this.integrate(steps(where, 'transient', o.transient, o.dt), false);
  }

  /** Averaging time so far (transient excluded). */
  get time(): number {
    return this.counted * this.dt;
  }

  /** Integrate `time` more units (rounded to whole steps) and add them to the averages. */
  advance(time: number): this {
    this.integrate(steps('LyapunovRun.advance', 'time', time, this.dt), true);
    return this;
  }

  /** Current estimate λ_i = Σ log R_ii / (N·dt), descending. NaN before any `advance`. */
  spectrum(): Spectrum {
    const t = this.time;
    const l: Spectrum = [this.sums[0] / t, this.sums[1] / t, this.sums[2] / t];
    // QR keeps the order asymptotically; a complex pair's equal exponents may swap in finite time.
    return l.sort((a, c) => c - a);
  }

  private integrate(n: number, count: boolean): void {
    const { sigma, r, b } = this.params;
    const done = tangentQRSteps(sigma, r, b, this.dt, this.state, count ? this.sums : this.discard, n);
    this.total += done;
    if (count) this.counted += done;
    // Non-finite values are caught at the end of the LOG_BLOCK-step block that produced them.
    if (done < n)
      throw new LorenzBlowUpError(
        this.params,
        this.dt,
        (this.total + Math.min(LOG_BLOCK, n - done)) * this.dt,
      );
  }
}

/** Modified Gram–Schmidt of the three columns s[3..11] in place (not on the hot path). */
function orthonormalizeFrame(s: Float64Array): void {
  for (let c = 3; c < 12; c += 3) {
    for (let k = 3; k < c; k += 3) {
      const d = s[k] * s[c] + s[k + 1] * s[c + 1] + s[k + 2] * s[c + 2];
      s[c] -= d * s[k];
      s[c + 1] -= d * s[k + 1];
      s[c + 2] -= d * s[k + 2];
    }
    const norm = Math.hypot(s[c], s[c + 1], s[c + 2]);
    if (!(norm > 1e-8)) throw new Error('orthonormalizeFrame: degenerate random frame'); // probability 0
    s[c] /= norm;
    s[c + 1] /= norm;
    s[c + 2] /= norm;
  }
}

/**
 * Lyapunov spectrum (per time unit, descending) by the QR method with the RK4-step Jacobian.
 * Throws `LorenzBlowUpError` if the integration becomes non-finite.
 */
export function lyapunovSpectrum(params: LorenzParams, options: LyapunovOptions = {}): Spectrum {
  const time = options.time ?? LYAPUNOV_DEFAULTS.time;
  checkPositive('lyapunovSpectrum', 'time', time);
  return new LyapunovRun(params, options).advance(time).spectrum();
}

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

// ---------------------------------------------------------------------------------------------
// Sweeps (bifurcation diagram, λ against a parameter), progressive for a worker
// ---------------------------------------------------------------------------------------------

/** `count` evenly spaced values from `from` to `to` inclusive (one value: `from`). */
export function sweepValues(from: number, to: number, count: number): Float64Array {
  if (!Number.isFinite(from) || !Number.isFinite(to)) {
    throw new RangeError(`sweepValues: from and to must be finite, got ${String(from)}, ${String(to)}`);
  }
  if (!Number.isInteger(count) || count < 1) {
    throw new RangeError(`sweepValues: count must be a positive integer, got ${String(count)}`);
  }
  const v = new Float64Array(count);
  for (let i = 0; i < count; i++) v[i] = count === 1 ? from : from + ((to - from) * i) / (count - 1);
  return v;
}

export interface SweepOptions {
  /** Swept parameter. Default 'r'. */
  param?: SweepParam;
  /** First swept value (required). */
  from: number;
  /** Last swept value, inclusive (required). */
  to: number;
  /** Number of values. Default 400. */
  count?: number;
  /** σ when not swept. Default 10. */
  sigma?: number;
  /** r when not swept. Default 28. */
  r?: number;
  /** b when not swept. Default 8/3. */
  b?: number;
}

function sweepParams(o: SweepOptions): { param: SweepParam; values: Float64Array; base: LorenzParams } {
  const param = o.param ?? 'r';
  if (param !== 'sigma' && param !== 'r' && param !== 'b') {
    throw new RangeError(`sweep: param must be 'sigma', 'r' or 'b', got ${String(param)}`);
  }
  const base = { sigma: o.sigma ?? CLASSIC.sigma, r: o.r ?? CLASSIC.r, b: o.b ?? CLASSIC.b };
  return { param, values: sweepValues(o.from, o.to, o.count ?? 400), base };
}

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
    throw new RangeError(`bifurcation: start must be 'continue' or 'fixed', got ${String(o.start)}`);
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

export interface LyapunovSweepOptions extends SweepOptions, Omit<LyapunovOptions, 'time' | 'initial'> {
  /**
   * Cumulative averaging times, increasing: every value is first estimated with T = times[0],
   * then each run is extended to times[1], … (nothing is recomputed). Default [100, 1000, 10000].
   */
  times?: number[];
}

export interface LyapunovSweepPoint {
  /** Index into `times` of this estimate. */
  pass: number;
  index: number;
  value: number;
  /** Averaging time of this estimate. */
  time: number;
  /** NaN × 3 after a blow-up. */
  spectrum: Spectrum;
  behaviour: Behaviour;
  /** Set when this value blew up; it is left out of later passes. */
  error?: LorenzBlowUpError;
}

/** λ against a parameter, coarse (short T) for all values first, then refined pass by pass. */
export function* lyapunovSweep(options: LyapunovSweepOptions): Generator<LyapunovSweepPoint> {
  const { param, values, base } = sweepParams(options);
  const times = options.times ?? [100, 1000, 10000];
  times.forEach((t, k) => {
    checkPositive('lyapunovSweep', `times[${k}]`, t);
    if (k > 0 && t <= times[k - 1]) {
      throw new RangeError(`lyapunovSweep: times must increase, got ${times.join(', ')}`);
    }
  });
  const runs: (LyapunovRun | null)[] = [];
  for (let pass = 0; pass < times.length; pass++) {
    for (let i = 0; i < values.length; i++) {
      if (pass > 0 && runs[i] === null) continue;
      try {
        let run = runs[i];
        if (!run) {
          run = new LyapunovRun({ ...base, [param]: values[i] }, options);
          runs[i] = run;
        }
        run.advance(times[pass] - run.time);
        const spectrum = run.spectrum();
        yield {
          pass,
          index: i,
          value: values[i],
          time: run.time,
          spectrum,
          behaviour: classifySpectrum(spectrum, run.time),
        };
      } catch (e) {
        if (!(e instanceof LorenzBlowUpError)) throw e;
        runs[i] = null;
        const nan: Spectrum = [Number.NaN, Number.NaN, Number.NaN];
        yield { pass, index: i, value: values[i], time: 0, spectrum: nan, behaviour: 'uncertain', error: e };
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Classification
// ---------------------------------------------------------------------------------------------

/**
 * With tol = zeroExponentTolerance(T) = ZERO_EXPONENT_NOISE / T: 'chaos': λ1 > tol.
 * 'fixed-point': λ1 < −tol. 'periodic': |λ1| ≤ tol and λ2 < −tol. 'uncertain': λ1 and λ2 both
 * within tol of 0 (near a bifurcation, or T too short to tell).
 */
export type Behaviour = 'chaos' | 'periodic' | 'fixed-point' | 'uncertain';

/** How far from 0 a finite-time estimate of a zero exponent may stray at averaging time T. */
export function zeroExponentTolerance(time: number): number {
  return ZERO_EXPONENT_NOISE / time; // |λ̂| ≤ log(max|f| / min|f|) / T, see ZERO_EXPONENT_NOISE
}

/** Classify the long-run behaviour from a spectrum averaged over `time` units. */
export function classifySpectrum(spectrum: ArrayLike<number>, time: number): Behaviour {
  const tol = zeroExponentTolerance(time);
  const l1 = spectrum[0];
  const l2 = spectrum[1];
  if (l1 > tol) return 'chaos';
  if (l1 < -tol) return 'fixed-point';
  if (Math.abs(l1) <= tol && l2 < -tol) return 'periodic';
  return 'uncertain';
}

// ---------------------------------------------------------------------------------------------
// Landmarks: fixed points, their eigenvalues, the Hopf value
// ---------------------------------------------------------------------------------------------

/** Origin, then, when b(r − 1) > 0 (r > 1 for b > 0), C± = (±√(b(r−1)), ±√(b(r−1)), r−1). */
export function fixedPoints(p: LorenzParams): Vec3[] {
  const points: Vec3[] = [[0, 0, 0]];
  const q = p.b * (p.r - 1);
  if (q > 0) {
    const c = Math.sqrt(q);
    points.push([c, c, p.r - 1], [-c, -c, p.r - 1]);
  }
  return points;
}

/** Eigenvalues of the Jacobian at a point (exact local Lyapunov exponents at a fixed point). */
export function jacobianEigenvalues(p: LorenzParams, point: ArrayLike<number>): Eigenvalues3 {
  return eigenvalues3(lorenzJacobian(p, point[0], point[1], point[2]));
}

/**
 * Subcritical Hopf value of C±: r_H = σ(σ + b + 3)/(σ − b − 1) (24.7368 at σ = 10, b = 8/3).
 * Infinity when σ ≤ b + 1: C± then stay stable for every r.
 */
export function hopfR(p: Pick<LorenzParams, 'sigma' | 'b'>): number {
  const den = p.sigma - p.b - 1;
  return den > 0 ? (p.sigma * (p.sigma + p.b + 3)) / den : Number.POSITIVE_INFINITY;
}
