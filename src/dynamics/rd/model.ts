/**
 * Reaction–diffusion model of SPEC §4: an activator u and an inhibitor v,
 *
 *   du/dt = D_u Δu + a·Hill(u)/v − b·u + c
 *   dv/dt = D_v Δv + r·(u − v)            (literal reading of the post: D_v Δu instead of D_v Δv)
 *
 * with Hill(u) = uⁿ/(K + uⁿ) by default (the 0.2 in the post is the constant itself) or
 * uⁿ/(Kⁿ + uⁿ) as a switch. Sims 1 and 2 have no diffusion (ODEs); sim 3 is the 2-D PDE.
 *
 * Everything here is pure arithmetic on plain objects: no allocation on the paths a solver calls
 * per step (`reactionU`, `reactionV`), no DOM, no Phaser.
 */

import { DynamicsRangeError } from '../errors.ts';

/** Which Hill function the model uses. */
export type HillForm =
  /** uⁿ/(K + uⁿ): the default; gives the limit cycles and the Turing labyrinth of SPEC §4. */
  | 'K'
  /** uⁿ/(Kⁿ + uⁿ): the textbook form; the homogeneous state is a stable focus, nothing moves. */
  | 'Kn';

/** Model parameters (rates in 1/time, diffusivities in length²/time). */
export interface RdParams {
  /** a: production rate in a·Hill(u)/v. Posts: 20. */
  a: number;
  /** b: linear decay rate of u. Posts: 80. */
  b: number;
  /** c: basal production of u. Posts: 1. */
  c: number;
  /** r: relaxation rate of v towards u, in r·(u − v). Sim 1: 20; sims 2 and 3: 30. */
  r: number;
  /** K: Hill constant. Posts: 0.2. */
  K: number;
  /** n: Hill exponent. Posts: 2. */
  n: number;
  /** Which Hill form; see `HillForm`. Default 'K'. */
  hill: HillForm;
  /** D_u: diffusivity of u. Sim 3: 0.5; 0 for the ODE sims. */
  Du: number;
  /** D_v: diffusivity of v. Sim 3: 5.0; 0 for the ODE sims. */
  Dv: number;
  /**
   * Literal reading of the post's v equation, `5.0 Δu` instead of `5.0 Δv`: v is driven by the
   * curvature of u and does not diffuse itself. There is no wavelength selection then (the growth
   * rate rises monotonically with k), so the fastest modes sit at grid scale and the result is
   * pixel speckle with v ≪ 0. Off by default (treated as a typo, SPEC §4).
   */
  crossDiffusion: boolean;
}

/** A named parameter set: typed data, not a code path (STYLE.md §10). */
export interface RdPreset {
  readonly id: 'sim1' | 'sim2' | 'sim3';
  readonly label: string;
  /** 'ode' sims have no diffusion and are shown as time series/phase plane; 'pde' runs on a grid. */
  readonly kind: 'ode' | 'pde';
  readonly params: Readonly<RdParams>;
  /** Grid spacing of the post (length units per cell). */
  readonly dx: number;
  /** Time step written in the post. For sim 3 it is unstable in 2-D with explicit Euler. */
  readonly postDt: number;
  /** Time step the playground uses by default. */
  readonly dt: number;
  readonly note: string;
}

/** Defaults shared by the three sims; every preset overrides only what differs. */
export const RD_DEFAULTS: Readonly<RdParams> = {
  a: 20,
  b: 80,
  c: 1,
  r: 30,
  K: 0.2,
  n: 2,
  hill: 'K',
  Du: 0,
  Dv: 0,
  crossDiffusion: false,
};

/** Grid spacing of the posts. */
export const RD_DX = 0.1;
/** Time step written in the posts. */
export const RD_POST_DT = 0.0005;
/**
 * Default 2-D explicit step: the stability limit with D_v = 5, dx = 0.1 is ≈ 4.96e-4
 * (see `checkStability`), so the posts' 5e-4 is just over it.
 */
export const RD_GRID_DT = 4e-4;

export const RD_PRESETS: Readonly<Record<RdPreset['id'], RdPreset>> = {
  sim1: {
    id: 'sim1',
    label: 'Sim 1: oscillator (r = 20)',
    kind: 'ode',
    params: { ...RD_DEFAULTS, r: 20 },
    dx: RD_DX,
    postDt: RD_POST_DT,
    dt: RD_POST_DT,
    note: 'Relaxation limit cycle: period ≈ 0.256, u between ≈ 0.016 and ≈ 1.044.',
  },
  sim2: {
    id: 'sim2',
    label: 'Sim 2: faster oscillator (r = 30)',
    kind: 'ode',
    params: { ...RD_DEFAULTS, r: 30 },
    dx: RD_DX,
    postDt: RD_POST_DT,
    dt: RD_POST_DT,
    note: 'Smaller, faster limit cycle: period ≈ 0.211, u ≈ 0.024–0.810.',
  },
  sim3: {
    id: 'sim3',
    label: 'Sim 3: Turing pattern (D_u = 0.5, D_v = 5)',
    kind: 'pde',
    params: { ...RD_DEFAULTS, r: 30, Du: 0.5, Dv: 5 },
    dx: RD_DX,
    postDt: RD_POST_DT,
    dt: RD_GRID_DT,
    note:
      'Labyrinth of wavelength ≈ 1.33 (≈ 13 cells), visible by t ≈ 0.75, settled by t ≈ 5. ' +
      "The post's dt = 5e-4 is unstable in 2-D with explicit Euler; 4e-4 is used.",
  },
};

