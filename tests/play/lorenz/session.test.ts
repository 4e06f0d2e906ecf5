import { beforeEach, describe, expect, it } from 'vitest';
import { CLASSIC } from '../../../src/dynamics/lorenz/index.ts';
import { applyPreset, LORENZ_PRESETS, matchPreset, presetById } from '../../../src/play/lorenz/presets.ts';
import { LorenzSession } from '../../../src/play/lorenz/session.ts';
import { InProcessLorenzBackend, type LorenzBackend } from '../../../src/play/lorenz/sweep-client.ts';
import type { FromLorenzWorker, ToLorenzWorker } from '../../../src/play/lorenz/sweep-protocol.ts';
import {
  chooseSweepParam,
  createLorenzSettings,
  LORENZ_SETTINGS_DEFAULTS,
  type LorenzSettingsStore,
} from '../../../src/state/lorenz-settings.ts';
import { noticeStore, wordsOf } from '../../../src/state/notices.ts';
import { memoryStorage } from '../../../src/state/settings-store.ts';

/** Records what the session asks of the worker; answers nothing unless told. */
class FakeBackend implements LorenzBackend {
  onMessage: (msg: FromLorenzWorker) => void = () => {};
  sent: ToLorenzWorker[] = [];
  send(msg: ToLorenzWorker): void {
    this.sent.push(msg);
  }
  dispose(): void {}
  of(type: ToLorenzWorker['type']) {
    return this.sent.filter((m) => m.type === type);
  }
}

const viewport = { cx: 278, cy: 336, halfW: 278, halfH: 280 };
let store: LorenzSettingsStore;
let backend: FakeBackend;
const make = () => new LorenzSession({ settings: store, backend, viewport, seed: 1 });
/** Run `seconds` of frames at 60 fps. */
const run = (c: LorenzSession, seconds: number) => {
  for (let i = 0; i < Math.round(seconds * 60); i++) c.frame(1000 / 60);
};

beforeEach(() => {
  store = createLorenzSettings(memoryStorage());
  backend = new FakeBackend();
  noticeStore.getState().clear();
});

describe('lorenz settings', () => {
  it('accepts the defaults and refuses out-of-range or inconsistent values, naming the field', () => {
    const s = store.getState();
    expect(s.r).toBe(28);
    expect(s.update({ r: -1 })).toMatch(/refused r/);
    expect(s.update({ sweepFrom: 300, sweepTo: 200 })).toMatch(/refused sweepTo: must be greater than from/);
    expect(s.update({ sweepTo: 5000 })).toMatch(/refused sweepTo: must be within \[0, 1000\] for r/);
    expect(s.update({ trajectories: 2.5 })).toMatch(/trajectories/);
    expect(store.getState()).toMatchObject({ r: 28, sweepFrom: 0, sweepTo: 250, trajectories: 4 });
  });

  it('choosing the swept parameter brings its own range', () => {
    expect(chooseSweepParam(store, 'sigma')).toBeNull();
    expect(store.getState()).toMatchObject({ sweepParam: 'sigma', sweepFrom: 1, sweepTo: 40 });
    expect(chooseSweepParam(store, 'b')).toBeNull();
    expect(store.getState()).toMatchObject({ sweepParam: 'b', sweepFrom: 0.2, sweepTo: 5 });
  });
});

describe('lorenz presets', () => {
  it('cover the classic values, r below the homoclinic explosion, the bistable range and a window near 100', () => {
    const rs = LORENZ_PRESETS.map((p) => p.params.r);
    expect(rs).toContain(28);
    expect(rs.some((r) => r > 1 && r < 13.926)).toBe(true);
    expect(rs.some((r) => r > 24.06 && r < 24.737)).toBe(true);
    expect(rs.some((r) => r > 99.5 && r < 100.8)).toBe(true);
    expect(applyPreset(store, 'window-100')).toBeNull();
    expect(store.getState().r).toBe(100.5);
    expect(matchPreset(store.getState())?.id).toBe('window-100');
    store.getState().update({ r: 100.6 });
    expect(matchPreset(store.getState())).toBeUndefined();
    expect(applyPreset(store, 'nope')).toMatch(/Unknown Lorenz preset "nope"/);
    expect(presetById('classic')?.params).toEqual(CLASSIC);
  });
});

