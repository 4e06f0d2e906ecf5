/**
 * Reaction–diffusion math without a grid: steady states, the ODE limit cycles of sims 1 and 2,
 * the dispersion relation, and the explicit-Euler stability check. Reference numbers: SPEC §4.
 */
import { describe, expect, it } from 'vitest';
import {
  checkStability,
  dispersion,
  dispersionCurve,
  fastestMode,
  hill,
  measurePeriod,
  RD_PRESETS,
  RdOde,
  rdParams,
  reactionJacobian,
  reactionU,
  reactionV,
  steadyJacobian,
  steadyState,
  steadyStates,
} from '../../src/dynamics/rd/index.ts';

const SIM1 = RD_PRESETS.sim1.params;
const SIM2 = RD_PRESETS.sim2.params;
const SIM3 = RD_PRESETS.sim3.params;
const DX = 0.1;

/** |a − b| ≤ rel·|b|. */
function expectWithin(actual: number, expected: number, rel: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));
}

describe('model', () => {
  it('presets carry the posts’ numbers', () => {
    expect(SIM1).toMatchObject({ a: 20, b: 80, c: 1, r: 20, K: 0.2, n: 2, hill: 'K', Du: 0, Dv: 0 });
    expect(SIM2).toMatchObject({ r: 30, Du: 0, Dv: 0 });
    expect(SIM3).toMatchObject({ r: 30, Du: 0.5, Dv: 5, crossDiffusion: false });
    expect(RD_PRESETS.sim3.dx).toBe(0.1);
    expect(RD_PRESETS.sim3.postDt).toBe(0.0005);
  });

  it('Hill forms: u²/(K + u²) by default, u²/(K² + u²) as the switch', () => {
    expect(hill(SIM3, 0.5)).toBeCloseTo(0.25 / (0.2 + 0.25), 15);
    expect(hill({ ...SIM3, hill: 'Kn' }, 0.5)).toBeCloseTo(0.25 / (0.04 + 0.25), 15);
  });

  it('steady state u* ≈ 0.25118 with uⁿ/(K + uⁿ), unique', () => {
    expect(steadyStates(SIM3)).toHaveLength(1);
    const us = steadyState(SIM3);
    expect(us).toBeCloseTo(0.25118, 5);
    expect(Math.abs(reactionU(SIM3, us, us))).toBeLessThan(1e-12);
    expect(reactionV(SIM3, us, us)).toBe(0);
  });

  it('steady state u* = v* ≈ 0.46572 with uⁿ/(Kⁿ + uⁿ)', () => {
    const us = steadyState({ ...SIM3, hill: 'Kn' });
    expect(us).toBeCloseTo(0.46572, 5);
  });

  it('analytic Jacobian matches central differences', () => {
    const p = { ...SIM3, n: 2.5 };
    const [u, v, h] = [0.3, 0.4, 1e-6];
    const J = reactionJacobian(p, u, v);
    expect(J.fu).toBeCloseTo((reactionU(p, u + h, v) - reactionU(p, u - h, v)) / (2 * h), 5);
    expect(J.fv).toBeCloseTo((reactionU(p, u, v + h) - reactionU(p, u, v - h)) / (2 * h), 5);
    expect(J.gu).toBe(p.r);
    expect(J.gv).toBe(-p.r);
  });
});

describe('ODE sims 1 and 2 (RK4)', () => {
  it('sim 1: limit cycle of period ≈ 0.256, u between ≈ 0.016 and ≈ 1.044', () => {
    const r = measurePeriod(SIM1);
    expect(r.crossings).toBeGreaterThanOrEqual(10);
    expectWithin(r.period, 0.256, 0.03);
    expect(r.uMin).toBeCloseTo(0.016, 2);
    expect(r.uMax).toBeCloseTo(1.044, 2);
  });

  it('sim 2: smaller, faster cycle, period ≈ 0.211, u ≈ 0.024–0.810', () => {
    const r = measurePeriod(SIM2);
    expectWithin(r.period, 0.211, 0.03);
    expect(r.uMin).toBeCloseTo(0.024, 2);
    expect(r.uMax).toBeCloseTo(0.81, 2);
  });

  it('RK4 has converged at the posts’ dt: halving it moves the period by < 1e-5', () => {
    const a = measurePeriod(SIM2, { dt: 5e-4 }).period;
    const b = measurePeriod(SIM2, { dt: 2.5e-4 }).period;
    expect(Math.abs(a - b)).toBeLessThan(1e-5);
  });

  it('with the Kⁿ form the steady state is a stable focus: the orbit spirals in', () => {
    const p = { ...SIM1, hill: 'Kn' as const };
    const us = steadyState(p);
    const ode = new RdOde(p, 5e-4, us * 1.2, us);
    ode.step(4000); // t = 2
    expect(Math.abs(ode.u - us)).toBeLessThan(1e-9);
    expect(Math.abs(ode.v - us)).toBeLessThan(1e-9);
    expect(measurePeriod(p).crossings).toBe(0);
  });
});

