/**
 * Messages between the Lorenz scene and its worker (src/workers/lorenz.worker.ts). Results come in
 * batches (one message per slice of about 100 ms), never one message per value; typed arrays are
 * transferred. Every job carries the page's id; the page drops messages of a job it replaced.
 */
import type { Behaviour, LorenzParams, Spectrum, SweepParam } from '../../dynamics/lorenz/index.ts';

/** A sweep: `count` evenly spaced values of `param` in [from, to]; the other two from sigma, r, b. */
export interface SweepConfig extends LorenzParams {
  param: SweepParam;
  from: number;
  to: number;
  count: number;
}

export type ToLorenzWorker =
  /** The spectrum at one parameter set, refined in steps of T; `initial`: start there (the live state). */
  | { type: 'spectrum'; id: number; params: LorenzParams; initial?: number[] }
  | { type: 'sweep'; id: number; config: SweepConfig }
  | { type: 'stop' };

export type FromLorenzWorker =
  | { type: 'spectrum'; id: number; spectrum: Spectrum; time: number; behaviour: Behaviour; done: boolean }
  | { type: 'spectrum-error'; id: number; message: string }
  | {
      type: 'diagram';
      id: number;
      /** Value indices of this batch. */
      indices: Int32Array;
      /** Number of maxima of each, concatenated in `maxima`. */
      lengths: Int32Array;
      maxima: Float32Array;
      /**
       * z of each value's end state: where an orbit ends on a fixed point there are no maxima
       * left after the transient, and this is the fixed point's height (r − 1 for C±, 0 for the origin).
       */
      endZ: Float32Array;
      /** Indices that blew up (no maxima), and the first such message. */
      blownUp: Int32Array;
      message?: string;
      /** Columns done so far in this sweep. */
      done: number;
    }
  | {
      type: 'lyapunov';
      id: number;
      /** Index into the averaging times of this sweep (0: short T first). */
      pass: number;
      /** The averaging time T of this pass. */
      time: number;
      indices: Int32Array;
      /** λ1, λ2, λ3 per index (NaN × 3 after a blow-up). */
      spectra: Float64Array;
      behaviours: Behaviour[];
      message?: string;
      /** Values done so far in this pass. */
      done: number;
    }
  | { type: 'sweep-done'; id: number }
  | { type: 'error'; message: string };