describe('LorenzSession', () => {
  it('starts on the attractor, asks for the spectrum and the sweep, and runs at the chosen speed', () => {
    const c = make();
    expect(c.flock.trails[0].length).toBeGreaterThan(100); // the warm-up already drew a trail
    expect(backend.of('spectrum')).toHaveLength(1);
    expect(backend.of('sweep')).toMatchObject([
      { config: { param: 'r', from: 0, to: 250, count: 400, r: 28 } },
    ]);
    run(c, 2);
    expect(c.flock.time).toBeCloseTo(2 * LORENZ_SETTINGS_DEFAULTS.speed, 1);
    store.getState().update({ speed: 3 });
    const t = c.flock.time;
    run(c, 1);
    expect(c.flock.time - t).toBeCloseTo(3, 1);
    c.pause();
    const frozen = c.flock.time;
    run(c, 1);
    expect(c.flock.time).toBe(frozen);
    c.togglePause();
    expect(c.paused).toBe(false);
  });

  it('applies r live: new spectrum (debounced), new sensitivity run, same sweep when sweeping r', () => {
    const c = make();
    run(c, 1);
    store.getState().update({ r: 99 });
    store.getState().update({ r: 100.5 });
    run(c, 0.1);
    expect(backend.of('spectrum')).toHaveLength(1); // still debouncing the slider
    run(c, 0.5);
    const spectra = backend.of('spectrum');
    expect(spectra).toHaveLength(2);
    expect(spectra[1]).toMatchObject({ params: { r: 100.5 } });
    expect(c.meter.elapsed(c.flock.time)).toBeLessThan(1);
    expect(backend.of('sweep')).toHaveLength(1);
    store.getState().update({ sigma: 12 });
    run(c, 1);
    expect(backend.of('sweep')).toHaveLength(2); // σ is not swept: the diagram depends on it
    expect(backend.of('sweep')[1]).toMatchObject({ config: { sigma: 12 } });
  });

  it('a click on the figure sets the swept parameter, rounded', () => {
    const c = make();
    expect(c.setSweptValue(99.654321)).toBeNull();
    expect(store.getState().r).toBe(99.654);
    chooseSweepParam(store, 'b');
    run(c, 0.1);
    expect(c.setSweptValue(1.234567)).toBeNull();
    expect(store.getState().b).toBe(1.2346);
  });

  it('pauses on a blow-up, says why, and starts afresh when dt changes', () => {
    const c = make();
    store.getState().update({ dt: 0.4, speed: 10 });
    run(c, 2);
    expect(c.paused).toBe(true);
    expect(c.blowUp).toMatch(/^Paused: Lorenz integration blew up .* with dt=0\.4/);
    expect(wordsOf(noticeStore.getState().notices.at(-1)?.text ?? '')).toBe(c.blowUp);
    expect(c.flock.state.every(Number.isFinite)).toBe(true);
    store.getState().update({ dt: 0.01 });
    run(c, 0.5);
    expect(c.blowUp).toBeNull();
    expect(c.paused).toBe(false);
    expect(c.flock.time).toBeGreaterThan(0.5);
  });

  it('resizes the flock and the trails, keeping the reference', () => {
    const c = make();
    run(c, 1);
    const ref = Array.from(c.flock.state.subarray(0, 3));
    store.getState().update({ trajectories: 2, trail: 3 });
    run(c, 0);
    c.frame(0.001);
    expect(c.flock.count).toBe(2);
    expect(c.flock.trails[0].capacity).toBe(301);
    expect(Array.from(c.flock.state.subarray(0, 3))).toEqual(ref.map((v) => expect.closeTo(v, 1)));
    store.getState().update({ trajectories: 1 });
    run(c, 1);
    expect(c.flock.count).toBe(1);
    expect(c.meter.length).toBe(0); // nothing to compare with
  });

  it('computes the spectrum and the sweep through a real (in-process) backend', () => {
    const real = new InProcessLorenzBackend();
    store.getState().update({ sweepCount: 16, sweepFrom: 20, sweepTo: 30 });
    const c = new LorenzSession({ settings: store, backend: real, viewport, seed: 1 });
    real.drain(60_000);
    expect(c.spectrum.done).toBe(true);
    expect(c.spectrum.behaviour).toBe('chaos');
    expect(c.spectrum.spectrum?.[0]).toBeCloseTo(0.906, 1);
    expect(c.results.finished).toBe(true);
    expect(c.results.tally().chaos).toBeGreaterThan(8);
    c.dispose();
  });
});

describe('LorenzSession: sensitivity after a parameter change', () => {
  it('lets the orbit settle on the new attractor before placing the copies again', () => {
    const c = new LorenzSession({ settings: store, backend, viewport, seed: 1 });
    run(c, 1);
    store.getState().update({ r: 100.5 });
    run(c, 1);
    expect(c.meter.settling).toBe(true);
    expect(c.meter.length).toBe(0);
    run(c, 3); // SETTLE_TIME = 5 units at 1.5 units/s
    expect(c.meter.settling).toBe(false);
    expect(c.meter.length).toBeGreaterThan(5);
    for (let k = 1; k < c.flock.count; k++) expect(c.flock.distance(k)).toBeLessThan(1e-3);
  });
});

