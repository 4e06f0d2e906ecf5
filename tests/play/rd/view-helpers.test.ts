/**
 * The reaction–diffusion scene's pure helpers: colour tables and field colouring, colour ranges,
 * the recorders (ring buffer, rolling period), phase-plane geometry, and the settings store.
 */
import { describe, expect, it } from 'vitest';
import { RD_PRESETS, rdParams, steadyState } from '../../../src/dynamics/rd/model.ts';
import { colorRange, QuantileRange } from '../../../src/play/rd/colormap.ts';
import { FollowBox, niceTicks, sampleUNullcline, uNullclineV } from '../../../src/play/rd/phase.ts';
import { RingSeries, RollingPeriod } from '../../../src/play/rd/series.ts';
import { colorize, colormapLut, colormapRgb, pixelWord } from '../../../src/play/shared/colormap.ts';
import {
  chooseSim,
  createRdSettings,
  loadPreset,
  RD_SETTINGS_DEFAULTS,
  routeOfSim,
  simFromRoute,
} from '../../../src/state/rd-settings.ts';
import { memoryStorage } from '../../../src/state/settings-store.ts';

const lum = (rgb: number) => 0.2126 * (rgb >> 16) + 0.7152 * ((rgb >> 8) & 255) + 0.0722 * (rgb & 255);

describe('colour maps', () => {
  it('run from the published end colours, brightening monotonically', () => {
    expect(colormapRgb('viridis', 0)).toBe(0x440154);
    expect(colormapRgb('viridis', 1)).toBe(0xfde725);
    expect(colormapRgb('inferno', 0)).toBe(0x000004);
    expect(colormapRgb('inferno', 1)).toBe(0xfcffa4);
    for (const name of ['viridis', 'inferno'] as const) {
      for (let i = 1; i <= 100; i++) {
        expect(lum(colormapRgb(name, i / 100))).toBeGreaterThanOrEqual(
          lum(colormapRgb(name, (i - 1) / 100)) - 1e-9,
        );
      }
    }
    expect(colormapRgb('viridis', Number.NaN)).toBe(0x440154);
  });

  it('colours a field through the table into ImageData byte order, clamping and NaN-safe', () => {
    const lut = colormapLut('viridis');
    const out = new Uint32Array(5);
    colorize(Float64Array.of(0, 0.5, 1, 2, Number.NaN), out, lut, 0, 1);
    expect(out[0]).toBe(lut[0]);
    expect(out[1]).toBe(lut[128]);
    expect(out[2]).toBe(lut[255]);
    expect(out[3]).toBe(lut[255]);
    expect(out[4]).toBe(lut[0]);
    const bytes = new Uint8Array(Uint32Array.of(pixelWord(0x112233)).buffer);
    expect(Array.from(bytes)).toEqual([0x11, 0x22, 0x33, 255]);
  });

  it('colour range: widened around a nearly uniform field, quantiles ignore a few extreme cells', () => {
    const r = colorRange(0.24, 0.26, 0.1);
    expect(r.lo).toBeCloseTo(0.2, 12);
    expect(r.hi).toBeCloseTo(0.3, 12);
    expect(colorRange(0, 1, 0.1)).toEqual({ lo: 0, hi: 1 });
    expect(colorRange(Number.NaN, 1, 0.1)).toEqual({ lo: 0, hi: 1 });
    const f = new Float64Array(10_000);
    for (let i = 0; i < f.length; i++) f[i] = (i % 100) / 100; // uniform on [0, 0.99]
    for (let i = 0; i < 20; i++) f[i * 7] = 50; // 0.2 % brush spikes
    const out = { lo: 0, hi: 0 };
    new QuantileRange().find(f, 0, 50, 0.01, out);
    expect(out.lo).toBeLessThan(0.1);
    expect(out.hi).toBeLessThan(1.1);
    expect(out.hi).toBeGreaterThan(0.9);
  });
});