describe('dispersion relation (linear stability of u* = v*)', () => {
  it('sim 3: fastest mode k ≈ 4.73 (wavelength ≈ 1.33), unstable band up to k ≈ 7.5', () => {
    const m = fastestMode(SIM3);
    expect(m.unstable).toBe(true);
    expect(m.k).toBeCloseTo(4.73, 2);
    expect(m.wavelength).toBeCloseTo(1.33, 2);
    expect(m.bandMax).toBeCloseTo(7.5, 1);
    expect(m.growthAtZero).toBeGreaterThan(0); // the uniform mode oscillates: sim 2's Hopf cycle
    expect(dispersion(SIM3, 7.6)).toBeLessThan(0);
    expect(dispersion(SIM3, 2)).toBeLessThan(0); // gap between the Hopf (k < 1) and Turing bands
  });

  it('Kⁿ form: every mode decays', () => {
    const m = fastestMode({ ...SIM3, hill: 'Kn' });
    expect(m.unstable).toBe(false);
    expect(m.growthAtZero).toBeLessThan(0);
    expect(Number.isNaN(m.bandMax)).toBe(true);
  });

  it('literal cross-diffusion reading: growth rises with k, fastest at grid scale', () => {
    const p = { ...SIM3, crossDiffusion: true };
    const { growth } = dispersionCurve(p, Math.PI / DX, 64, { dx: DX });
    for (let i = 40; i < growth.length; i++) expect(growth[i]).toBeGreaterThan(growth[i - 1]);
    expect(fastestMode(p, Math.PI / DX, { dx: DX }).k).toBeCloseTo(Math.PI / DX, 6);
  });
});

describe('explicit-Euler stability check', () => {
  it('the posts’ dt = 5e-4 is unstable in 2-D: limit ≈ 4.96e-4, checkerboard grows ×≈1.015', () => {
    const s = checkStability(SIM3, 5e-4, DX);
    expect(s.stable).toBe(false);
    expect(s.limitDt).toBeGreaterThan(4.95e-4);
    expect(s.limitDt).toBeLessThan(4.97e-4);
    expect(s.growthFactor).toBeCloseTo(1.015, 3);
    expect(s.worstLambda).toBeCloseTo(8 / DX ** 2, 9);
    expect(s.message).toMatch(/exceeds the explicit-Euler stability limit 0\.0004964/);
    expect(s.message).toMatch(/checkerboard/);
    expect(s.substeps).toBe(2);
  });

  it('dt = 4e-4 passes, the checkerboard damped by ≈ 0.61 per step', () => {
    const s = checkStability(SIM3, 4e-4, DX);
    expect(s.stable).toBe(true);
    expect(s.growthFactor).toBeCloseTo(0.612, 3);
    expect(s.substeps).toBe(1);
  });

  it('the floating-point trap: dx²/(4·D_v) rounds to just above 5e-4, the check is not fooled', () => {
    const naive = DX ** 2 / (4 * SIM3.Dv);
    expect(naive).toBe(0.0005000000000000001);
    expect(5e-4 <= naive).toBe(true); // the naive test would accept the posts' dt
    expect(checkStability(SIM3, 5e-4, DX).stable).toBe(false);
    // Just either side of the reported limit.
    const lim = checkStability(SIM3, 4e-4, DX).limitDt;
    expect(checkStability(SIM3, lim * (1 - 1e-9), DX).stable).toBe(true);
    expect(checkStability(SIM3, lim * (1 + 1e-9), DX).stable).toBe(false);
  });

  it('matches the closed form 2/|σ| of the checkerboard eigenvalue σ of J − (8/dx²)·D', () => {
    const J = steadyJacobian(SIM3);
    const lambda = 8 / DX ** 2;
    const [m11, m22] = [J.fu - lambda * SIM3.Du, J.gv - lambda * SIM3.Dv];
    const half = (m11 + m22) / 2;
    const sigma = half - Math.sqrt(half * half - (m11 * m22 - J.fv * J.gu)); // the stiff, real one
    expect(checkStability(SIM3, 4e-4, DX).limitDt).toBeCloseTo(-2 / sigma, 12);
  });

  it('checks exactly the grid’s modes: same verdict on 160×160 periodic and no-flux grids', () => {
    for (const boundary of ['periodic', 'no-flux'] as const) {
      expect(checkStability(SIM3, 5e-4, DX, { width: 160, height: 160, boundary }).stable).toBe(false);
      expect(checkStability(SIM3, 4e-4, DX, { width: 160, height: 160, boundary }).stable).toBe(true);
    }
  });

  it('slowly damped oscillations next to the Hopf band do not count as instability (odd grids)', () => {
    // On 257×257 a mode at k ≈ 1 has Re σ ≈ −0.01, Im σ ≈ 33: Euler amplifies it by 1 + 8e-5 per
    // step, an O(dt) accuracy error far slower than the physical growth (9.3); a strict
    // |1 + dt·σ| ≤ 1 would demand 60 substeps.
    const s = checkStability(SIM3, 4e-4, DX, { width: 257, height: 257 });
    expect(s.stable).toBe(true);
    expect(s.limitDt).toBeGreaterThan(4.95e-4);
  });

  it('in 1-D the posts’ dt is stable (the limit is ≈ 2× larger)', () => {
    const s = checkStability(SIM3, 5e-4, DX, { dims: 1 });
    expect(s.stable).toBe(true);
    expect(s.limitDt).toBeGreaterThan(9.5e-4);
  });

  it('rejects nonsense steps with a RangeError naming them', () => {
    expect(() => checkStability(rdParams(), 0, DX)).toThrow(/dt = 0/);
  });
});
