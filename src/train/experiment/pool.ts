/**
 * Run an experiment on a pool of workers: deal the blocks (blocks.ts) to whichever worker is free,
 * fold what comes back in run order (accumulate.ts), report progress, and stop cleanly on cancel
 * (keeping every run already folded) or on the first error. The workers are whatever `spawn` makes:
 * threads in Node, Web Workers in the page, or an in-process port (in-process.ts).
 */
import { ExperimentAccumulator } from './accumulate.ts';
import { planBlocks, runCost } from './blocks.ts';
import type { ExperimentPlan } from './plan.ts';
import type { ExperimentPort, FromExperimentWorker } from './protocol.ts';
import { collectResult, type ExperimentResult } from './results.ts';
import type { RunBlock } from './run-one.ts';

export interface ExperimentProgress {
  /** Runs folded (over all conditions), and how many there are. */
  runsDone: number;
  runsTotal: number;
  elapsedMs: number;
  /** Time left at the rate so far (NaN before the first block). */
  etaMs: number;
  /** The results so far (built on demand: call it at the rate you draw). */
  result(): ExperimentResult;
}

export interface PoolOptions {
  spawn: () => ExperimentPort;
  workers: number;
  onProgress?: (progress: ExperimentProgress) => void;
  signal?: AbortSignal;
  /** The clock for progress (default `performance.now`); never part of the results. */
  now?: () => number;
}

export interface PoolOutcome {
  result: ExperimentResult;
  cancelled: boolean;
  /** Wall time, for the terminal or the page; not in `result`. */
  elapsedMs: number;
}

/**
 * A worker's failure. When the worker sent a coded error, this carries its `code` and `values`, so
 * `describeError` words it as the original; otherwise its message is the worker's.
 */
export class ExperimentRunError extends Error {
  override name = 'ExperimentRunError';
  readonly code?: string;
  readonly values?: unknown;
  /** The runs folded before the failure (set by the pool), so nothing finished is lost. */
  partial: ExperimentResult | null = null;
  constructor(message: string, error: { code: string; values: unknown } | null) {
    super(message);
    if (error !== null) {
      this.code = error.code;
      this.values = error.values;
    }
  }
}

export function runExperimentPool(plan: ExperimentPlan, options: PoolOptions): Promise<PoolOutcome> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const acc = new ExperimentAccumulator(plan);
  const blocks = planBlocks(plan);
  const cost = runCost(plan);
  const totalWork = blocks.reduce((s, b) => s + b.count * cost, 0);
  const workers = Math.max(1, Math.min(Math.floor(options.workers) || 1, blocks.length));
  let next = 0;
  let doneWork = 0;
  let settled = false;
  const inFlight = new Map<number, RunBlock>();
  const ports: ExperimentPort[] = [];

  return new Promise<PoolOutcome>((resolve, reject) => {
    const finish = (cancelled: boolean) => {
      if (settled) return;
      settled = true;
      for (const p of ports) p.terminate();
      options.signal?.removeEventListener('abort', onAbort);
      resolve({ result: collectResult(acc, !cancelled), cancelled, elapsedMs: now() - started });
    };
    const fail = (e: ExperimentRunError) => {
      if (settled) return;
      settled = true;
      for (const p of ports) p.terminate();
      options.signal?.removeEventListener('abort', onAbort);
      e.partial = collectResult(acc, false);
      reject(e);
    };
    const onAbort = () => finish(true);
    const progress = () => {
      if (options.onProgress === undefined) return;
      const elapsedMs = now() - started;
      options.onProgress({
        runsDone: acc.totalFolded,
        runsTotal: plan.spec.runs * plan.conditions.length,
        elapsedMs,
        etaMs: doneWork > 0 ? (elapsedMs * (totalWork - doneWork)) / doneWork : Number.NaN,
        result: () => collectResult(acc, false),
      });
    };
    const dispatch = (port: ExperimentPort) => {
      if (settled) return;
      if (next >= blocks.length) {
        if (inFlight.size === 0) finish(false);
        return;
      }
      const id = next++;
      const b = blocks[id];
      inFlight.set(id, b);
      port.post({ type: 'block', id, condition: b.condition, runStart: b.runStart, count: b.count });
    };

    if (options.signal?.aborted) {
      finish(true);
      return;
    }
    options.signal?.addEventListener('abort', onAbort);
    for (let w = 0; w < workers; w++) {
      const port = options.spawn();
      ports.push(port);
      port.onMessage((m: FromExperimentWorker) => {
        if (settled) return;
        if (m.type === 'error') {
          fail(new ExperimentRunError(m.message, m.error));
          return;
        }
        const b = inFlight.get(m.id);
        if (b === undefined) return;
        inFlight.delete(m.id);
        acc.add(b, { data: m.data, summaries: m.summaries });
        doneWork += b.count * cost;
        progress();
        dispatch(port);
      });
      port.onFailure((message) => fail(new ExperimentRunError(message, null)));
      port.post({ type: 'plan', spec: plan.spec });
    }
    for (const port of ports) dispatch(port);
  });
}
