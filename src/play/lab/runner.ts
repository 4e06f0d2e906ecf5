/**
 * Runs a Lab job: its parts one after another on a worker pool (`runExperimentPool`), reporting
 * progress over all parts at most every `redrawMs`, and stopping on cancel with every finished run
 * kept. The scene passes the page's Web Worker port; the tests pass the in-process one.
 */

import { type ExperimentPlan, planExperiment } from '../../train/experiment/plan.ts';
import { runExperimentPool } from '../../train/experiment/pool.ts';
import type { ExperimentPort } from '../../train/experiment/protocol.ts';
import type { ExperimentResult } from '../../train/experiment/results.ts';
import type { PartResult } from './csv.ts';
import type { LabJob } from './job.ts';

export interface LabProgress {
  runsDone: number;
  runsTotal: number;
  elapsedMs: number;
  /** NaN before the first block comes back. */
  etaMs: number;
  /** Results so far: the parts done, then the running one's partial result. */
  parts: PartResult[];
}

export interface LabOutcome {
  parts: PartResult[];
  cancelled: boolean;
  elapsedMs: number;
}

export interface RunOptions {
  spawn: () => ExperimentPort;
  workers: number;
  signal: AbortSignal;
  onProgress: (p: LabProgress) => void;
  /** Shortest time between two progress reports (ms); the last one always comes. */
  redrawMs?: number;
  now?: () => number;
}

/** Runs over all conditions of a plan. */
const planRuns = (plan: ExperimentPlan) => plan.spec.runs * plan.conditions.length;

/** Plan every part up front, so a spec that cannot run is refused before any worker starts. */
export function planJob(job: LabJob): ExperimentPlan[] {
  return job.parts.map((p) => planExperiment(p.spec));
}

export async function runJob(job: LabJob, o: RunOptions): Promise<LabOutcome> {
  const now = o.now ?? (() => performance.now());
  const plans = planJob(job);
  const runsTotal = plans.reduce((s, p) => s + planRuns(p), 0);
  const started = now();
  const done: PartResult[] = [];
  let runsBefore = 0;
  let lastReport = Number.NEGATIVE_INFINITY;
  const redraw = o.redrawMs ?? 250;
  for (let i = 0; i < plans.length; i++) {
    const plan = plans[i];
    const id = job.parts[i].id;
    const outcome = await runExperimentPool(plan, {
      spawn: o.spawn,
      workers: o.workers,
      signal: o.signal,
      onProgress: (p) => {
        const t = now();
        if (t - lastReport < redraw && p.runsDone < p.runsTotal) return;
        lastReport = t;
        const elapsedMs = t - started;
        const runsDone = runsBefore + p.runsDone;
        o.onProgress({
          runsDone,
          runsTotal,
          elapsedMs,
          // The rate so far over all parts (parts differ in cost per run: a rough figure).
          etaMs: runsDone > 0 ? (elapsedMs * (runsTotal - runsDone)) / runsDone : Number.NaN,
          parts: [...done, { id, result: p.result() }],
        });
      },
    });
    done.push({ id, result: outcome.result });
    runsBefore += outcome.result.runsDone;
    if (outcome.cancelled) return { parts: done, cancelled: true, elapsedMs: now() - started };
  }
  return { parts: done, cancelled: false, elapsedMs: now() - started };
}

/** Whether every part finished. */
export const allComplete = (parts: { result: ExperimentResult }[]) => parts.every((p) => p.result.complete);
