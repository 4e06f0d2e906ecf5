/**
 * Linear stability of the homogeneous state u* = v*, two ways:
 *
 * - physics: the dispersion relation σ(k), the growth rate of a Fourier mode e^{ik·x} of wave
 *   number k, i.e. the largest real part of the eigenvalues of J − k²·D (J the reaction Jacobian,
 *   D the diffusion matrix). Positive σ for k > 0 is the Turing instability.
 * - numerics: whether explicit Euler at step dt keeps every physically *damped* mode damped.
 *   A mode with eigenvalue σ (Re σ < 0) is multiplied each step by 1 + dt·σ, stable iff
 *   |1 + dt·σ| ≤ 1 ⇔ dt ≤ −2·Re σ/|σ|². On a grid the Laplacian eigenvalues are
 *   −λ with λ = (4/dx²)·(sin²(k_x·dx/2) + sin²(k_y·dx/2)) ∈ [0, 8/dx²] in 2-D; the top one is
 *   the checkerboard k = (π/dx, π/dx). Physically growing modes (Re σ ≥ 0: the Hopf mode at k = 0
 *   in sims 2–3, the Turing band) grow in the exact solution too and are not a numerical fault.
 *   One refinement (see `modeStableAt`): a *resolved* mode (dt·|σ| < 1) that is only slowly
 *   damped may be slightly amplified by Euler — an accuracy error, tolerated up to the fastest
 *   physical growth rate; the strict |1 + dt·σ| ≤ 1 applies to unresolved (stiff) modes.
 *
 * With D_v = 5, dx = 0.1 the checkerboard has σ ≈ −30 − 8·5/0.01 = −4030 (plus a small coupling
 * through the reaction), so the limit is ≈ 2/4030 ≈ 4.96e-4 and the posts' 5e-4 gives a growth
 * factor ≈ 1.015 per step. The diffusion-only bound dx²/(4·D_v) evaluates in floating point to
 * 0.0005000000000000001 and would wrongly accept 5e-4; nothing here uses it.
 */
import { formatSig } from '../../core/format.ts';
import { DynamicsRangeError, type RdMode, type RdStabilityValues } from '../errors.ts';
import { type Jacobian2, type RdParams, reactionJacobian, steadyState } from './model.ts';

/** Eigenvalues of a real 2×2 matrix: re1 ≥ re2 when real (im = 0), else re1 = re2 ± i·im. */
interface Eig2 {
  re1: number;
  re2: number;
  im: number;
}

/**
 * Eigenvalues of J − λ·D for the Laplacian eigenvalue −λ. With `crossDiffusion` the v equation
 * reads D_v Δu, so D = [[D_u, 0], [D_v, 0]]; otherwise D = diag(D_u, D_v).
 */
function modeEigen(p: Readonly<RdParams>, J: Jacobian2, lambda: number, out: Eig2): Eig2 {
  const m11 = J.fu - lambda * p.Du;
  const m12 = J.fv;
  const m21 = p.crossDiffusion ? J.gu - lambda * p.Dv : J.gu;
  const m22 = p.crossDiffusion ? J.gv : J.gv - lambda * p.Dv;
  const half = 0.5 * (m11 + m22);
  const det = m11 * m22 - m12 * m21;
  const disc = half * half - det;
  if (disc >= 0) {
    const s = Math.sqrt(disc);
    // The root with the larger magnitude avoids cancellation; the other follows from det.
    const big = half >= 0 ? half + s : half - s;
    const small = big === 0 ? 0 : det / big;
    out.re1 = Math.max(big, small);
    out.re2 = Math.min(big, small);
    out.im = 0;
  } else {
    out.re1 = half;
    out.re2 = half;
    out.im = Math.sqrt(-disc);
  }
  return out;
}

/** Jacobian at the homogeneous steady state (v* = u*). */
export function steadyJacobian(p: Readonly<RdParams>): Jacobian2 {
  const us = steadyState(p);
  return reactionJacobian(p, us, us);
}

export interface DispersionOptions {
  /**
   * Grid spacing. Given, k² is replaced by the 5-point stencil's symbol (4/dx²)·sin²(k·dx/2)
   * (a 1-D wave along one axis); omitted, the continuum k² is used.
   */
  dx?: number;
}

/**
 * Growth rate σ(k) = max Re eig(J − k²·D) of a Fourier mode of wave number k (radians per length
 * unit) around the homogeneous steady state. Sim 3: positive on 0 ≤ k < ≈ 7.5, fastest at
 * k ≈ 4.73 (wavelength 2π/k ≈ 1.33).
 */
export function dispersion(p: Readonly<RdParams>, k: number, options: DispersionOptions = {}): number {
  return growthAt(p, steadyJacobian(p), k, options.dx);
}

