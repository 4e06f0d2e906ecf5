/**
 * The Lorenz run's subscribable state: a zustand vanilla store that the session updates (only
 * through `setState`) and the figure, panel and readout subscribe to, instead of polling counters.
 * The worker's results flow through it: a new spectrum estimate replaces `spectrum`, a new sweep
 * replaces `results`, and each batch of a sweep (filled into `results`' typed arrays) gives a fresh
 * `sweep` marker. High-rate data (trajectories, trails, the separation record) stays in the session.
 */

import { subscribeWithSelector } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { CodedErrorData } from '../../core/coded-error.ts';
import type { Behaviour, LorenzParams, Spectrum } from '../../dynamics/lorenz/index.ts';
import type { SweepResults } from './sweep-results.ts';

export interface SpectrumState {
  params: LorenzParams;
  spectrum: Spectrum | null;
  /** Averaging time of the estimate. */
  time: number;
  behaviour: Behaviour | null;
  done: boolean;
  error: string | null;
}

/** How far the current sweep has come: a fresh object with every batch from the worker. */
export interface SweepProgress {
  readonly id: number;
  readonly diagramDone: number;
  readonly lyapPass: number;
  readonly lyapDone: number;
  readonly finished: boolean;
}

export interface LorenzRunState {
  paused: boolean;
  /** Why the run stopped, while it is stopped by a blow-up (the full explanation). */
  blowUp: string | null;
  /** The same, in two short lines for the banner over the attractor. */
  blowUpShort: string | null;
  /** The blow-up as coded data (the app layer words it in the current language). */
  blowUpError: CodedErrorData | null;
  /** Last worker failure (not a blow-up), shown in the readout. */
  workerError: string | null;
  /** The spectrum of the current parameters (replaced with every estimate). */
  spectrum: SpectrumState;
  /** The current sweep's results (replaced when a new sweep starts; filled batch by batch). */
  results: SweepResults;
  sweep: SweepProgress;
}

export function createLorenzRunState(initial: LorenzRunState) {
  return createStore<LorenzRunState>()(subscribeWithSelector(() => initial));
}

/** The store, with `subscribe(selector, listener)` for the parts a consumer follows. */
export type LorenzRunStore = ReturnType<typeof createLorenzRunState>;

export function progressOf(r: SweepResults): SweepProgress {
  return {
    id: r.id,
    diagramDone: r.diagramDone,
    lyapPass: r.lyapPass,
    lyapDone: r.lyapDone,
    finished: r.finished,
  };
}
