import { describe, expect, it } from 'vitest';
import { CLASSIC, CLASSIC_SPECTRUM, type LorenzParams } from '../../../src/dynamics/lorenz/index.ts';
import { LorenzCamera, ZOOM_LIMITS } from '../../../src/play/lorenz/camera.ts';
import { LorenzFlock, SPREAD, TrailRing, trailCapacity } from '../../../src/play/lorenz/flock.ts';
import { SATURATION, SensitivityMeter } from '../../../src/play/lorenz/sensitivity.ts';

const at = (r: number): LorenzParams => ({ ...CLASSIC, r });

/** A flock whose reference has run `warm` time units from (1, 2, 3), so it sits on the attractor. */
function settled(p: LorenzParams, count = 4, warm = 50): LorenzFlock {
  const w = new LorenzFlock(1, 2, 1, [1, 2, 3]);
  w.advance(p, 0.01, Math.round(warm / 0.01));
  return new LorenzFlock(count, 200, 7, w.state.subarray(0, 3));
}

/** Slopes of `runs` sensitivity runs, each started where the previous ended. */
function slopes(p: LorenzParams, runs: number): number[] {
  const f = settled(p);
  const m = new SensitivityMeter();
  m.begin(f.time);
  for (let k = 0; k < runs; k++) {
    while (!m.ended) {
      expect(f.advance(p, 0.01, 5)).toBe(5);
      m.record(f);
    }
    f.place(f.state.subarray(0, 3));
    m.begin(f.time);
  }
  return m.finished;
}

describe('TrailRing', () => {
  it('keeps the most recent points, oldest first, and resizes without losing the newest', () => {
    const t = new TrailRing(4);
    for (let i = 0; i < 6; i++) t.push(i, 10 * i, 100 * i);
    expect(t.length).toBe(4);
    const xs = () => Array.from({ length: t.length }, (_, i) => t.data[t.offset(i)]);
    expect(xs()).toEqual([2, 3, 4, 5]);
    t.resize(2);
    expect(xs()).toEqual([4, 5]);
    t.resize(5);
    t.push(6, 60, 600);
    expect(xs()).toEqual([4, 5, 6]);
    expect(t.data[t.offset(2) + 2]).toBe(600);
  });

  it('holds a trail of the asked length in time whatever dt', () => {
    expect(trailCapacity(12, 0.01)).toBe(1201);
    expect(trailCapacity(12, 0.001)).toBe(1201); // sampled every 0.01 below that step
    expect(trailCapacity(12, 0.1)).toBe(121);
  });
});

describe('LorenzFlock', () => {
  it('starts the copies exactly SPREAD from the reference, the same way for the same seed', () => {
    const a = new LorenzFlock(5, 10, 3, [1, 2, 3]);
    const b = new LorenzFlock(5, 10, 3, [1, 2, 3]);
    for (let k = 1; k < 5; k++) expect(a.distance(k)).toBeCloseTo(SPREAD, 15);
    expect(Array.from(a.state)).toEqual(Array.from(b.state));
    a.advance(CLASSIC, 0.01, 500);
    b.advance(CLASSIC, 0.01, 500);
    expect(Array.from(a.state)).toEqual(Array.from(b.state));
    expect(a.time).toBeCloseTo(5, 12);
    expect(a.trails[0].length).toBe(10); // capacity
  });

  it('stops on a blow-up, says why, and keeps only finite states and trail points', () => {
    const f = new LorenzFlock(3, 1000, 1, [1, 2, 3]);
    const done = f.advance(CLASSIC, 0.5, 1000);
    expect(done).toBeLessThan(1000);
    expect(f.blowUp?.message).toMatch(/blew up .* σ=10, r=28, b=2\.66667 with dt=0\.5/);
    expect(f.state.every(Number.isFinite)).toBe(true);
    for (const t of f.trails) expect(t.data.subarray(0, 3 * t.length).every(Number.isFinite)).toBe(true);
    expect(f.advance(CLASSIC, 0.01, 10)).toBe(0); // stays stopped until placed again
    f.place([1, 2, 3]);
    expect(f.blowUp).toBeNull();
    expect(f.advance(CLASSIC, 0.01, 10)).toBe(10);
  });
});