function growthAt(p: Readonly<RdParams>, J: Jacobian2, k: number, dx: number | undefined): number {
  const lambda = dx === undefined ? k * k : (4 / (dx * dx)) * Math.sin(0.5 * k * dx) ** 2;
  return modeEigen(p, J, lambda, { re1: 0, re2: 0, im: 0 }).re1;
}

/** σ(k) sampled at `count` evenly spaced k in [0, kMax], for plotting. */
export function dispersionCurve(
  p: Readonly<RdParams>,
  kMax: number,
  count = 256,
  options: DispersionOptions = {},
): { k: Float64Array; growth: Float64Array } {
  const J = steadyJacobian(p);
  const k = new Float64Array(count);
  const growth = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    k[i] = (kMax * i) / (count - 1);
    growth[i] = growthAt(p, J, k[i], options.dx);
  }
  return { k, growth };
}

export interface FastestMode {
  /** Wave number of the fastest-growing mode with k > 0. */
  k: number;
  /** Its growth rate σ (negative: every k > 0 decays, no Turing pattern). */
  growth: number;
  /** 2π/k. */
  wavelength: number;
  /** Growth rate of the uniform mode k = 0 (positive: the homogeneous state oscillates, Hopf). */
  growthAtZero: number;
  /** Whether some k > 0 grows: a Turing (or, at grid scale, speckle) instability. */
  unstable: boolean;
  /** Smallest and largest k in (0, kMax] with σ > 0 (NaN when none): the unstable band. */
  bandMin: number;
  bandMax: number;
}

/**
 * The fastest-growing mode of the dispersion relation on (0, kMax] (default: the Nyquist
 * wave number π/dx of the posts' grid). A fine scan, then golden-section refinement.
 */
export function fastestMode(
  p: Readonly<RdParams>,
  kMax = Math.PI / 0.1,
  options: DispersionOptions = {},
): FastestMode {
  const J = steadyJacobian(p);
  const dx = options.dx;
  const samples = 4000;
  let best = 1;
  let bestG = Number.NEGATIVE_INFINITY;
  let bandMin = Number.NaN;
  let bandMax = Number.NaN;
  for (let i = 1; i <= samples; i++) {
    const k = (kMax * i) / samples;
    const g = growthAt(p, J, k, dx);
    if (g > bestG) {
      bestG = g;
      best = i;
    }
    if (g > 0) {
      if (Number.isNaN(bandMin)) bandMin = k;
      bandMax = k;
    }
  }
  // Golden-section search inside the neighbouring samples of the best one.
  let lo = (kMax * Math.max(best - 1, 0)) / samples;
  let hi = (kMax * Math.min(best + 1, samples)) / samples;
  const phi = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 80; i++) {
    const a = hi - phi * (hi - lo);
    const b = lo + phi * (hi - lo);
    if (growthAt(p, J, a, dx) > growthAt(p, J, b, dx)) hi = b;
    else lo = a;
  }
  const k = 0.5 * (lo + hi);
  const growth = growthAt(p, J, k, dx);
  return {
    k,
    growth,
    wavelength: (2 * Math.PI) / k,
    growthAtZero: growthAt(p, J, 0, dx),
    unstable: growth > 0,
    bandMin,
    bandMax,
  };
}

export interface StabilityOptions {
  /** Spatial dimension of the grid (sets the largest Laplacian eigenvalue 4·dims/dx²). Default 2. */
  dims?: 1 | 2;
  /**
   * Grid size. Given, exactly the grid's Fourier modes are checked (periodic: k = 2πm/(N·dx);
   * no-flux: cosine modes k = πm/(N·dx)); omitted, λ is swept over [0, 4·dims/dx²] including
   * both ends (k = 0 and the checkerboard), which is what a grid of even size contains.
   */
  width?: number;
  height?: number;
  boundary?: 'periodic' | 'no-flux';
}

export interface StabilityReport {
  /**
   * dt keeps every unresolved physically damped mode damped (|1 + dt·σ| ≤ 1), and lets no
   * resolved one grow faster than the fastest physical mode. dt ≤ limitDt.
   */
  stable: boolean;
  /** Largest stable explicit-Euler step for this dx, D and reaction (≈ 4.96e-4 for sim 3). */
  limitDt: number;
  /**
   * Amplification |1 + dt·σ| per step of the mode that sets the limit (the checkerboard for
   * sim 3: ≈ 0.61 at dt = 4e-4, ≈ 1.015 at 5e-4); when unstable, the largest factor of any
   * physically damped mode that breaks the rule. For sim 3, stable ⇔ growthFactor ≤ 1.
   */
  growthFactor: number;
  /** One sentence in English (API users, the CLI): the numbers and, if unstable, what to do. */
  message: string;
  /** The same as values, for the app layer to word (src/i18n/{en,ja}/errors.ts). */
  values: RdStabilityValues;
  /** Laplacian eigenvalue λ of the mode that sets the limit (8/dx² is the 2-D checkerboard). */
  worstLambda: number;
  /** Substeps of length dt/substeps that make the step stable (1 when already stable). */
  substeps: number;
}

