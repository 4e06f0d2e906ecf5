/**
 * RdSession in Node: sims and presets, stepping speed, live parameters, the stability policy
 * (subdivide / refuse / unsafe → blow-up pause), painting, reset and re-noise, the ODE period.
 */
import { describe, expect, it } from 'vitest';
import type { RdGrid } from '../../../src/dynamics/rd/index.ts';
import type { OdeSim } from '../../../src/play/rd/ode-sim.ts';
import { RdSession } from '../../../src/play/rd/session.ts';
import { InProcessSpectrum } from '../../../src/play/rd/spectrum-client.ts';
import type { NoticeLevel, NoticeText } from '../../../src/state/notices.ts';
import { wordsOf } from '../../../src/state/notices.ts';
import { chooseSim, createRdSettings, type RdSettings } from '../../../src/state/rd-settings.ts';
import { memoryStorage } from '../../../src/state/settings-store.ts';

const FRAME = 1000 / 60;

function setup(patch: Partial<RdSettings> = {}) {
  const settings = createRdSettings(memoryStorage());
  if (Object.keys(patch).length) expect(settings.getState().update(patch)).toBeNull();
  const notices: { level: NoticeLevel; text: NoticeText }[] = [];
  const ctl = new RdSession({
    settings,
    now: () => 0, // no frame budget cut in tests: every asked step is taken
    notify: (level, text) => notices.push({ level, text }),
  });
  return { settings, ctl, notices };
}

/** The running grid (sim 3); throws (failing the test) when an ODE sim runs. */
function grid(ctl: RdSession): RdGrid {
  const sim = ctl.sim;
  if (sim.kind !== 'pde') throw new Error(`expected sim 3's grid, running ${sim.id}`);
  return sim.grid;
}

/** The running ODE sim (sims 1–2); throws (failing the test) when the grid runs. */
function ode(ctl: RdSession): OdeSim {
  const sim = ctl.sim;
  if (sim.kind !== 'ode') throw new Error(`expected an ODE sim, running ${sim.id}`);
  return sim;
}

function frames(ctl: RdSession, n: number): void {
  for (let i = 0; i < n; i++) ctl.frame(FRAME);
}

