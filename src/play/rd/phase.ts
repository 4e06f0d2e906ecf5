/**
 * Phase-plane geometry for the ODE sims (u horizontal, v vertical): the nullclines and a view box
 * that follows the trajectory smoothly.
 *
 *   u-nullcline (du/dt = 0):  a·Hill(u)/v − b·u + c = 0  ⇔  v = a·Hill(u)/(b·u − c)   (b·u > c)
 *   v-nullcline (dv/dt = 0):  r·(u − v) = 0             ⇔  v = u
 *
 * They cross at the steady state u* = v*. The limit cycle winds around it: v relaxes towards u
 * (rate r) while u jumps between the branches of its nullcline (relaxation oscillation).
 */
import { hill, type RdParams } from '../../dynamics/rd/model.ts';

/** v on the u-nullcline at u, or NaN where it does not exist (b·u ≤ c) or v would be ≤ 0. */
export function uNullclineV(p: Readonly<RdParams>, u: number): number {
  const den = p.b * u - p.c;
  if (!(den > 0)) return Number.NaN;
  const v = (p.a * hill(p, u)) / den;
  return v > 0 ? v : Number.NaN;
}

/** Samples of the u-nullcline over [u0, u1] into `out` (pairs u, v; NaN v where undefined). */
export function sampleUNullcline(p: Readonly<RdParams>, u0: number, u1: number, out: Float64Array): void {
  const n = out.length / 2;
  for (let i = 0; i < n; i++) {
    const u = u0 + ((u1 - u0) * i) / (n - 1);
    out[2 * i] = u;
    out[2 * i + 1] = uNullclineV(p, u);
  }
}

export interface Box {
  u0: number;
  u1: number;
  v0: number;
  v1: number;
}

/**
 * A view box that follows the extent of what it must show: it widens at once (nothing is drawn
 * outside the plot) and narrows slowly (the picture does not jitter cycle by cycle).
 */
export class FollowBox implements Box {
  u0 = 0;
  u1 = 1;
  v0 = 0;
  v1 = 1;
  private fresh = true;

  reset(): void {
    this.fresh = true;
  }

  /**
   * Move towards the target extent padded by `pad` of its size on each side: by a fraction `grow`
   * per call outwards, `shrink` inwards, and never less than the target itself.
   */
  follow(target: Box, pad = 0.08, grow = 0.25, shrink = 0.03): void {
    const du = Math.max(target.u1 - target.u0, 0.05);
    const dv = Math.max(target.v1 - target.v0, 0.05);
    const u0 = target.u0 - pad * du;
    const u1 = target.u1 + pad * du;
    const v0 = target.v0 - pad * dv;
    const v1 = target.v1 + pad * dv;
    if (this.fresh) {
      this.u0 = u0;
      this.u1 = u1;
      this.v0 = v0;
      this.v1 = v1;
      this.fresh = false;
      return;
    }
    // Ease towards the padded target (faster outwards), but never so that the target sticks out.
    this.u0 = Math.min(target.u0, this.u0 + (u0 - this.u0) * (u0 < this.u0 ? grow : shrink));
    this.v0 = Math.min(target.v0, this.v0 + (v0 - this.v0) * (v0 < this.v0 ? grow : shrink));
    this.u1 = Math.max(target.u1, this.u1 + (u1 - this.u1) * (u1 > this.u1 ? grow : shrink));
    this.v1 = Math.max(target.v1, this.v1 + (v1 - this.v1) * (v1 > this.v1 ? grow : shrink));
  }
}

/** "Nice" tick positions (1, 2, 5 × 10ᵏ steps) covering [lo, hi], about `count` of them. */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const out: number[] = [];
  for (let x = Math.ceil(lo / step) * step; x <= hi + 1e-12; x += step) out.push(Number(x.toPrecision(12)));
  return out;
}