/** Fraction of the limit a subdivided step aims for, so the worst mode is strictly damped. */
const SUBSTEP_MARGIN = 0.99;

/**
 * The explicit-Euler stability limit for step dt on a grid of spacing dx, linearised around the
 * homogeneous steady state, reaction terms included. Pure: no side effects, no allocation beyond
 * the report.
 */
export function checkStability(
  p: Readonly<RdParams>,
  dt: number,
  dx: number,
  options: StabilityOptions = {},
): StabilityReport {
  if (!(dt > 0) || !(dx > 0)) {
    throw new DynamicsRangeError(
      'dynamics-not-positive',
      {
        where: 'checkStability',
        name: dt > 0 ? 'dx' : 'dt',
        value: String(dt > 0 ? dx : dt),
        allowZero: false,
      },
      `checkStability: dt and dx must be positive, got dt = ${dt}, dx = ${dx}`,
    );
  }
  const dims = options.dims ?? 2;
  const J = steadyJacobian(p);
  const lambdas = modeLambdas(dx, dims, options);
  const eig: Eig2 = { re1: 0, re2: 0, im: 0 };
  // Fastest physical growth over the same modes: the tolerance for resolved modes (see below).
  let sigmaMax = Number.NEGATIVE_INFINITY;
  for (const lambda of lambdas) sigmaMax = Math.max(sigmaMax, modeEigen(p, J, lambda, eig).re1);
  const gamma = Math.max(0, sigmaMax);
  let limitDt = Number.POSITIVE_INFINITY;
  let worstLambda = 0;
  let limitingGrowth = 0; // |1 + dt·σ| of the mode that sets limitDt
  let maxGrowth = 0; // largest |1 + dt·σ| over the damped modes that break the rule at dt
  let stable = true;
  for (const lambda of lambdas) {
    modeEigen(p, J, lambda, eig);
    const n = eig.im === 0 ? 2 : 1;
    for (let j = 0; j < n; j++) {
      const re = j === 0 ? eig.re1 : eig.re2;
      if (re >= 0) continue; // grows in the exact solution too: physics, not a numerical fault
      const im = eig.im;
      const mod2 = re * re + im * im;
      const g = Math.hypot(1 + dt * re, dt * im);
      if (!modeStableAt(dt, re, mod2, gamma)) {
        stable = false;
        if (g > maxGrowth) maxGrowth = g;
      }
      const lim = modeLimit(re, mod2, gamma);
      if (lim < limitDt) {
        limitDt = lim;
        worstLambda = lambda;
        limitingGrowth = g;
      }
    }
  }
  stable = stable && dt <= limitDt;
  const growthFactor = stable ? limitingGrowth : Math.max(maxGrowth, limitingGrowth);
  const substeps = stable ? 1 : Math.ceil(dt / (SUBSTEP_MARGIN * limitDt));
  const lambdaMax = (4 * dims) / (dx * dx);
  const modeValue: RdMode =
    worstLambda >= 0.99 * lambdaMax
      ? { kind: dims === 2 ? 'checkerboard' : 'zigzag' }
      : { kind: 'lambda', lambda: worstLambda };
  const values: RdStabilityValues = {
    dt,
    limitDt,
    growthFactor,
    substeps,
    mode: modeValue,
    dx,
    Du: p.Du,
    Dv: p.Dv,
    dims,
  };
  const mode =
    worstLambda >= 0.99 * lambdaMax && dims === 2
      ? 'the checkerboard mode'
      : worstLambda >= 0.99 * lambdaMax
        ? 'the alternating (zig-zag) mode'
        : `the mode with Laplacian eigenvalue −${formatSig(worstLambda)}`;
  const setting = `dx = ${formatSig(dx)}, D_u = ${formatSig(p.Du)}, D_v = ${formatSig(p.Dv)}, ${dims}-D`;
  const message = !Number.isFinite(limitDt)
    ? `dt = ${formatSig(dt)}: no damped mode limits the explicit-Euler step (${setting}).`
    : stable
      ? `dt = ${formatSig(dt)} is within the explicit-Euler stability limit ${formatSig(limitDt)} (${setting}); ` +
        `${mode} is damped by ×${formatSig(growthFactor)} per step.`
      : `dt = ${formatSig(dt)} exceeds the explicit-Euler stability limit ${formatSig(limitDt)} (${setting}): ` +
        `${mode} grows by ×${formatSig(growthFactor)} per step and the run would blow up. ` +
        `Use dt ≤ ${formatSig(limitDt)} or ${substeps} substeps of ${formatSig(dt / substeps)}.`;
  return { stable, limitDt, growthFactor, message, values, worstLambda, substeps };
}

