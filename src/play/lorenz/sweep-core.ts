/**
 * The Lorenz scene's background computations, as a pure class that runs in time slices: the
 * worker calls `runFor(ms)` in a loop and posts what it returns; Node tests call it directly.
 *
 * Two jobs, the spectrum first (it is short and the readout waits for it):
 * - **Spectrum** of the current parameters: a `LyapunovRun` from the live trajectory's state,
 *   refined through SPECTRUM_TIMES, one message per step of T.
 * - **Sweep**: the bifurcation diagram, then λ against the same values, pass by pass (short T
 *   first, each run extended, never recomputed). Values are visited coarse to fine (every 16th, then
 *   the ones halfway between, …) so the whole range appears at once and fills in.
 *
 * λ and the diagram agree by construction: each value's Lyapunov run starts from the end state of
 * that value's diagram column (`BifurcationColumn.end`), so where two attractors coexist
 * (24.06 < r < 24.74) both describe the same one. After LYAP_ALIGN units that align the tangent
 * frame (the state is already on the attractor) the averages start.
 */
import {
  type Behaviour,
  BIFURCATION_DEFAULTS,
  type BifurcationColumn,
  bifurcationColumns,
  classifySpectrum,
  LorenzBlowUpError,
  type LorenzParams,
  LyapunovRun,
  sweepValues,
} from '../../dynamics/lorenz/index.ts';
import type { FromLorenzWorker, SweepConfig } from './sweep-protocol.ts';

/** Diagram integration: the library defaults (dt 0.005 keeps a periodic orbit's maxima sharp). */
export const DIAGRAM = {
  dt: BIFURCATION_DEFAULTS.dt,
  transient: BIFURCATION_DEFAULTS.transient,
  record: BIFURCATION_DEFAULTS.record,
};
/** λ sweep: RK4 step, frame-alignment time from the diagram's end state, averaging times per pass. */
export const LYAP_DT = 0.01;
export const LYAP_ALIGN = 20;
export const LYAP_TIMES = [100, 1000, 10000] as const;
/** Current-parameter spectrum: the library's 500-unit transient, then T refined through these. */
export const SPECTRUM_TIMES = [100, 300, 1000, 3000, 10000] as const;
export const SPECTRUM_TRANSIENT = 500;
/** A long Lyapunov extension is cut into pieces of this many time units (≈ 8 ms each). */
const CHUNK_TIME = 1000;
/** Coarse-to-fine stride (a power of two). */
const STRIDE = 16;

/** Value indices in coarse-to-fine order: offsets 0, 8, 4, 12, 2, … (bit-reversed), each strided. */
export function coarseToFine(count: number, stride = STRIDE): { offset: number; indices: number[] }[] {
  const bits = Math.log2(stride);
  const out: { offset: number; indices: number[] }[] = [];
  for (let k = 0; k < stride; k++) {
    let offset = 0;
    for (let b = 0; b < bits; b++) if (k & (1 << b)) offset |= 1 << (bits - 1 - b);
    const indices: number[] = [];
    for (let i = offset; i < count; i += stride) indices.push(i);
    if (indices.length) out.push({ offset, indices });
  }
  return out;
}

interface SpectrumJob {
  id: number;
  params: LorenzParams;
  initial?: number[];
  run: LyapunovRun | null;
  step: number;
}

interface SweepJob {
  id: number;
  config: SweepConfig;
  values: Float64Array;
  order: number[];
  /** Diagram phase: the current strided group and its generator. */
  group: number;
  groups: { offset: number; indices: number[] }[];
  columns: Generator<BifurcationColumn> | null;
  diagramDone: number;
  ends: Float64Array;
  /** λ phase. */
  pass: number;
  position: number;
  runs: (LyapunovRun | null)[];
  lyapDone: number;
  finished: boolean;
}

const now = () => performance.now();

export class LorenzSweepCore {
  private spectrum: SpectrumJob | null = null;
  private sweep: SweepJob | null = null;

