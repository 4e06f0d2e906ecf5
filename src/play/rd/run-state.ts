/**
 * The reaction–diffusion run's subscribable state: a zustand vanilla store the session updates
 * (only through `setState`) and the scene, panel, readout and charts subscribe to, instead of
 * polling counters. It holds the small facts; the big arrays (fields, series, trail) stay in the
 * sim, and `moved` says when they changed. The worker's spectrum arrives through it too.
 */
import { subscribeWithSelector } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { CodedErrorData } from '../../core/coded-error.ts';
import type { FastestMode, RdParams } from '../../dynamics/rd/index.ts';
import type { GridSim } from './grid-sim.ts';
import type { OdeSim } from './ode-sim.ts';
import type { SpectrumResult } from './spectrum-client.ts';

/** The running simulation: sims 1–2 (ODE) or sim 3 (grid). */
export type RdSim = OdeSim | GridSim;

export interface SpectrumView extends SpectrumResult {
  /** Simulated time of the field it was computed from. */
  t: number;
  /** Wavelength in cells. */
  cells: number;
}

/** When the sim's numbers last moved (a step, a paint stroke, a reset): a fresh object each time. */
export interface Moved {
  readonly t: number;
  readonly steps: number;
}

export interface RdRunState {
  /** The running sim; a new object when it is rebuilt (views that depend on its shape rebuild). */
  sim: RdSim;
  /** Paused by the user. */
  paused: boolean;
  /** Why a blow-up stopped the run ('' while fine); cleared by a reset. */
  blowUp: string;
  /** The grid cell where the blow-up was found (null when none, or for the ODE). */
  blowUpCell: { x: number; y: number } | null;
  /** The last change that was refused and rolled back ('' when none since the last accepted one). */
  refusal: string;
  /** What the stability check says about the running dt when it is over the limit ('' when stable). */
  stabilityNote: string;
  /**
   * The same three as coded data (null when the text is ''), for the page to word in its language:
   * the blow-up, the refusal and the stability note.
   */
  coded: { blowUp: CodedErrorData | null; refusal: CodedErrorData | null; stability: CodedErrorData | null };
  /** The parameters the running sim uses (a new object when they change). */
  params: Readonly<RdParams>;
  /** Homogeneous steady state u* = v* of those parameters. */
  steady: number;
  /** Sim 3: the fastest-growing spatial mode of those parameters (null for sims 1–2). */
  fastest: FastestMode | null;
  /** The field's latest spectrum from the worker (sim 3), or null. */
  spectrum: SpectrumView | null;
  moved: Moved;
}

export function createRdRunState(initial: RdRunState) {
  return createStore<RdRunState>()(subscribeWithSelector(() => initial));
}

/** The store, with `subscribe(selector, listener)` for the parts a consumer follows. */
export type RdRunStore = ReturnType<typeof createRdRunState>;
