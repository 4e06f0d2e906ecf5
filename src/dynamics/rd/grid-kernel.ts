/**
 * The grid's update kernel: one explicit Euler (sub)step of
 *
 *   du/dt = D_u Δu + a·uⁿ/((κ + uⁿ)·v) − b·u + c,   dv/dt = D_v Δv + r·(u − v),
 *
 * with the 5-point Laplacian Δf ≈ (f_W + f_E + f_N + f_S − 4f)/dx², row by row. Kept apart from
 * `RdGrid` (which owns the fields, stability and blow-up checks) because this is the hot loop of
 * `npm run bench -- --only rd`: u and v updated in one fused pass, a sliding window along each row
 * so each field costs 3 loads per cell, the border columns handled after the row loop and border
 * rows by wrapped row offsets (no modulo, no branch in the inner loop), constants folded ahead of
 * time. No allocation.
 */
import { hillConstant, type RdParams } from './model.ts';

/** Per-substep constants of the update, folded so the inner loop does the least work. */
export class Coefficients {
  /** 1 − h·b − 4·c_u: coefficient of u in u′. */
  kU = 0;
  /** h·D_u/dx²: coefficient of the neighbour sum of u in u′. */
  cU = 0;
  /** h·c. */
  dC = 0;
  /** h·a. */
  dA = 0;
  /** κ = K or Kⁿ. */
  kappa = 0;
  /** Hill exponent. */
  n = 2;
  /** 1 − h·r − 4·c_v: coefficient of v in v′. */
  kV = 0;
  /** h·D_v/dx² (0 in the cross-diffusion reading). */
  cV = 0;
  /** h·D_v/dx² in the cross-diffusion reading (v driven by Δu), else 0. */
  cX = 0;
  /** h·r − 4·c_x: coefficient of u in v′. */
  kVu = 0;

  set(p: Readonly<RdParams>, h: number, dx: number): void {
    const inv = 1 / (dx * dx);
    this.cU = h * p.Du * inv;
    this.cV = p.crossDiffusion ? 0 : h * p.Dv * inv;
    this.cX = p.crossDiffusion ? h * p.Dv * inv : 0;
    // u′ = u + h·(D_u·(Σ_nb u − 4u)/dx² + a·uⁿ/((κ+uⁿ)·v) − b·u + c)
    this.kU = 1 - h * p.b - 4 * this.cU;
    this.dC = h * p.c;
    this.dA = h * p.a;
    this.kappa = hillConstant(p);
    this.n = p.n;
    // v′ = v + h·(D_v·(Σ_nb v − 4v)/dx² + r·(u − v)), or with Σ_nb u − 4u in the literal reading
    this.kV = 1 - h * p.r - 4 * this.cV;
    this.kVu = h * p.r - 4 * this.cX;
  }
}

/**
 * One row of the update for the posts' case (n = 2, v diffuses), the hot loop.
 * `up`/`dn` are offsets to the rows above/below (wrapped or, for no-flux, 0 = the row itself);
 * `iL0` and `iRlast` are the left neighbour of the first cell and the right neighbour of the last.
 * The last cell repeats the loop body verbatim: every cell must evaluate the same expression in
 * the same order, so that a uniform field stays exactly uniform (the PDE then *is* the ODE).
 */
export function rowFast(
  u: Float64Array,
  v: Float64Array,
  un: Float64Array,
  vn: Float64Array,
  row: number,
  last: number,
  iL0: number,
  iRlast: number,
  up: number,
  dn: number,
  k: Coefficients,
): void {
  const { kU, cU, dC, dA, kappa, kV, cV, kVu } = k;
  let uL = u[iL0];
  let vL = v[iL0];
  let uc = u[row];
  let vc = v[row];
  let i = row;
  for (; i < last; i++) {
    const uR = u[i + 1];
    const vR = v[i + 1];
    const u2 = uc * uc;
    un[i] = kU * uc + cU * (uL + uR + (u[i + up] + u[i + dn])) + dC + (dA * u2) / ((kappa + u2) * vc);
    vn[i] = kV * vc + cV * (vL + vR + (v[i + up] + v[i + dn])) + kVu * uc;
    uL = uc;
    uc = uR;
    vL = vc;
    vc = vR;
  }
  const uR = u[iRlast];
  const vR = v[iRlast];
  const u2 = uc * uc;
  un[i] = kU * uc + cU * (uL + uR + (u[i + up] + u[i + dn])) + dC + (dA * u2) / ((kappa + u2) * vc);
  vn[i] = kV * vc + cV * (vL + vR + (v[i + up] + v[i + dn])) + kVu * uc;
}

/** Same as `rowFast` for any n and for the cross-diffusion reading (≈ 10 % slower). */
export function rowGeneral(
  u: Float64Array,
  v: Float64Array,
  un: Float64Array,
  vn: Float64Array,
  row: number,
  last: number,
  iL0: number,
  iRlast: number,
  up: number,
  dn: number,
  k: Coefficients,
): void {
  const { kU, cU, dC, dA, kappa, n, kV, cV, cX, kVu } = k;
  let uL = u[iL0];
  let vL = v[iL0];
  let uc = u[row];
  let vc = v[row];
  let i = row;
  for (; i < last; i++) {
    const uR = u[i + 1];
    const vR = v[i + 1];
    const un_ = uc ** n;
    const sumU = uL + uR + (u[i + up] + u[i + dn]);
    un[i] = kU * uc + cU * sumU + dC + (dA * un_) / ((kappa + un_) * vc);
    vn[i] = kV * vc + cV * (vL + vR + (v[i + up] + v[i + dn])) + cX * sumU + kVu * uc;
    uL = uc;
    uc = uR;
    vL = vc;
    vc = vR;
  }
  const uR = u[iRlast];
  const vR = v[iRlast];
  const un_ = uc ** n;
  const sumU = uL + uR + (u[i + up] + u[i + dn]);
  un[i] = kU * uc + cU * sumU + dC + (dA * un_) / ((kappa + un_) * vc);
  vn[i] = kV * vc + cV * (vL + vR + (v[i + up] + v[i + dn])) + cX * sumU + kVu * uc;
}

export type RowKernel = typeof rowFast;

/**
 * One explicit Euler (sub)step over the grid, row by row. For row y: offsets to the rows above and
 * below (wrapped when periodic; 0 = the row itself for no-flux, i.e. zero gradient), and the left
 * neighbour of the first cell / right neighbour of the last (wrapped, or the cell itself).
 */
export function sweepGrid(
  u: Float64Array,
  v: Float64Array,
  un: Float64Array,
  vn: Float64Array,
  w: number,
  h: number,
  periodic: boolean,
  k: Coefficients,
  row: RowKernel,
): void {
  for (let y = 0; y < h; y++) {
    const r0 = y * w;
    const last = r0 + w - 1;
    const up = y > 0 ? -w : periodic ? (h - 1) * w : 0;
    const dn = y < h - 1 ? w : periodic ? -(h - 1) * w : 0;
    row(u, v, un, vn, r0, last, periodic ? last : r0, periodic ? r0 : last, up, dn, k);
  }
}
