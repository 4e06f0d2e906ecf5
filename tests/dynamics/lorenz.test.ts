import { describe, expect, it } from 'vitest';
import {
  bifurcationColumns,
  bifurcationDiagram,
  CLASSIC,
  CLASSIC_SPECTRUM,
  classifySpectrum,
  eigenvalues3,
  fixedPoints,
  hopfR,
  jacobianEigenvalues,
  LorenzBlowUpError,
  type LorenzParams,
  LyapunovRun,
  lorenzField,
  lorenzJacobian,
  lyapunovSpectrum,
  lyapunovSweep,
  rk4Step,
  rk4StepJacobian,
  ZERO_EXPONENT_NOISE,
  zeroExponentTolerance,
  zMaxima,
} from '../../src/dynamics/lorenz/index.ts';

const at = (r: number): LorenzParams => ({ ...CLASSIC, r });
const trace = (p: LorenzParams) => -(p.sigma + 1 + p.b);

/** Sorted values grouped where consecutive gaps exceed `tol`: [count, min, spread] per group. */
function clusters(values: ArrayLike<number>, tol: number): { count: number; spread: number }[] {
  const s = Array.from(values).sort((a, b) => a - b);
  const out: { count: number; lo: number; hi: number }[] = [];
  for (const v of s) {
    const last = out[out.length - 1];
    if (last && v - last.hi <= tol) {
      last.count++;
      last.hi = v;
    } else out.push({ count: 1, lo: v, hi: v });
  }
  return out.map((c) => ({ count: c.count, spread: c.hi - c.lo }));
}

/** Speed ratio log(max|f| / min|f|) along the attractor reached from the run's end state. */
function logSpeedRatio(p: LorenzParams, start: ArrayLike<number>): number {
  const s = Float64Array.from([start[0], start[1], start[2]]);
  const f = new Float64Array(3);
  let max = 0;
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 20_000; i++) {
    rk4Step(p, s, 0.001);
    lorenzField(p, s, f);
    const v = Math.hypot(f[0], f[1], f[2]);
    max = Math.max(max, v);
    min = Math.min(min, v);
  }
  return Math.log(max / min);
}