describe('SensitivityMeter', () => {
  it('measures the separation growing like e^{λ1 t} on the strange attractor', () => {
    const s = slopes(CLASSIC, 10);
    expect(s).toHaveLength(10);
    // Finite-time exponents over ~15 units scatter by a few tenths; their mean is near λ1.
    for (const v of s) expect(v).toBeGreaterThan(0.4);
    const mean = s.reduce((a, b) => a + b, 0) / s.length;
    expect(Math.abs(mean - CLASSIC_SPECTRUM[0])).toBeLessThan(0.15);
  });

  it('ends a chaotic run at saturation, after the exponential window', () => {
    const f = settled(CLASSIC);
    const m = new SensitivityMeter();
    m.begin(f.time);
    while (!m.ended) {
      f.advance(CLASSIC, 0.01, 5);
      m.record(f);
    }
    expect(m.ended).toBe('saturated');
    const fit = m.fit();
    expect(fit).not.toBeNull();
    expect(fit?.to).toBeGreaterThan(8); // 1e-6 → 1 takes ln(1e6)/0.9 ≈ 15 units
    expect(Math.exp(m.logd[m.length - 1])).toBeLessThan(10 * SATURATION);
  });

  it('finds λ1 ≈ 0 on a periodic orbit and λ1 < 0 at a stable fixed point', () => {
    for (const v of slopes(at(100.5), 3)) expect(Math.abs(v)).toBeLessThan(0.02);
    for (const v of slopes(at(350), 3)) expect(Math.abs(v)).toBeLessThan(0.02);
    // r = 13: spiralling into C±, whose complex pair has real part −0.4413.
    for (const v of slopes(at(13), 3)) expect(v).toBeCloseTo(-0.441, 2);
  });
});

describe('LorenzCamera', () => {
  const viewport = { cx: 200, cy: 150, halfW: 200, halfH: 150 };
  /** The 8 corners of a box, as a trail. */
  const corners = (min: number[], max: number[]) => {
    const t = new TrailRing(8);
    for (let i = 0; i < 8; i++)
      t.push(i & 1 ? max[0] : min[0], i & 2 ? max[1] : min[1], i & 4 ? max[2] : min[2]);
    return t;
  };
  const fitBox = (cam: LorenzCamera, min: number[], max: number[], blend: number) =>
    cam.fit(min, max, corners(min, max), blend);

  it('puts the centre at the viewport centre and turns with the yaw', () => {
    const cam = new LorenzCamera(viewport);
    fitBox(cam, [-10, -10, 0], [10, 10, 40], 1);
    const out = new Float64Array(3);
    cam.project(0, 0, 20, out);
    expect(out[0]).toBeCloseTo(200, 9);
    expect(out[1]).toBeCloseTo(150, 9);
    cam.yaw = 0;
    cam.pitch = 0;
    cam.drag(0, 0);
    cam.project(10, 0, 20, out); // +x is screen right at yaw 0
    expect(out[0]).toBeGreaterThan(200);
    expect(out[1]).toBeCloseTo(150, 9);
    cam.project(0, 0, 30, out); // +z is up
    expect(out[1]).toBeLessThan(150);
    cam.drag(Math.PI / 2 / 0.008, 0); // a quarter turn: +x now points into the screen
    cam.project(10, 0, 20, out);
    expect(out[0]).toBeCloseTo(200, 6);
    expect(out[2]).toBeGreaterThan(0);
  });

  it('zooms within its limits and resets', () => {
    const cam = new LorenzCamera(viewport);
    cam.zoomBy(1e6);
    expect(cam.zoom).toBe(ZOOM_LIMITS[1]);
    cam.zoomBy(1e-6);
    expect(cam.zoom).toBe(ZOOM_LIMITS[0]);
    cam.drag(100, 5000);
    expect(Math.abs(cam.pitch)).toBeLessThanOrEqual((85 * Math.PI) / 180 + 1e-12);
    cam.spin(2, 45);
    cam.reset();
    expect(cam.zoom).toBe(1);
  });

  it('frames the trail from any angle, easing towards a bigger attractor', () => {
    const cam = new LorenzCamera(viewport);
    const out = new Float64Array(3);
    const inView = (min: number[], max: number[]) => {
      const t = corners(min, max);
      for (let i = 0; i < t.length; i++) {
        const o = t.offset(i);
        cam.project(t.data[o], t.data[o + 1], t.data[o + 2], out);
        if (out[0] < 0 || out[0] > 400 || out[1] < 0 || out[1] > 300) return false;
      }
      return true;
    };
    for (const yaw of [0, 0.7, 2, 4]) {
      cam.yaw = yaw;
      cam.drag(0, 0);
      fitBox(cam, [-20, -27, 0], [20, 27, 50], 1);
      expect(inView([-20, -27, 0], [20, 27, 50])).toBe(true);
    }
    const r0 = cam.radius;
    fitBox(cam, [-60, -80, 0], [60, 80, 180], 0.5);
    expect(cam.radius).toBeGreaterThan(r0);
    for (let i = 0; i < 40; i++) fitBox(cam, [-60, -80, 0], [60, 80, 180], 0.5);
    expect(inView([-60, -80, 0], [60, 80, 180])).toBe(true);
    fitBox(cam, [1, 1, 1], [1, 1, 1], 1); // a fixed point: a small frame, not round-off
    expect(cam.radius).toBeGreaterThanOrEqual(1);
  });
});
