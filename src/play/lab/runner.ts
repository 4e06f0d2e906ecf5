/**
 * Runs a Lab job: its parts one after another on a worker pool (`runExperimentPool`), reporting
 * progress over all parts at most every `redrawMs`, and stopping on cancel with every finished run
 * kept. The scene passes the page's Web Worker port; the tests pass the in-process one.
 */

import { type ExperimentPlan, planExperiment } from '../../train/experiment/plan.ts';
import { runExperimentPool } from '../../train/experiment/pool.ts';
import type { ExperimentPort } from '../../train/experiment/protocol.ts';
import type { ExperimentResult } from '../../train/experiment/results.ts';
import type { PartResult } from '../../train/experiment/results-file.ts';
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

/**
 * What one run of a plan costs, in episodes (a step budget as steps / 20, as the spec's caps count
 * it): sb-6.3's asymptotic runs are 1 000 times its interim ones, so the time left follows work,
 * not runs.
 */
export const runWork = (plan: ExperimentPlan) => plan.spec.episodes ?? (plan.spec.steps ?? 0) / 20;

/** Time left at the rate so far: elapsed × (work left / work done); NaN before any work is done. */
export function etaMs(elapsedMs: number, workDone: number, workTotal: number): number {
  return workDone > 0 ? (elapsedMs * (workTotal - workDone)) / workDone : Number.NaN;
}

/** Plan every part up front, so a spec that cannot run is refused before any worker starts. */
export function planJob(job: LabJob): ExperimentPlan[] {
  return job.parts.map((p) => planExperiment(p.spec));
}

export async function runJob(job: LabJob, o: RunOptions): Promise<LabOutcome> {
  const now = o.now ?? (() => performance.now());
  const plans = planJob(job);
  const runsTotal = plans.reduce((s, p) => s + planRuns(p), 0);
  const workTotal = plans.reduce((s, p) => s + planRuns(p) * runWork(p), 0);
  let workBefore = 0;
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
          etaMs: etaMs(elapsedMs, workBefore + p.runsDone * runWork(plan), workTotal),
          parts: [...done, { id, result: p.result() }],
        });
      },
    });
    done.push({ id, result: outcome.result });
    runsBefore += outcome.result.runsDone;
    workBefore += outcome.result.runsDone * runWork(plan);
    if (outcome.cancelled) return { parts: done, cancelled: true, elapsedMs: now() - started };
  }
  return { parts: done, cancelled: false, elapsedMs: now() - started };
}

/** Whether every part finished. */
export const allComplete = (parts: { result: ExperimentResult }[]) => parts.every((p) => p.result.complete);