describe('Lyapunov spectrum (QR method, RK4-step Jacobian)', () => {
  it('matches the published spectrum at σ=10, r=28, b=8/3 with the default options', () => {
    const l = lyapunovSpectrum(CLASSIC);
    // Measured: (0.9043, −0.00002, −14.5708); λ1 over 24 seeds: mean 0.9055, sd 0.0013.
    expect(Math.abs(l[0] - CLASSIC_SPECTRUM[0])).toBeLessThan(0.01);
    expect(Math.abs(l[1] - CLASSIC_SPECTRUM[1])).toBeLessThan(0.01);
    expect(Math.abs(l[2] - CLASSIC_SPECTRUM[2])).toBeLessThan(0.01);
    expect(classifySpectrum(l, 1e4)).toBe('chaos');
  });

  it('sums to the trace −(σ + 1 + b) for several parameter sets', () => {
    // The sum is the mean log det of the RK4 step, which differs from dt·tr J by O(dt⁴·|J|⁵):
    // 1e-4 at r = 28, dt = 0.01, but 1e-2 at r = 350, so the fast flows use dt = 0.005.
    const cases: [LorenzParams, number][] = [
      [CLASSIC, 0.01],
      [at(0.5), 0.01],
      [at(15), 0.01],
      [{ sigma: 5, r: 60, b: 1 }, 0.01],
      [{ sigma: 16, r: 45.92, b: 4 }, 0.005],
      [at(160), 0.005],
      [at(350), 0.005],
    ];
    for (const [p, dt] of cases) {
      const l = lyapunovSpectrum(p, { dt, transient: 100, time: 200 });
      expect(Math.abs(l[0] + l[1] + l[2] - trace(p)), JSON.stringify(p)).toBeLessThan(1e-3);
    }
  });

  it('gives the eigenvalues at the origin for r = 0.5', () => {
    const p = at(0.5);
    const exact = jacobianEigenvalues(p, [0, 0, 0]);
    expect(exact.re[0]).toBeCloseTo(-0.4751, 4);
    expect(exact.re[1]).toBeCloseTo(-2.6667, 4);
    expect(exact.re[2]).toBeCloseTo(-10.5249, 4);
    const l = lyapunovSpectrum(p, { time: 1000 });
    // Real, distinct eigenvalues: the estimate converges like 1/T with a small constant
    // (measured |error| ≤ 1.2e-5 at T = 1000).
    for (let i = 0; i < 3; i++) expect(Math.abs(l[i] - exact.re[i])).toBeLessThan(1e-4);
    expect(classifySpectrum(l, 1000)).toBe('fixed-point');
  });

  it('gives the real part of the complex pair at C± for r = 10 and r = 20', () => {
    for (const r of [10, 20]) {
      const p = at(r);
      const cPlus = fixedPoints(p)[1];
      const eig = jacobianEigenvalues(p, cPlus);
      expect(eig.im[0]).toBeGreaterThan(1); // the complex pair leads
      const l = lyapunovSpectrum(p, { time: 1000 });
      // Tolerance 2e-3: the pair's two estimates oscillate about Re λ with amplitude ~1/T
      // (measured 1.7e-4 at r = 10, 2.3e-5 at r = 20 with T = 1000); λ3 is the real eigenvalue.
      expect(Math.abs(l[0] - eig.re[0])).toBeLessThan(2e-3);
      expect(Math.abs(l[1] - eig.re[1])).toBeLessThan(2e-3);
      expect(Math.abs(l[2] - eig.re[2])).toBeLessThan(2e-3);
      expect(classifySpectrum(l, 1000)).toBe('fixed-point');
    }
  });

  it('bounds a zero exponent by log(max|f|/min|f|)/T on periodic orbits (the classifier threshold)', () => {
    // On a periodic orbit the top tangent vector follows f(x), so |λ̂1|·T ≤ log(max|f| / min|f|).
    // Measured at T ∈ {100, …, 10⁴} and 8 seeds: max |λ̂1|·T = 1.92, 1.76, 1.55 for
    // r = 100.5, 160, 350; ZERO_EXPONENT_NOISE = 6 leaves a factor ≥ 2.7.
    const T = 1000;
    for (const r of [100.5, 160, 350]) {
      const p = at(r);
      for (const seed of [1, 2, 3]) {
        const run = new LyapunovRun(p, { seed }).advance(T);
        const l = run.spectrum();
        const bound = logSpeedRatio(p, run.state);
        expect(Math.abs(l[0]) * T, `r=${r} seed=${seed}`).toBeLessThanOrEqual(bound + 0.1);
        expect(bound * 2.5).toBeLessThan(ZERO_EXPONENT_NOISE);
        expect(l[1]).toBeLessThan(-zeroExponentTolerance(T));
        expect(classifySpectrum(l, T)).toBe('periodic');
      }
    }
  });

  it('needs the Jacobian of the same RK4 step: the step Jacobian matches finite differences', () => {
    const p = CLASSIC;
    const s = [3.1, -2.4, 22.7];
    const dt = 0.01;
    const m = rk4StepJacobian(p, s, dt);
    const eps = 1e-6;
    for (let j = 0; j < 3; j++) {
      const plus = Float64Array.from(s);
      const minus = Float64Array.from(s);
      plus[j] += eps;
      minus[j] -= eps;
      rk4Step(p, plus, dt);
      rk4Step(p, minus, dt);
      for (let i = 0; i < 3; i++) {
        expect(m[3 * i + j]).toBeCloseTo((plus[i] - minus[i]) / (2 * eps), 7);
      }
    }
    // The Euler linearization I + dt·J is off by O(dt²), 300× more than the check above allows
    // (enough to push λ2 to ≈ +0.5): the finite-difference test can tell them apart.
    const J = lorenzJacobian(p, s[0], s[1], s[2]);
    let diff = 0;
    for (let k = 0; k < 9; k++) diff = Math.max(diff, Math.abs(m[k] - ((k % 4 === 0 ? 1 : 0) + dt * J[k])));
    expect(diff).toBeGreaterThan(1e-3);
  });

  it('advances the trajectory with exactly the RK4 map whose Jacobian it uses', () => {
    // The spectrum kernel, the bifurcation kernel and rk4Step must be the same map, bit for bit.
    const ref = Float64Array.of(1, 2, 3);
    for (let i = 0; i < 300; i++) rk4Step(CLASSIC, ref, 0.01);
    const run = new LyapunovRun(CLASSIC, { initial: [1, 2, 3], transient: 0 }).advance(3);
    expect(run.state.subarray(0, 3)).toEqual(ref);
    const s = Float64Array.of(1, 2, 3);
    zMaxima(CLASSIC, s, { dt: 0.01, transient: 2, record: 1 });
    expect(s).toEqual(ref);
  });

  it('is deterministic for a seed and can be extended progressively', () => {
    const a = lyapunovSpectrum(CLASSIC, { time: 200, transient: 50, seed: 7 });
    const b = lyapunovSpectrum(CLASSIC, { time: 200, transient: 50, seed: 7 });
    expect(a).toEqual(b);
    const run = new LyapunovRun(CLASSIC, { transient: 50, seed: 7 });
    run.advance(50).advance(150);
    expect(run.time).toBeCloseTo(200, 9);
    const c = run.spectrum();
    for (let i = 0; i < 3; i++) expect(c[i]).toBeCloseTo(a[i], 9);
  });

  it('sweeps λ against r coarse-to-fine', () => {
    const points = [...lyapunovSweep({ from: 10, to: 28, count: 3, times: [20, 60], transient: 50 })];
    expect(points.map((q) => q.pass)).toEqual([0, 0, 0, 1, 1, 1]);
    expect(points.map((q) => q.time)).toEqual([20, 20, 20, 60, 60, 60].map((t) => expect.closeTo(t, 9)));
    expect(points[3].behaviour).toBe('fixed-point'); // r = 10
    expect(points[5].behaviour).toBe('chaos'); // r = 28
  });
});