describe('recorders', () => {
  it('RingSeries keeps the newest rows in order', () => {
    const s = new RingSeries(4, 2);
    for (let i = 0; i < 6; i++) s.push(i, 10 * i, -i);
    expect(s.length).toBe(4);
    const { t, x } = s.toArrays();
    expect(Array.from(t)).toEqual([2, 3, 4, 5]);
    expect(Array.from(x[0])).toEqual([20, 30, 40, 50]);
    expect(Array.from(x[1])).toEqual([-2, -3, -4, -5]);
    expect(s.timeAt(0)).toBe(2);
    expect(s.valueAt(3, 1)).toBe(-5);
    expect(s.lastTime).toBe(5);
    s.clear();
    expect(s.length).toBe(0);
  });

  it('RollingPeriod measures a sine’s period and amplitude over the last cycles', () => {
    const p = new RollingPeriod(6);
    p.reset(0);
    for (let i = 0; i <= 20_000; i++) {
      const t = i * 1e-3;
      p.push(t, Math.sin((2 * Math.PI * t) / 0.3) * (t < 10 ? 0.1 : 2));
    }
    expect(p.period).toBeCloseTo(0.3, 6);
    expect(p.cycles).toBe(6);
    expect(p.max).toBeCloseTo(2, 3);
    expect(p.min).toBeCloseTo(-2, 3);
  });
});

describe('phase plane', () => {
  it('the nullclines cross at the steady state', () => {
    const p = rdParams({ r: 20 });
    const us = steadyState(p);
    expect(uNullclineV(p, us)).toBeCloseTo(us, 9);
    expect(uNullclineV(p, 0.01)).toBeNaN(); // b·u ≤ c: no nullcline
    const out = new Float64Array(2 * 50);
    sampleUNullcline(p, 0, 1, out);
    expect(out[0]).toBe(0);
    expect(out[98]).toBe(1);
    expect(out[99]).toBeCloseTo(uNullclineV(p, 1), 12);
  });

  it('FollowBox always contains its target, narrowing slowly', () => {
    const b = new FollowBox();
    b.follow({ u0: 0, u1: 1, v0: 0, v1: 1 });
    expect(b.u0).toBeLessThan(0);
    b.follow({ u0: -5, u1: 1, v0: 0, v1: 3 });
    expect(b.u0).toBeLessThanOrEqual(-5);
    expect(b.v1).toBeGreaterThanOrEqual(3);
    const wide = b.u0;
    b.follow({ u0: 0, u1: 1, v0: 0, v1: 1 });
    expect(b.u0).toBeGreaterThan(wide);
    expect(b.u0).toBeLessThan(-4);
  });

  it('nice ticks', () => {
    expect(niceTicks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(0.013, 0.047, 4)).toEqual([0.02, 0.03, 0.04]);
  });
});

describe('rd settings', () => {
  it('defaults to sim 3 at its preset; choosing a sim loads its preset; routes map to sims', () => {
    const store = createRdSettings(memoryStorage());
    expect(store.getState().sim).toBe('sim3');
    expect(store.getState().dt).toBe(RD_PRESETS.sim3.dt);
    expect(RD_SETTINGS_DEFAULTS.Dv).toBe(5);
    store.getState().update({ Dv: 7, r: 12 });
    expect(chooseSim(store, 'sim1')).toBeNull();
    expect(store.getState()).toMatchObject({ sim: 'sim1', r: 20, Du: 0, Dv: 0, dt: 0.0005 });
    store.getState().update({ r: 25 });
    chooseSim(store, 'sim1'); // same sim: keeps the edits
    expect(store.getState().r).toBe(25);
    loadPreset(store);
    expect(store.getState().r).toBe(20);
    expect(simFromRoute('2')).toBe('sim2');
    expect(simFromRoute('4')).toBeUndefined();
    expect(simFromRoute(undefined)).toBeUndefined();
    expect(routeOfSim('sim3')).toBe('3');
  });

  it('refuses out-of-range values and keeps the old state', () => {
    const store = createRdSettings(memoryStorage());
    expect(store.getState().update({ dt: -1 })).toMatch(/dt/);
    expect(store.getState().update({ gridSize: 100 as 128 })).toMatch(/gridSize/);
    expect(store.getState().update({ stepsPerFrame: 2.5 })).toMatch(/stepsPerFrame/);
    expect(store.getState().dt).toBe(4e-4);
  });
});