  /** (Re)start the spectrum job; it runs before any sweep work. */
  setSpectrum(id: number, params: LorenzParams, initial?: ArrayLike<number>): void {
    const start =
      initial && initial.length === 3 && Array.from(initial).every(Number.isFinite)
        ? Array.from(initial)
        : undefined;
    this.spectrum = { id, params: { ...params }, initial: start, run: null, step: 0 };
  }

  /** (Re)start the sweep; throws a RangeError for an invalid configuration. */
  setSweep(id: number, config: SweepConfig): void {
    const values = sweepValues(config.from, config.to, config.count);
    const groups = coarseToFine(config.count);
    this.sweep = {
      id,
      config: { ...config },
      values,
      order: groups.flatMap((g) => g.indices),
      group: 0,
      groups,
      columns: null,
      diagramDone: 0,
      ends: new Float64Array(3 * config.count).fill(Number.NaN),
      pass: 0,
      position: 0,
      runs: new Array(config.count).fill(null),
      lyapDone: 0,
      finished: false,
    };
  }

  stop(): void {
    this.spectrum = null;
    this.sweep = null;
  }

  /** Whether there is work left. */
  get busy(): boolean {
    return this.spectrum !== null || (this.sweep !== null && !this.sweep.finished);
  }

  /** Work for about `ms` milliseconds; returns the messages to post (in order). */
  runFor(ms: number): FromLorenzWorker[] {
    const until = now() + ms;
    const out: FromLorenzWorker[] = [];
    while (this.spectrum && now() < until) this.spectrumStep(out);
    if (this.sweep && !this.sweep.finished && now() < until) this.sweepFor(this.sweep, until, out);
    return out;
  }

  private spectrumStep(out: FromLorenzWorker[]): void {
    const job = this.spectrum as SpectrumJob;
    try {
      if (!job.run) {
        job.run = new LyapunovRun(job.params, {
          dt: LYAP_DT,
          transient: SPECTRUM_TRANSIENT,
          initial: job.initial,
        });
        return;
      }
      const target = SPECTRUM_TIMES[job.step];
      const left = target - job.run.time;
      if (left > 1e-9) job.run.advance(Math.min(CHUNK_TIME, left));
      if (job.run.time + 1e-9 < target) return;
      job.step++;
      const spectrum = job.run.spectrum();
      const done = job.step >= SPECTRUM_TIMES.length;
      const time = job.run.time;
      out.push({
        type: 'spectrum',
        id: job.id,
        spectrum,
        time,
        behaviour: classifySpectrum(spectrum, time),
        done,
      });
      if (done) this.spectrum = null;
    } catch (e) {
      out.push({ type: 'spectrum-error', id: job.id, message: (e as Error).message });
      this.spectrum = null;
    }
  }

  private sweepFor(job: SweepJob, until: number, out: FromLorenzWorker[]): void {
    if (job.diagramDone < job.values.length) this.diagramFor(job, until, out);
    if (job.diagramDone === job.values.length && now() < until) this.lyapunovFor(job, until, out);
    if (job.pass >= LYAP_TIMES.length && !job.finished) {
      job.finished = true;
      out.push({ type: 'sweep-done', id: job.id });
    }
  }

