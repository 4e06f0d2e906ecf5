/**
 * Sim 3 on the 2-D grid: Turing pattern (stationary, wavelength ≈ 1.33), the uniform state
 * following sim 2's cycle, the Kⁿ switch, stability refusal/subdivision, blow-up detection,
 * boundaries and seeding. A 160×160 run to t = 5.5 is ≈ 3.5·10⁸ cell updates: a few seconds.
 */
import { describe, expect, it } from 'vitest';
import {
  measurePeriod,
  RD_PRESETS,
  RdGrid,
  radialSpectrum,
  UpCrossingTimer,
} from '../../src/dynamics/rd/index.ts';

const SIZE = 160; // side 16 at dx = 0.1
const DX = 0.1;

/** Steps from the grid's current time to time T. */
function stepsTo(grid: RdGrid, T: number): number {
  return Math.round((T - grid.t) / grid.dt);
}

describe('sim 3 Turing pattern', () => {
  it('forms by t ≈ 0.75, is stationary by t = 5, with wavelength 1.33 ± 0.1', () => {
    const grid = new RdGrid({ width: SIZE, height: SIZE });
    expect(grid.substeps).toBe(1);
    grid.addNoise(0.01, 7);
    grid.step(stepsTo(grid, 0.75));
    const early = grid.stats('u');
    expect(early.max - early.min).toBeGreaterThan(0.2); // visible: noise was ±0.01

    grid.step(stepsTo(grid, 5));
    expect(grid.status).toBe('ok');
    const before = Float64Array.from(grid.u);
    grid.step(stepsTo(grid, 5.5));
    let changed = 0;
    for (let i = 0; i < before.length; i++) if (Math.abs(grid.u[i] - before[i]) > 0.05) changed++;
    expect(changed / before.length).toBeLessThan(0.01);

    const { wavelength } = radialSpectrum(grid.u, SIZE, SIZE, DX);
    expect(Math.abs(wavelength - 1.33)).toBeLessThan(0.1);
    const late = grid.stats('u');
    expect(late.max - late.min).toBeGreaterThan(0.3); // a pattern, not a uniform state
  });

  it('without noise the field stays uniform and follows sim 2’s limit cycle', () => {
    const grid = new RdGrid({ width: SIZE, height: SIZE });
    grid.reset({ u: grid.steady * 1.01 });
    const timer = new UpCrossingTimer(grid.steady);
    let spread = 0;
    let uMin = Number.POSITIVE_INFINITY;
    let uMax = Number.NEGATIVE_INFINITY;
    const steps = stepsTo(grid, 4.5);
    for (let s = 0; s < steps; s++) {
      grid.step(1);
      if (grid.t < 2) continue; // transient
      const u = grid.u[0];
      timer.push(grid.t, u);
      uMin = Math.min(uMin, u);
      uMax = Math.max(uMax, u);
      if (s % 50 === 0) {
        const st = grid.stats('u');
        const sv = grid.stats('v');
        spread = Math.max(spread, st.max - st.min, sv.max - sv.min);
      }
    }
    expect(spread).toBeLessThan(1e-6);
    expect(timer.count).toBeGreaterThanOrEqual(10);
    const ode = measurePeriod(RD_PRESETS.sim2.params);
    expect(Math.abs(timer.period() / ode.period - 1)).toBeLessThan(0.03);
    expect(Math.abs(timer.period() / 0.211 - 1)).toBeLessThan(0.03);
    expect(uMin).toBeCloseTo(0.024, 2);
    expect(uMax).toBeCloseTo(0.81, 1);
  });

  it('with the Kⁿ Hill form no pattern forms: noise decays to the steady state', () => {
    const grid = new RdGrid({ width: SIZE, height: SIZE, params: { hill: 'Kn' } });
    grid.addNoise(0.01, 7);
    grid.step(stepsTo(grid, 2));
    const st = grid.stats('u');
    expect(st.max - st.min).toBeLessThan(1e-6);
    expect(st.mean).toBeCloseTo(0.46572, 5);
  });
});

describe('stability at the posts’ dt = 5e-4', () => {
  it("'refuse' throws the documented message", () => {
    expect(() => new RdGrid({ width: SIZE, height: SIZE, dt: 5e-4, onUnstable: 'refuse' })).toThrow(
      /dt = 0\.0005 exceeds the explicit-Euler stability limit 0\.0004964 .*checkerboard/,
    );
    expect(() => new RdGrid({ width: SIZE, height: SIZE, dt: 4e-4, onUnstable: 'refuse' })).not.toThrow();
  });

  it("'subdivide' (default) splits each step in two, says so, and stays finite", () => {
    const grid = new RdGrid({ width: 64, height: 64, dt: 5e-4 });
    expect(grid.substeps).toBe(2);
    expect(grid.message).toMatch(/exceeds .* Running each step as 2 substeps of 0\.00025/);
    grid.addNoise(0.01, 3);
    expect(grid.step(2000)).toBe(2000); // t = 1, past the unsafe run's blow-up
    expect(grid.status).toBe('ok');
    expect(grid.t).toBeCloseTo(1, 9);
    const s = grid.stats('v');
    expect(s.max).toBeLessThan(2);
    expect(s.min).toBeGreaterThan(0);
  });

  it('a stable dt gets no message and one sweep per step', () => {
    const grid = new RdGrid({ width: 64, height: 64 });
    expect(grid.substeps).toBe(1);
    expect(grid.message).toBe('');
    grid.setDt(5e-4);
    expect(grid.substeps).toBe(2);
    grid.setDt(4e-4);
    expect(grid.message).toBe('');
    const strict = new RdGrid({ width: 64, height: 64, onUnstable: 'refuse' });
    expect(() => strict.setDt(5e-4)).toThrow(RangeError);
    expect(strict.dt).toBe(4e-4); // refused: the old dt stays
  });
});