describe('vector field and integrator', () => {
  it('has the Jacobian of the field (central finite differences)', () => {
    const p = { sigma: 10, r: 28, b: 8 / 3 };
    const s = [1.7, -4.2, 18.3];
    const J = lorenzJacobian(p, s[0], s[1], s[2]);
    const eps = 1e-6;
    const fp = new Float64Array(3);
    const fm = new Float64Array(3);
    for (let j = 0; j < 3; j++) {
      const plus = [...s];
      const minus = [...s];
      plus[j] += eps;
      minus[j] -= eps;
      lorenzField(p, plus, fp);
      lorenzField(p, minus, fm);
      for (let i = 0; i < 3; i++) expect(J[3 * i + j]).toBeCloseTo((fp[i] - fm[i]) / (2 * eps), 6);
    }
  });

  it('RK4 is fourth order: halving dt divides the error by ~16', () => {
    // Over half a time unit from (1, 1, 20): long enough to leave round-off behind, short enough
    // that chaotic stretching does not distort the ratio (measured 15.95, 16.04, 16.04).
    const end = (dt: number) => {
      const s = Float64Array.of(1, 1, 20);
      const n = Math.round(0.5 / dt);
      for (let i = 0; i < n; i++) rk4Step(CLASSIC, s, dt);
      return s;
    };
    const ref = end(1 / 32_000);
    const err = (dt: number) => {
      const s = end(dt);
      return Math.hypot(s[0] - ref[0], s[1] - ref[1], s[2] - ref[2]);
    };
    const e = [1 / 50, 1 / 100, 1 / 200, 1 / 400].map(err);
    for (let i = 1; i < e.length; i++) {
      expect(e[i - 1] / e[i]).toBeGreaterThan(15);
      expect(e[i - 1] / e[i]).toBeLessThan(17);
    }
  });

  it('has the fixed points, their eigenvalues and the Hopf value', () => {
    expect(fixedPoints(at(0.5))).toEqual([[0, 0, 0]]);
    const [, cp, cm] = fixedPoints(CLASSIC);
    const c = Math.sqrt((8 / 3) * 27);
    expect(cp).toEqual([c, c, 27]);
    expect(cm).toEqual([-c, -c, 27]);
    const f = lorenzField(CLASSIC, cp, [0, 0, 0]);
    for (const v of f) expect(Math.abs(v)).toBeLessThan(1e-12);
    const rH = hopfR(CLASSIC);
    expect(rH).toBeCloseTo(24.7368, 4);
    // At r_H the complex pair of C± crosses the imaginary axis.
    const eig = jacobianEigenvalues(at(rH), fixedPoints(at(rH))[1]);
    expect(Math.abs(eig.re[0])).toBeLessThan(1e-9);
    expect(eig.im[0]).toBeGreaterThan(9);
    expect(hopfR({ sigma: 2, b: 8 / 3 })).toBe(Number.POSITIVE_INFINITY);
  });

  it('solves 3×3 eigenvalues from the characteristic cubic', () => {
    const e = eigenvalues3([2, 0, 0, 0, -1, 0, 0, 0, 5]);
    expect(e.re).toEqual([5, 2, -1].map((v) => expect.closeTo(v, 12)));
    const rot = eigenvalues3([0, -2, 0, 2, 0, 0, 0, 0, -3]); // ±2i and −3
    expect(rot.re.map((v) => v + 0)).toEqual([0, 0, -3].map((v) => expect.closeTo(v, 12)));
    expect(rot.im).toEqual([2, -2, 0].map((v) => expect.closeTo(v, 12)));
  });
});