describe('RdSession: sim 3 grid', () => {
  it('starts at the sim 3 preset on a stable dt, steps stepsPerFrame per 1/60 s', () => {
    const { ctl, notices } = setup({ gridSize: 128, stepsPerFrame: 10 });
    expect(ctl.sim.kind).toBe('pde');
    expect(grid(ctl).width).toBe(128);
    expect(ctl.dt).toBe(4e-4);
    expect(grid(ctl).substeps).toBe(1);
    expect(ctl.stabilityNote).toBe('');
    frames(ctl, 6);
    expect(ctl.steps).toBe(60);
    expect(ctl.t).toBeCloseTo(60 * 4e-4, 12);
    expect(notices).toEqual([]);
  });

  it('keeps its speed when frames are slow: steps follow the real time between frames', () => {
    const settings = createRdSettings(memoryStorage());
    settings.getState().update({ gridSize: 128, stepsPerFrame: 10 });
    let clock = 0;
    const ctl = new RdSession({ settings, now: () => clock });
    ctl.frame(FRAME);
    for (let i = 0; i < 30; i++) {
      clock += 1000 / 30; // 30 fps on the wall clock, which the frame clock reports
      ctl.frame(1000 / 30);
    }
    expect(ctl.steps).toBe(10 + 600); // the first frame counts as 1/60 s; then 60 × 10 per second
    expect(ctl.measured.fps).toBeCloseTo(30, 6);
    expect(ctl.measured.stepsPerSecond).toBeCloseTo(600, 6);
    expect(ctl.measured.simTimePerSecond).toBeCloseTo(600 * 4e-4, 9);
  });

  it('the posts’ dt = 0.0005 is subdivided and says so (notice + note)', () => {
    const { settings, ctl, notices } = setup({ gridSize: 128 });
    settings.getState().update({ dt: 0.0005 });
    ctl.frame(FRAME);
    expect(grid(ctl).dt).toBe(0.0005);
    expect(grid(ctl).substeps).toBe(2);
    expect(ctl.stabilityNote).toMatch(/exceeds the explicit-Euler stability limit 0\.000496/);
    expect(ctl.stabilityNote).toMatch(/2 substeps of 0\.00025/);
    expect(notices.at(-1)?.level).toBe('warning');
    frames(ctl, 100);
    expect(ctl.blowUp).toBe('');
    expect(grid(ctl).stats('v').min).toBeGreaterThan(0);
  });

  it('with the refuse policy, dt = 0.0005 is rolled back with the reason', () => {
    const { settings, ctl, notices } = setup({ gridSize: 128, onUnstable: 'refuse' });
    settings.getState().update({ dt: 0.0005 });
    ctl.frame(FRAME);
    expect(settings.getState().dt).toBe(4e-4);
    expect(ctl.dt).toBe(4e-4);
    expect(ctl.refusal).toMatch(/dt = 0\.0005 exceeds/);
    expect(notices.at(-1)).toMatchObject({ level: 'error' });
    // A parameter that moves the limit under dt is refused too; the grid keeps its old D_v.
    settings.getState().update({ Dv: 8 });
    ctl.frame(FRAME);
    expect(grid(ctl).params.Dv).toBe(5);
    expect(settings.getState().Dv).toBe(5);
    // A stable change is accepted and clears the refusal.
    settings.getState().update({ Dv: 4 });
    ctl.frame(FRAME);
    expect(grid(ctl).params.Dv).toBe(4);
    expect(ctl.refusal).toBe('');
  });

  it('a saved setting the policy refuses (dt = 0.0005 under "refuse") starts at the preset dt instead', () => {
    const { settings, ctl, notices } = setup({ gridSize: 128, onUnstable: 'refuse', dt: 0.0005 });
    expect(grid(ctl).dt).toBe(4e-4);
    expect(settings.getState().dt).toBe(4e-4);
    expect(ctl.refusal).toMatch(/^dt = 0\.0005 exceeds the explicit-Euler stability limit/);
    expect(notices[0]).toMatchObject({ level: 'error' });
    expect(wordsOf(notices[0].text)).toMatch(
      /^Refused: dt = 0\.0005 exceeds the explicit-Euler stability limit 0\.0004964 \(details/,
    );
  });

  it('run unsafely at dt = 0.0005 it blows up, pauses with the reason, and reset recovers', () => {
    const { settings, ctl, notices } = setup({ gridSize: 128, onUnstable: 'unsafe', stepsPerFrame: 200 });
    settings.getState().update({ dt: 0.0005 });
    ctl.frame(FRAME);
    expect(ctl.stabilityNote).toMatch(/^Unsafe: /);
    for (let i = 0; i < 200 && ctl.blowUp === ''; i++) ctl.frame(FRAME);
    expect(ctl.blowUp).toMatch(/Blow-up stopped the run at t ≈ 0\.[5-9]/);
    expect(ctl.running).toBe(false);
    expect(notices.at(-1)?.level).toBe('error');
    const t = ctl.t;
    frames(ctl, 3);
    expect(ctl.t).toBe(t);
    settings.getState().update({ dt: 4e-4 });
    ctl.reset();
    expect(ctl.blowUp).toBe('');
    frames(ctl, 2);
    expect(ctl.t).toBeGreaterThan(0);
  });

  it('live parameters reach the grid; boundary and policy changes keep the field', () => {
    const { settings, ctl } = setup({ gridSize: 128 });
    frames(ctl, 5);
    settings.getState().update({ r: 25, K: 0.25, hill: 'Kn', Du: 0.4, crossDiffusion: true });
    ctl.frame(FRAME);
    expect(grid(ctl).params).toMatchObject({ r: 25, K: 0.25, hill: 'Kn', Du: 0.4, crossDiffusion: true });
    const t = ctl.t;
    const before = Float64Array.from(grid(ctl).u);
    settings.getState().update({ boundary: 'no-flux' });
    ctl.pause();
    ctl.frame(FRAME);
    expect(grid(ctl).boundary).toBe('no-flux');
    expect(ctl.t).toBe(t);
    expect(Array.from(grid(ctl).u)).toEqual(Array.from(before));
    settings.getState().update({ gridSize: 160 });
    ctl.frame(FRAME);
    expect(grid(ctl).width).toBe(160);
    expect(ctl.t).toBe(0);
  });

  it('painting raises u under the brush; re-noise restarts from a new seed', () => {
    const { settings, ctl } = setup({ gridSize: 128, brushRadius: 4, brushAmount: 0.5 });
    ctl.pause();
    const g = grid(ctl);
    const at = (x: number, y: number) => g.u[y * 128 + x];
    const before = at(40, 64);
    ctl.paint(30, 64, 50, 64);
    ctl.frame(FRAME);
    expect(grid(ctl).u[64 * 128 + 40] - before).toBeGreaterThanOrEqual(0.5);
    expect(grid(ctl).u[10 * 128 + 10]).toBeCloseTo(before, 1);
    const seed = settings.getState().seed;
    const field = Float64Array.from(grid(ctl).u);
    ctl.renoise();
    ctl.frame(FRAME);
    expect(settings.getState().seed).toBe(seed + 1);
    expect(ctl.t).toBe(0);
    expect(Array.from(grid(ctl).u)).not.toEqual(Array.from(field));
  });

  it('without noise the field stays uniform and follows sim 2’s cycle', () => {
    const { ctl } = setup({ gridSize: 128, noise: 0, stepsPerFrame: 200 });
    while (ctl.t < 3) ctl.frame(FRAME);
    const s = grid(ctl).stats('u');
    expect(s.max - s.min).toBeLessThan(1e-6);
    expect(ctl.sim.period.period).toBeGreaterThan(0.211 * 0.97);
    expect(ctl.sim.period.period).toBeLessThan(0.211 * 1.03);
  });

  it('computes the spectrum through the backend: wavelength ≈ 1.33 once the pattern formed', async () => {
    const settings = createRdSettings(memoryStorage());
    settings.getState().update({ stepsPerFrame: 200 });
    const ctl = new RdSession({ settings, now: () => 0, spectrum: new InProcessSpectrum() });
    while (ctl.t < 1.5) ctl.frame(FRAME);
    ctl.requestSpectrum();
    ctl.frame(FRAME);
    await new Promise((r) => setTimeout(r, 0));
    expect(ctl.spectrum).not.toBeNull();
    expect(Math.abs(ctl.spectrum!.wavelength - 1.33)).toBeLessThan(0.1);
    expect(ctl.spectrum!.cells).toBeCloseTo(ctl.spectrum!.wavelength / 0.1, 9);
    expect(ctl.fastest?.wavelength).toBeCloseTo(1.33, 1);
  });
});

describe('RdSession: ODE sims', () => {
  for (const [sim, period] of [
    ['sim1', 0.256],
    ['sim2', 0.211],
  ] as const) {
    it(`${sim}: period ≈ ${period} measured live, time series and trail recorded`, () => {
      const { settings, ctl } = setup();
      chooseSim(settings, sim);
      settings.getState().update({ odeRate: 5 });
      ctl.frame(FRAME);
      expect(ctl.sim.kind).toBe('ode');
      expect(ctl.dt).toBe(5e-4);
      frames(ctl, 150); // 12.5 time units
      expect(Math.abs(ctl.sim.period.period / period - 1)).toBeLessThan(0.03);
      expect(ode(ctl).series.length).toBe(ode(ctl).series.capacity);
      expect(ode(ctl).trail.length).toBeGreaterThan(1000);
      expect(Math.abs(ctl.t - 151 * FRAME * 5e-3)).toBeLessThan(5e-4); // the rate applies from frame 1
    });
  }

  it('r changed live changes the period (sim 2 → sim 1’s rate)', () => {
    const { settings, ctl } = setup();
    chooseSim(settings, 'sim2');
    settings.getState().update({ odeRate: 5 });
    frames(ctl, 60);
    settings.getState().update({ r: 20 });
    frames(ctl, 100);
    expect(Math.abs(ctl.sim.period.period / 0.256 - 1)).toBeLessThan(0.03);
    ctl.loadPreset();
    ctl.frame(FRAME);
    expect(ctl.params.r).toBe(30);
  });

  it('an RK4 step far too large blows up and pauses with the reason', () => {
    const { settings, ctl, notices } = setup();
    chooseSim(settings, 'sim1');
    settings.getState().update({ dt: 0.005, b: 1000, odeRate: 5 });
    for (let i = 0; i < 100 && ctl.blowUp === ''; i++) ctl.frame(FRAME);
    expect(ctl.blowUp).toMatch(/Blow-up stopped the run/);
    expect(notices.at(-1)?.level).toBe('error');
  });

  it('parameters without a steady state are refused and rolled back', () => {
    const { settings, ctl, notices } = setup();
    chooseSim(settings, 'sim1');
    ctl.frame(FRAME);
    settings.getState().update({ c: 0, a: 0 });
    ctl.frame(FRAME);
    expect(settings.getState().c).toBe(1);
    expect(ctl.refusal).toMatch(/no positive steady state/);
    expect(notices.at(-1)?.level).toBe('error');
  });
});

describe('RdSession: run state', () => {
  it('tells subscribers what changed: the field moved, the spectrum arrived, a refusal, the pause', async () => {
    const settings = createRdSettings(memoryStorage());
    settings.getState().update({ stepsPerFrame: 200, gridSize: 128 });
    const ctl = new RdSession({ settings, now: () => 0, spectrum: new InProcessSpectrum() });
    const seen: string[] = [];
    const unsubs = [
      ctl.state.subscribe(
        (s) => s.moved,
        (m) => seen.push(`moved ${m.steps}`),
      ),
      ctl.state.subscribe(
        (s) => s.spectrum,
        (sp) => seen.push(`spectrum ${sp ? sp.t.toFixed(3) : 'none'}`),
      ),
      ctl.state.subscribe(
        (s) => s.paused,
        (p) => seen.push(`paused ${p}`),
      ),
      ctl.state.subscribe(
        (s) => s.refusal,
        (r) => seen.push(`refusal ${r.slice(0, 20)}`),
      ),
    ];
    frames(ctl, 2);
    expect(seen).toEqual(['moved 200', 'moved 400']);
    ctl.pause();
    frames(ctl, 3); // paused: nothing moves
    expect(seen.slice(2)).toEqual(['paused true']);
    ctl.requestSpectrum();
    ctl.frame(FRAME);
    await new Promise((r) => setTimeout(r, 0)); // the backend answers asynchronously, like a worker
    expect(seen.at(-1)).toBe('spectrum 0.160');
    settings.getState().update({ onUnstable: 'refuse' });
    ctl.frame(FRAME);
    settings.getState().update({ dt: 0.0005 });
    ctl.frame(FRAME);
    expect(seen.at(-1)).toMatch(/^refusal dt = 0\.0005 exceeds/);
    for (const u of unsubs) u();
    ctl.dispose();
  });
});