describe('blow-up detection', () => {
  it("'unsafe' at dt = 5e-4: the checkerboard blows up and the run stops with a message", () => {
    const grid = new RdGrid({ width: 64, height: 64, dt: 5e-4, onUnstable: 'unsafe' });
    expect(grid.message).toMatch(/^Unsafe: /);
    grid.addNoise(0.01, 3);
    const taken = grid.step(4000); // t = 2 if nothing stopped it
    expect(taken).toBeLessThan(4000);
    expect(grid.status).toBe('blown-up');
    expect(grid.t).toBeGreaterThan(0.5);
    expect(grid.t).toBeLessThan(1.2);
    expect(grid.message).toMatch(
      /^Blow-up stopped the run at t ≈ .* [uv] = .* at cell \(\d+, \d+\)\..*exceeds/,
    );
    const t = grid.t;
    expect(grid.step(10)).toBe(0); // stopped until reset
    expect(grid.t).toBe(t);
    grid.reset();
    expect(grid.status).toBe('ok');
  });

  it('a NaN in either field is caught within checkEvery sweeps', () => {
    for (const field of ['u', 'v'] as const) {
      const grid = new RdGrid({ width: 32, height: 32, checkEvery: 16 });
      grid[field][5 * 32 + 7] = Number.NaN;
      grid.step(100);
      expect(grid.status).toBe('blown-up');
      expect(grid.steps).toBeLessThan(16);
      expect(grid.message).toMatch(/[uv] = NaN at cell/);
      expect(grid.message).toMatch(/nonlinear runaway/);
    }
  });

  it('an infinite v with finite u is caught (v runs away first)', () => {
    const grid = new RdGrid({ width: 32, height: 32 });
    grid.v[100] = Number.NEGATIVE_INFINITY;
    expect(grid.check()).toBe(false);
    expect(grid.message).toMatch(/v = -Infinity at cell \(4, 3\)/);
  });
});

describe('grid mechanics', () => {
  it('perturb wraps across periodic edges and is clipped at no-flux ones', () => {
    for (const boundary of ['periodic', 'no-flux'] as const) {
      const grid = new RdGrid({ width: 20, height: 10, boundary });
      const s = grid.steady;
      grid.perturb(0, 5, 2, 0.1);
      expect(grid.u[5 * 20 + 0]).toBeCloseTo(s + 0.1, 12);
      expect(grid.u[5 * 20 + 2]).toBeCloseTo(s + 0.1, 12); // distance 2: on the rim
      expect(grid.u[5 * 20 + 3]).toBe(s);
      expect(grid.u[5 * 20 + 18]).toBe(boundary === 'periodic' ? s + 0.1 : s);
      expect(grid.v[5 * 20 + 0]).toBe(s);
    }
  });

  it('a centred bump stays exactly mirror-symmetric with either boundary', () => {
    for (const boundary of ['periodic', 'no-flux'] as const) {
      const [w, h] = [21, 12];
      const grid = new RdGrid({ width: w, height: h, boundary });
      grid.perturb(10, 5.5, 4, 0.2);
      grid.perturb(10, 0, 3, 0.1, 'v'); // touches the top edge
      grid.step(500);
      for (let y = 0; y < h; y++) {
        for (let x = 0; x < w; x++) expect(grid.u[y * w + x]).toBe(grid.u[y * w + (w - 1 - x)]);
      }
    }
  });

  it('no-flux differs from periodic only through the edges', () => {
    const a = new RdGrid({ width: 40, height: 40, boundary: 'periodic' });
    const b = new RdGrid({ width: 40, height: 40, boundary: 'no-flux' });
    for (const g of [a, b]) {
      g.perturb(20, 20, 3, 0.1);
      g.step(10); // the stencil spreads one cell per step: the bump (17..23) stays clear of the edges
    }
    expect(Array.from(b.u)).toEqual(Array.from(a.u));
    for (const g of [a, b]) g.perturb(0, 0, 3, 0.1);
    a.step(5);
    b.step(5);
    expect(Array.from(b.u)).not.toEqual(Array.from(a.u));
  });

  it('same seed, same noise; another seed, other noise', () => {
    const make = (seed: number) => {
      const g = new RdGrid({ width: 16, height: 16 });
      g.addNoise(0.01, seed);
      return Array.from(g.u);
    };
    expect(make(1)).toEqual(make(1));
    expect(make(1)).not.toEqual(make(2));
  });

  it('radialSpectrum finds the wavelength of synthetic stripes on a non-power-of-two grid', () => {
    const f = new Float64Array(SIZE * SIZE);
    const k = (2 * Math.PI) / (16 / 12); // 12 periods across 16 length units
    for (let y = 0; y < SIZE; y++) {
      for (let x = 0; x < SIZE; x++) f[y * SIZE + x] = Math.cos(k * (0.6 * x + 0.8 * y) * DX) + 3;
    }
    // (0.6, 0.8)·12 = (7.2, 9.6) periods is not on the lattice: the peak spreads over bins.
    expect(radialSpectrum(f, SIZE, SIZE, DX).wavelength).toBeCloseTo(16 / 12, 1);
    for (let y = 0; y < SIZE; y++) {
      for (let x = 0; x < SIZE; x++) f[y * SIZE + x] = Math.sin(k * x * DX);
    }
    expect(radialSpectrum(f, SIZE, SIZE, DX).wavelength).toBeCloseTo(16 / 12, 10);
  });

  it('validates its size', () => {
    expect(() => new RdGrid({ width: 0, height: 4 })).toThrow(/0×4/);
  });
});