describe('LorenzSession: slow frames', () => {
  it('keeps the chosen speed at a few frames per second, but does not replay a long gap', () => {
    const c = new LorenzSession({ settings: store, backend, viewport, seed: 1 });
    for (let i = 0; i < 4; i++) c.frame(500); // 2 fps for 2 s
    expect(c.flock.time).toBeCloseTo(2 * 1.5, 1);
    const t = c.flock.time;
    c.frame(60_000); // a minute in a background tab
    expect(c.flock.time - t).toBeCloseTo(1.5, 1); // at most one second's worth
  });
});

describe('LorenzSession: the view follows r back down', () => {
  /** The fitted frame of a session that has run `seconds` at r (the reference to compare with). */
  const settledAt = (r: number, seconds: number) => {
    const s = createLorenzSettings(memoryStorage());
    s.getState().update({ r });
    const c = new LorenzSession({ settings: s, backend: new FakeBackend(), viewport, seed: 1 });
    run(c, seconds);
    return { centreZ: c.camera.centre[2], extentUp: c.camera.extentUp, extentX: c.camera.extentX };
  };

  it('refits to the small attractor within a few seconds after r goes 350 → 28', () => {
    const c = make();
    store.getState().update({ r: 350 });
    run(c, 12); // 18 time units: the trail is full of the large r = 350 orbit
    const small = settledAt(28, 5);
    expect(c.camera.extentUp).toBeGreaterThan(3 * small.extentUp);
    store.getState().update({ r: 28 });
    run(c, 5); // 7.5 time units: the orbit is back on the r = 28 attractor after ~1
    // Fitted to the attractor now running, not to the r = 350 points still in the trail.
    expect(c.camera.extentUp).toBeLessThan(1.5 * small.extentUp);
    expect(c.camera.extentUp).toBeGreaterThan(0.5 * small.extentUp);
    expect(Math.abs(c.camera.centre[2] - small.centreZ)).toBeLessThan(8);
  });

  it('Reset view frames the running attractor at once', () => {
    const c = make();
    store.getState().update({ r: 350 });
    run(c, 12);
    store.getState().update({ r: 28 });
    run(c, 3); // 4.5 time units: past the settle and FIT_MIN, the easing far from done
    c.camera.zoomBy(3);
    c.resetView();
    c.frame(1000 / 60);
    const small = settledAt(28, 5);
    expect(c.camera.zoom).toBe(1);
    expect(c.camera.extentUp).toBeLessThan(1.5 * small.extentUp);
  });
});

describe('LorenzSession: run state', () => {
  it("carries the worker's spectrum and each sweep batch to subscribers, and drops stale jobs", () => {
    const c = make();
    const seen: string[] = [];
    const unsubs = [
      c.state.subscribe(
        (s) => s.spectrum,
        (sp) => seen.push(`spectrum ${sp.behaviour} T=${sp.time}`),
      ),
      c.state.subscribe(
        (s) => s.sweep,
        (p) => seen.push(`sweep ${p.id}: diagram ${p.diagramDone}`),
      ),
      c.state.subscribe(
        (s) => s.paused,
        (p) => seen.push(`paused ${p}`),
      ),
    ];
    const jobId = (m: ToLorenzWorker | undefined) => (m && 'id' in m ? m.id : Number.NaN);
    const spectrumId = jobId(backend.of('spectrum')[0]);
    const sweepId = jobId(backend.of('sweep')[0]);
    backend.onMessage({
      type: 'spectrum',
      id: spectrumId + 1,
      spectrum: [1, 0, -1],
      time: 100,
      behaviour: 'chaos',
      done: false,
    });
    backend.onMessage({
      type: 'spectrum',
      id: spectrumId,
      spectrum: [0.9, 0, -14.6],
      time: 100,
      behaviour: 'chaos',
      done: false,
    });
    const batch = {
      type: 'diagram' as const,
      id: sweepId,
      indices: Int32Array.of(0, 1),
      lengths: Int32Array.of(1, 0),
      maxima: Float32Array.of(27),
      endZ: Float32Array.of(30, 0),
      blownUp: new Int32Array(0),
      done: 2,
    };
    backend.onMessage({ ...batch, id: sweepId + 1 }); // another job's batch: ignored
    backend.onMessage(batch);
    c.pause();
    expect(seen).toEqual(['spectrum chaos T=100', `sweep ${sweepId}: diagram 2`, 'paused true']);
    expect(c.results.maxima[0]?.[0]).toBe(27);
    for (const u of unsubs) u();
  });
});
