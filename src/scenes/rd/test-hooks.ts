/**
 * Read-only test hooks for the browser tests: `window.__rl.rd` while the reaction–diffusion scene
 * runs. Plain values (they cross `page.evaluate`), read on demand from the session, plus the
 * spectrum function itself so a test can analyse pixels it read from the canvas.
 */
import type Phaser from 'phaser';
import { radialSpectrum } from '../../dynamics/rd/spectrum.ts';
import type { RdSession } from '../../play/rd/session.ts';
import type { Area } from './layout.ts';

export interface RdTestHooks {
  readonly sim: string;
  readonly kind: 'ode' | 'pde';
  readonly t: number;
  readonly steps: number;
  readonly paused: boolean;
  readonly running: boolean;
  readonly blowUp: string;
  readonly refusal: string;
  readonly stabilityNote: string;
  readonly dt: number;
  readonly substeps: number;
  readonly grid: { width: number; height: number; boundary: string; status: string } | null;
  readonly params: Record<string, number | string | boolean>;
  readonly steady: number;
  readonly ode: { u: number; v: number } | null;
  readonly period: { period: number; cycles: number; min: number; max: number };
  readonly uStats: { min: number; max: number; mean: number };
  readonly vStats: { min: number; max: number; mean: number };
  /** Sim 3's colour range (null for sims 1–2). */
  readonly range: { lo: number; hi: number } | null;
  readonly measured: {
    fps: number;
    stepsPerSecond: number;
    simTimePerSecond: number;
    stepsPerFrame: number;
    capped: boolean;
  };
  readonly spectrum: { wavelength: number; cells: number; t: number } | null;
  readonly fastestWavelength: number;
  /** Sim 3: the noise seed the field was last reset from (null for sims 1–2). */
  readonly fieldSeed: number | null;
  readonly seriesLength: number;
  readonly trailLength: number;
  /** u (or v) of every cell, row-major. */
  field(which?: 'u' | 'v'): number[];
  /** Ask for a fresh spectrum at the next frame. */
  requestSpectrum(): void;
  /** The dynamics module's radial spectrum of any row-major array (for pixels read from the canvas). */
  spectrumOf(
    values: number[],
    width: number,
    height: number,
    dx: number,
  ): { wavelength: number; peakK: number };
  /** Page (client) coordinates of a cell's centre, for mouse input. */
  cellToClient(cx: number, cy: number): { x: number; y: number };
  /** The main square (field or phase plane) in game coordinates. */
  readonly mainArea: Area;
  /** Where a state (u, v) sits on the phase plane, in game coordinates (sims 1–2). */
  phasePoint(u: number, v: number): { x: number; y: number } | null;
}

type Hooked = { rd?: RdTestHooks };

export function installRdHooks(
  game: Phaser.Game,
  ctl: RdSession,
  main: Area,
  gridSize: () => number,
  phasePoint: (u: number, v: number) => { x: number; y: number } | null,
): () => void {
  const hooks: RdTestHooks = {
    get sim() {
      return ctl.sim.id;
    },
    get kind() {
      return ctl.sim.kind;
    },
    get t() {
      return ctl.t;
    },
    get steps() {
      return ctl.steps;
    },
    get paused() {
      return ctl.paused;
    },
    get running() {
      return ctl.running;
    },
    get blowUp() {
      return ctl.blowUp;
    },
    get refusal() {
      return ctl.refusal;
    },
    get stabilityNote() {
      return ctl.stabilityNote;
    },
    get dt() {
      return ctl.dt;
    },
    get substeps() {
      const sim = ctl.sim;
      return sim.kind === 'pde' ? sim.grid.substeps : 1;
    },
    get grid() {
      const sim = ctl.sim;
      if (sim.kind !== 'pde') return null;
      const g = sim.grid;
      return { width: g.width, height: g.height, boundary: g.boundary, status: g.status };
    },
    get params() {
      return { ...ctl.params };
    },
    get steady() {
      return ctl.steady;
    },
    get ode() {
      const sim = ctl.sim;
      return sim.kind === 'ode' ? { u: sim.ode.u, v: sim.ode.v } : null;
    },
    get period() {
      const p = ctl.sim.period;
      return { period: p.period, cycles: p.cycles, min: p.min, max: p.max };
    },
    get uStats() {
      return { ...ctl.sim.uStats };
    },
    get vStats() {
      return { ...ctl.sim.vStats };
    },
    get range() {
      const sim = ctl.sim;
      return sim.kind === 'pde' ? { ...sim.range } : null;
    },
    get measured() {
      return { ...ctl.measured };
    },
    get spectrum() {
      const s = ctl.spectrum;
      return s && { wavelength: s.wavelength, cells: s.cells, t: s.t };
    },
    get fastestWavelength() {
      return ctl.fastest?.wavelength ?? Number.NaN;
    },
    get fieldSeed() {
      const sim = ctl.sim;
      return sim.kind === 'pde' ? sim.origin.seed : null;
    },
    get seriesLength() {
      return ctl.sim.series.length;
    },
    get trailLength() {
      const sim = ctl.sim;
      return sim.kind === 'ode' ? sim.trail.length : 0;
    },
    field(which = 'u') {
      const sim = ctl.sim;
      return sim.kind === 'pde' ? Array.from(which === 'u' ? sim.grid.u : sim.grid.v) : [];
    },
    requestSpectrum() {
      ctl.requestSpectrum();
    },
    spectrumOf(values, width, height, dx) {
      const s = radialSpectrum(values, width, height, dx);
      return { wavelength: s.wavelength, peakK: s.peakK };
    },
    cellToClient(cx, cy) {
      const n = gridSize();
      const rect = game.canvas.getBoundingClientRect();
      const gx = main.x + ((cx + 0.5) / n) * main.w;
      const gy = main.y + ((cy + 0.5) / n) * main.h;
      return {
        x: rect.left + (gx / game.scale.width) * rect.width,
        y: rect.top + (gy / game.scale.height) * rect.height,
      };
    },
    mainArea: { ...main },
    phasePoint,
  };
  const rl = window.__rl as Hooked | undefined;
  if (rl) rl.rd = hooks;
  return () => {
    if (rl?.rd === hooks) delete rl.rd;
  };
}