/** Merge overrides onto the defaults, the one way to build a parameter object. */
export function rdParams(overrides: Partial<RdParams> = {}): RdParams {
  return { ...RD_DEFAULTS, ...overrides };
}

/** The constant in the Hill denominator: K or Kⁿ depending on the form. */
export function hillConstant(p: Readonly<RdParams>): number {
  return p.hill === 'Kn' ? p.K ** p.n : p.K;
}

/** uⁿ, with a multiply instead of `**` for the posts' n = 2 (the hot path of every solver). */
export function powN(u: number, n: number): number {
  return n === 2 ? u * u : u ** n;
}

/** Hill(u) = uⁿ/(κ + uⁿ) with κ = K or Kⁿ. */
export function hill(p: Readonly<RdParams>, u: number): number {
  const un = powN(u, p.n);
  return un / (hillConstant(p) + un);
}

/** Reaction part of du/dt: a·Hill(u)/v − b·u + c. */
export function reactionU(p: Readonly<RdParams>, u: number, v: number): number {
  const un = powN(u, p.n);
  return (p.a * un) / ((hillConstant(p) + un) * v) - p.b * u + p.c;
}

/** Reaction part of dv/dt: r·(u − v). */
export function reactionV(p: Readonly<RdParams>, u: number, v: number): number {
  return p.r * (u - v);
}

/** Reaction Jacobian [[f_u, f_v], [g_u, g_v]] at (u, v), analytic. */
export interface Jacobian2 {
  fu: number;
  fv: number;
  gu: number;
  gv: number;
}

export function reactionJacobian(p: Readonly<RdParams>, u: number, v: number): Jacobian2 {
  const kappa = hillConstant(p);
  const un = powN(u, p.n);
  const h = un / (kappa + un);
  // d/du uⁿ/(κ + uⁿ) = n·κ·uⁿ⁻¹/(κ + uⁿ)²
  const dh = u === 0 ? 0 : (p.n * kappa * un) / (u * (kappa + un) ** 2);
  return {
    fu: (p.a * dh) / v - p.b,
    fv: (-p.a * h) / (v * v),
    gu: p.r,
    gv: -p.r,
  };
}

/** Residual of the homogeneous steady state: with v* = u*, a·Hill(u)/u − b·u + c = 0. */
function steadyResidual(p: Readonly<RdParams>, u: number): number {
  return (p.a * hill(p, u)) / u - p.b * u + p.c;
}

/**
 * All positive homogeneous steady states u* = v*, ascending. Scans for sign changes of the
 * residual on a fine grid, then bisects each to machine precision.
 */
export function steadyStates(p: Readonly<RdParams>): number[] {
  // Upper bracket: Hill ≤ 1, so for u ≥ 1 the residual ≤ a − b·u + c, negative past (a + c)/b.
  const hi = Math.max(1, (2 * (p.a + p.c)) / p.b);
  const samples = 4000;
  const roots: number[] = [];
  let x0 = hi * 1e-9;
  let f0 = steadyResidual(p, x0);
  for (let i = 1; i <= samples; i++) {
    const x1 = (hi * i) / samples;
    const f1 = steadyResidual(p, x1);
    if (f0 === 0) roots.push(x0);
    else if (f0 * f1 < 0) roots.push(bisect(p, x0, x1, f0));
    x0 = x1;
    f0 = f1;
  }
  return roots;
}

function bisect(p: Readonly<RdParams>, lo: number, hi: number, flo: number): number {
  for (let i = 0; i < 200 && hi - lo > 1e-15 * hi; i++) {
    const mid = 0.5 * (lo + hi);
    const fm = steadyResidual(p, mid);
    if (fm === 0) return mid;
    if (fm * flo < 0) hi = mid;
    else {
      lo = mid;
      flo = fm;
    }
  }
  return 0.5 * (lo + hi);
}

/**
 * The homogeneous steady state u* = v*. For the posts' parameters it is unique
 * (u* ≈ 0.25118 with the default Hill form, ≈ 0.46572 with the Kⁿ form); if a parameter change
 * makes several, the lowest is returned — use `steadyStates` to see them all.
 */
export function steadyState(p: Readonly<RdParams>): number {
  const roots = steadyStates(p);
  if (roots.length === 0) {
    throw new DynamicsRangeError(
      'rd-no-steady-state',
      { params: JSON.stringify(p) },
      `reaction–diffusion: no positive steady state for ${JSON.stringify(p)}`,
    );
  }
  return roots[0];
}