  private diagramFor(job: SweepJob, until: number, out: FromLorenzWorker[]): void {
    const { config, values } = job;
    const indices: number[] = [];
    const lengths: number[] = [];
    const maxima: Float64Array[] = [];
    const blownUp: number[] = [];
    let message: string | undefined;
    while (job.group < job.groups.length && now() < until) {
      const g = job.groups[job.group];
      if (!job.columns) {
        const last = g.indices[g.indices.length - 1];
        job.columns = bifurcationColumns({
          ...DIAGRAM,
          param: config.param,
          sigma: config.sigma,
          r: config.r,
          b: config.b,
          from: values[g.offset],
          to: values[last],
          count: g.indices.length,
        });
      }
      const next = job.columns.next();
      if (next.done) {
        job.columns = null;
        job.group++;
        continue;
      }
      const col = next.value;
      const index = g.indices[col.index];
      indices.push(index);
      lengths.push(col.maxima.length);
      maxima.push(col.maxima);
      job.ends.set(col.end, 3 * index);
      if (col.error) {
        blownUp.push(index);
        message ??= col.error.message;
      }
      job.diagramDone++;
    }
    if (indices.length === 0) return;
    const flat = new Float32Array(lengths.reduce((a, b) => a + b, 0));
    let at = 0;
    for (const m of maxima) {
      flat.set(m, at);
      at += m.length;
    }
    out.push({
      type: 'diagram',
      id: job.id,
      indices: Int32Array.from(indices),
      lengths: Int32Array.from(lengths),
      maxima: flat,
      endZ: Float32Array.from(indices, (i) => job.ends[3 * i + 2]),
      blownUp: Int32Array.from(blownUp),
      message,
      done: job.diagramDone,
    });
  }

  private lyapunovFor(job: SweepJob, until: number, out: FromLorenzWorker[]): void {
    let batch: { indices: number[]; spectra: number[]; behaviours: Behaviour[]; message?: string } | null =
      null;
    const flush = () => {
      if (!batch || batch.indices.length === 0) return;
      out.push({
        type: 'lyapunov',
        id: job.id,
        pass: job.pass,
        time: LYAP_TIMES[job.pass],
        indices: Int32Array.from(batch.indices),
        spectra: Float64Array.from(batch.spectra),
        behaviours: batch.behaviours,
        message: batch.message,
        done: job.lyapDone,
      });
      batch = null;
    };
    while (job.pass < LYAP_TIMES.length && now() < until) {
      if (job.position >= job.order.length) {
        flush();
        job.pass++;
        job.position = 0;
        job.lyapDone = 0;
        continue;
      }
      const index = job.order[job.position];
      const target = LYAP_TIMES[job.pass];
      batch ??= { indices: [], spectra: [], behaviours: [] };
      const finished = this.advanceValue(job, index, target, batch);
      if (finished) {
        job.position++;
        job.lyapDone++;
      }
    }
    flush();
  }

  /**
   * Advance one value's run by at most CHUNK_TIME towards `target`; when it gets there (or blows
   * up), add its estimate to the batch and return true.
   */
  private advanceValue(
    job: SweepJob,
    index: number,
    target: number,
    batch: { indices: number[]; spectra: number[]; behaviours: Behaviour[]; message?: string },
  ): boolean {
    const failed = (message: string) => {
      job.runs[index] = null;
      batch.indices.push(index);
      batch.spectra.push(Number.NaN, Number.NaN, Number.NaN);
      batch.behaviours.push('uncertain');
      batch.message ??= message;
      return true;
    };
    let run = job.runs[index];
    if (!run) {
      if (job.pass > 0) return true; // blew up in an earlier pass: reported then, left out now
      const e = job.ends.subarray(3 * index, 3 * index + 3);
      if (!e.every(Number.isFinite)) {
        return failed(`the diagram's integration blew up at ${job.config.param} = ${job.values[index]}`);
      }
      const params = {
        sigma: job.config.sigma,
        r: job.config.r,
        b: job.config.b,
        [job.config.param]: job.values[index],
      };
      try {
        run = new LyapunovRun(params, { dt: LYAP_DT, transient: LYAP_ALIGN, initial: e });
      } catch (err) {
        if (err instanceof LorenzBlowUpError) return failed(err.message);
        throw err;
      }
      job.runs[index] = run;
    }
    try {
      const left = target - run.time;
      if (left > 1e-9) run.advance(Math.min(CHUNK_TIME, left));
    } catch (err) {
      if (err instanceof LorenzBlowUpError) return failed(err.message);
      throw err;
    }
    if (run.time + 1e-9 < target) return false;
    const spectrum = run.spectrum();
    batch.indices.push(index);
    batch.spectra.push(spectrum[0], spectrum[1], spectrum[2]);
    batch.behaviours.push(classifySpectrum(spectrum, run.time));
    return true;
  }
}
