/**
 * What the page knows of a sweep: the bifurcation diagram's columns and the λ estimates against
 * the same values, filled in as the worker's batches arrive (the session announces each batch
 * through its run state, so the figure redraws only when something changed). No DOM.
 */
import { type Behaviour, sweepValues } from '../../dynamics/lorenz/index.ts';
import { LYAP_TIMES } from './sweep-core.ts';
import type { FromLorenzWorker, SweepConfig } from './sweep-protocol.ts';

export class SweepResults {
  readonly values: Float64Array;
  /** z maxima per value (null: not computed yet). */
  readonly maxima: (Float32Array | null)[];
  /** z of each value's end state (NaN: not yet); the fixed point's height where there are no maxima. */
  readonly endZ: Float32Array;
  /** Values whose diagram integration blew up. */
  readonly blownUp: Uint8Array;
  /** λ1, λ2, λ3 per value (NaN: not yet, or blew up). */
  readonly lyap: Float64Array;
  /** Averaging time of each value's current λ estimate (0: none yet). */
  readonly lyapTime: Float64Array;
  readonly behaviour: (Behaviour | null)[];
  diagramDone = 0;
  /** Current λ pass (index into LYAP_TIMES) and values done in it. */
  lyapPass = 0;
  lyapDone = 0;
  finished = false;
  /** Smallest and largest z maximum so far. */
  zMin = Number.POSITIVE_INFINITY;
  zMax = Number.NEGATIVE_INFINITY;
  /** First blow-up message of the diagram or of λ, for the figure's caption. */
  message: string | null = null;

  constructor(
    readonly id: number,
    readonly config: SweepConfig,
  ) {
    const n = config.count;
    this.values = sweepValues(config.from, config.to, n);
    this.maxima = new Array(n).fill(null);
    this.endZ = new Float32Array(n).fill(Number.NaN);
    this.blownUp = new Uint8Array(n);
    this.lyap = new Float64Array(3 * n).fill(Number.NaN);
    this.lyapTime = new Float64Array(n);
    this.behaviour = new Array(n).fill(null);
  }

  get count(): number {
    return this.values.length;
  }

  get passes(): readonly number[] {
    return LYAP_TIMES;
  }

  /** Apply a worker message of this sweep; returns false if it belongs to another one. */
  apply(msg: FromLorenzWorker): boolean {
    if (!('id' in msg) || msg.id !== this.id) return false;
    if (msg.type === 'diagram') {
      let at = 0;
      msg.indices.forEach((index, k) => {
        const m = msg.maxima.subarray(at, at + msg.lengths[k]);
        at += msg.lengths[k];
        this.maxima[index] = m;
        this.endZ[index] = msg.endZ[k];
        const zs = m.length > 0 ? m : msg.endZ.subarray(k, k + 1);
        for (let j = 0; j < zs.length; j++) {
          if (!Number.isFinite(zs[j])) continue;
          if (zs[j] < this.zMin) this.zMin = zs[j];
          if (zs[j] > this.zMax) this.zMax = zs[j];
        }
      });
      for (const i of msg.blownUp) this.blownUp[i] = 1;
      this.message ??= msg.message ?? null;
      this.diagramDone = msg.done;
    } else if (msg.type === 'lyapunov') {
      msg.indices.forEach((index, k) => {
        this.lyap.set(msg.spectra.subarray(3 * k, 3 * k + 3), 3 * index);
        this.lyapTime[index] = msg.time;
        this.behaviour[index] = msg.behaviours[k];
      });
      this.message ??= msg.message ?? null;
      this.lyapPass = msg.pass;
      this.lyapDone = msg.done;
    } else if (msg.type === 'sweep-done') {
      this.finished = true;
      this.lyapPass = LYAP_TIMES.length - 1;
      this.lyapDone = this.count;
    } else {
      return false;
    }
    return true;
  }

  get diagramComplete(): boolean {
    return this.diagramDone >= this.count;
  }

  /** Overall progress in [0, 1]: the diagram counts as one λ pass (it costs about as much as the first). */
  get progress(): number {
    if (this.finished) return 1;
    const units = 1 + LYAP_TIMES.length;
    const lyap = this.diagramComplete ? this.lyapPass + this.lyapDone / this.count : 0;
    return (this.diagramDone / this.count + lyap) / units;
  }

  /** Index of the value nearest to `v` (clamped to the range). */
  indexOf(v: number): number {
    const { from, to } = this.config;
    const n = this.count;
    if (n === 1) return 0;
    return Math.min(n - 1, Math.max(0, Math.round(((v - from) / (to - from)) * (n - 1))));
  }

  /** Counts of each behaviour among the values classified so far. */
  tally(): Record<Behaviour, number> {
    const t: Record<Behaviour, number> = { chaos: 0, periodic: 0, 'fixed-point': 0, uncertain: 0 };
    for (const b of this.behaviour) if (b) t[b]++;
    return t;
  }
}
