/**
 * Run a comparison on a pool of experiment workers (its own workers and agents: the scene's
 * training is not touched), handing the results so far to `onUpdate` at most every `everyMs` and
 * once at the end. `cancel()` stops it and keeps every run already finished.
 */
import { planExperiment } from '../../train/experiment/plan.ts';
import { type PoolOutcome, runExperimentPool } from '../../train/experiment/pool.ts';
import type { ExperimentPort } from '../../train/experiment/protocol.ts';
import type { ExperimentResult } from '../../train/experiment/results.ts';
import type { ExperimentSpecInput } from '../../train/experiment/spec.ts';

export interface CompareUpdate {
  result: ExperimentResult;
  runsDone: number;
  runsTotal: number;
  /** Time left at the rate so far (NaN before the first runs finish). */
  etaMs: number;
  elapsedMs: number;
}

export interface CompareRun {
  /** Resolves when all runs are done or after a cancel (with what finished); rejects on an error. */
  done: Promise<PoolOutcome>;
  cancel(): void;
}

export function startCompare(
  spec: ExperimentSpecInput,
  o: {
    spawn: () => ExperimentPort;
    workers: number;
    onUpdate: (u: CompareUpdate) => void;
    everyMs?: number;
    now?: () => number;
  },
): CompareRun {
  // Throws an ExperimentError (coded) before any worker starts when the spec cannot run.
  const plan = planExperiment(spec);
  const controller = new AbortController();
  const now = o.now ?? (() => performance.now());
  const every = o.everyMs ?? 200;
  let shownAt = Number.NEGATIVE_INFINITY;
  const done = runExperimentPool(plan, {
    spawn: o.spawn,
    workers: o.workers,
    signal: controller.signal,
    now,
    onProgress: (p) => {
      const t = now();
      if (t - shownAt < every && p.runsDone < p.runsTotal) return;
      shownAt = t;
      o.onUpdate({
        result: p.result(),
        runsDone: p.runsDone,
        runsTotal: p.runsTotal,
        etaMs: p.etaMs,
        elapsedMs: p.elapsedMs,
      });
    },
  }).then((outcome) => {
    const r = outcome.result;
    o.onUpdate({
      result: r,
      runsDone: r.runsDone,
      runsTotal: r.runsTotal,
      etaMs: outcome.cancelled ? Number.NaN : 0,
      elapsedMs: outcome.elapsedMs,
    });
    return outcome;
  });
  return { done, cancel: () => controller.abort() };
}