/**
 * The rule for one damped mode σ (Re σ < 0) at step dt. Unresolved (dt·|σ| ≥ 1, e.g. the
 * checkerboard): it must be damped, |1 + dt·σ| ≤ 1 — the sign of dt·(2·Re σ + dt·|σ|²) decides,
 * which avoids the rounding of 1 + tiny. Resolved (dt·|σ| < 1): Euler's amplification differs from
 * e^{dt·σ} by O((dt·σ)²), which turns a slowly damped oscillation (Re σ ≈ −0.01, Im σ ≈ 33 next
 * to sim 3's Hopf band) into a slowly growing one; that is an accuracy error, tolerated while the
 * mode grows no faster than the fastest physical mode (γ = max(0, max Re σ)). Without this
 * tolerance a 257×257 grid would need 60 substeps at dt = 4e-4.
 */
function modeStableAt(dt: number, re: number, mod2: number, gamma: number): boolean {
  if (2 * re + dt * mod2 <= 0) return true; // damped by the scheme too
  if (dt * dt * mod2 >= 1) return false; // unresolved and amplified
  return Math.log1p(dt * (2 * re + dt * mod2)) / 2 <= gamma * dt; // ln|1 + dt·σ| ≤ γ·dt
}

/** Largest dt for which `modeStableAt` holds from 0 up to it (the first failure). */
function modeLimit(re: number, mod2: number, gamma: number): number {
  const d0 = (-2 * re) / mod2; // |1 + dt·σ| = 1
  const resolvedUpTo = 1 / Math.sqrt(mod2); // dt·|σ| = 1
  if (d0 >= resolvedUpTo || gamma === 0) return d0;
  if (modeStableAt(resolvedUpTo * (1 - 1e-12), re, mod2, gamma)) return resolvedUpTo;
  // ln|1 + dt·σ| − γ·dt is ≤ 0 at d0 and > 0 here: bisect for the crossing.
  let lo = d0;
  let hi = resolvedUpTo;
  for (let i = 0; i < 100; i++) {
    const mid = 0.5 * (lo + hi);
    if (modeStableAt(mid, re, mod2, gamma)) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** The Laplacian eigenvalues λ ≥ 0 to check (possibly with repeats; duplicates are harmless). */
function modeLambdas(dx: number, dims: 1 | 2, options: StabilityOptions): Float64Array {
  const c = 4 / (dx * dx);
  const { width, height } = options;
  if (width !== undefined && (dims === 1 || height !== undefined)) {
    const sx = axisSymbols(width, options.boundary ?? 'periodic');
    const sy = dims === 2 ? axisSymbols(height!, options.boundary ?? 'periodic') : new Float64Array(1);
    const out = new Float64Array(sx.length * sy.length);
    for (let i = 0; i < sx.length; i++) {
      for (let j = 0; j < sy.length; j++) out[i * sy.length + j] = c * (sx[i] + sy[j]);
    }
    return out;
  }
  const count = 2049;
  const out = new Float64Array(count);
  const max = c * dims;
  for (let i = 0; i < count; i++) out[i] = (max * i) / (count - 1);
  out[count - 1] = max; // exactly the checkerboard, not a rounded multiple
  return out;
}

/** sin²(θ/2) for each distinct mode of one axis of N cells. */
function axisSymbols(n: number, boundary: 'periodic' | 'no-flux'): Float64Array {
  if (!Number.isInteger(n) || n < 1) {
    throw new DynamicsRangeError('rd-grid-cells', { n }, `checkStability: grid size must be ≥ 1, got ${n}`);
  }
  // Periodic: θ = 2πm/N, m = 0..⌊N/2⌋ (the rest mirror these). No-flux: θ = πm/N, m = 0..N−1.
  const count = boundary === 'periodic' ? Math.floor(n / 2) + 1 : n;
  const out = new Float64Array(count);
  for (let m = 0; m < count; m++) {
    const theta = boundary === 'periodic' ? (2 * Math.PI * m) / n : (Math.PI * m) / n;
    // For even N the top periodic mode is θ = π exactly: sin² = 1, not 0.9999999999999999.
    out[m] = boundary === 'periodic' && 2 * m === n ? 1 : Math.sin(0.5 * theta) ** 2;
  }
  return out;
}