describe('bifurcation diagram (local maxima of z)', () => {
  it('has no maxima below r = 1, many distinct ones at r = 28, a few sharp ones in windows', () => {
    const cols = bifurcationDiagram({ from: 0.2, to: 0.9, count: 3 }).maxima;
    for (const m of cols) expect(m.every((v) => Math.abs(v) < 1e-6)).toBe(true);

    const chaos = zMaxima(CLASSIC, Float64Array.of(1, 2, 3));
    expect(clusters(chaos, 0.01).length).toBeGreaterThan(80);

    // Periodic orbits: r = 100.5 (3 maxima), 160 (2), 350 (1). Spread within a group at the
    // default dt = 0.005: 0.012–0.047 (0.1 % of z at most).
    const expected: [number, number][] = [
      [100.5, 3],
      [160, 2],
      [350, 1],
    ];
    for (const [r, n] of expected) {
      const m = zMaxima(at(r), Float64Array.of(1, 2, 3));
      const groups = clusters(m, 0.5);
      expect(groups.length, `r=${r}`).toBe(n);
      for (const g of groups) expect(g.spread).toBeLessThan(0.1);
    }
  });

  it('refines maxima by the parabola through three samples', () => {
    // Raw samples would miss the peak by O(dt²) (spread ratio 4 per halving of dt); the parabola's
    // error is O(dt³): at r = 350 the spread is 0.42 at dt = 0.01 and 0.047 at dt = 0.005.
    const spread = (dt: number) => {
      const m = zMaxima(at(350), Float64Array.of(1, 2, 3), { dt });
      return Math.max(...m) - Math.min(...m);
    };
    const s1 = spread(0.01);
    const s2 = spread(0.005);
    expect(s1 / s2).toBeGreaterThan(6); // ≈ 8 for dt³, 4 for dt²
    const fine = zMaxima(at(350), Float64Array.of(1, 2, 3), { dt: 0.001 });
    const coarse = zMaxima(at(350), Float64Array.of(1, 2, 3), { dt: 0.005 });
    const mean = (a: Float64Array) => a.reduce((x, y) => x + y, 0) / a.length;
    expect(Math.abs(mean(coarse) - mean(fine))).toBeLessThan(0.1);
  });

  it('yields the same columns progressively, in order', () => {
    const opts = { from: 20, to: 30, count: 10, transient: 20, record: 10 };
    const whole = bifurcationDiagram(opts);
    const cols = [...bifurcationColumns(opts)];
    expect(cols.map((c) => c.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    cols.forEach((c, i) => {
      expect(c.value).toBe(whole.values[i]);
      expect(c.maxima).toEqual(whole.maxima[i]);
    });
    expect(whole.dt).toBe(0.005);
  });

  it('gives each column its end state: the point zMaxima reaches from the same start', () => {
    const opts = { from: 20, to: 30, count: 3, transient: 20, record: 10, seed: 4 };
    const cols = [...bifurcationColumns(opts)];
    const first = cols[0];
    const start = new Float64Array(3);
    // The generic start is the seed's first three normals; rebuild it from a one-value diagram.
    const probe = [...bifurcationColumns({ ...opts, count: 1, transient: 0, record: 0 })][0];
    start.set(probe.end);
    const maxima = zMaxima(at(20), start, { transient: 20, record: 10 });
    expect(maxima).toEqual(first.maxima);
    expect(Array.from(first.end)).toEqual(Array.from(start));
    for (const c of cols) expect(c.end.every(Number.isFinite)).toBe(true);
  });
});

describe('blow-up', () => {
  it('stops on NaN/Infinity and names the parameters and the time', () => {
    const run = () => lyapunovSpectrum(CLASSIC, { dt: 0.5, time: 1e6 });
    expect(run).toThrow(LorenzBlowUpError);
    expect(run).toThrow(/blew up .* at t ≈ [\d.]+ for σ=10, r=28, b=2\.66667 with dt=0\.5/);
    try {
      run();
    } catch (e) {
      expect((e as LorenzBlowUpError).time).toBeLessThan(20);
    }
    expect(() => lyapunovSpectrum({ sigma: 10, r: 28, b: -2 }, { time: 1e6 })).toThrow(/b=-2/);
    expect(() => zMaxima(CLASSIC, Float64Array.of(1, 1, 1), { dt: 0.5 })).toThrow(LorenzBlowUpError);
    expect(() => bifurcationDiagram({ from: 10, to: 1e5, count: 2, dt: 0.05 })).toThrow(/r=100000/);
  });

  it('reports a blown-up column in a sweep and goes on', () => {
    const cols = [
      ...bifurcationColumns({ from: 28, to: 1e5, count: 2, dt: 0.05, transient: 10, record: 10 }),
    ];
    expect(cols[0].error).toBeUndefined();
    expect(cols[0].maxima.length).toBeGreaterThan(5);
    expect(cols[1].error).toBeInstanceOf(LorenzBlowUpError);
    expect(cols[1].end.every(Number.isNaN)).toBe(true);
    const points = [
      ...lyapunovSweep({ from: 28, to: 1e5, count: 2, dt: 0.05, transient: 10, times: [5, 10] }),
    ];
    expect(points.filter((q) => q.error).length).toBe(1); // reported once, dropped from pass 2
    expect(points.length).toBe(3);
  });

  it('refuses bad options with a message naming the value', () => {
    expect(() => lyapunovSpectrum(CLASSIC, { dt: 0 })).toThrow(/dt must be .* got 0/);
    expect(() => lyapunovSpectrum({ ...CLASSIC, r: Number.NaN })).toThrow(
      /r must be a finite number, got NaN/,
    );
    expect(() => bifurcationDiagram({ from: 0, to: 1, count: 0 })).toThrow(/count .* got 0/);
    // An option passed as undefined (e.g. from a worker message) keeps its default.
    expect(lyapunovSpectrum(CLASSIC, { dt: undefined, time: 10, transient: 10 })[0]).toBeGreaterThan(0);
  });
});
