/**
 * Run the parts one after another on a pool of workers, with a progress bar (runs done, time left)
 * on stderr when it is a terminal. A cancel (Ctrl-C) stops the current part, keeps its finished
 * runs and skips the parts after it.
 */
import cliProgress from 'cli-progress';
import { t } from '../../i18n/index.ts';
import { runExperimentPool } from '../../train/experiment/pool.ts';
import type { ExperimentPort } from '../../train/experiment/protocol.ts';
import type { ExperimentResult } from '../../train/experiment/results.ts';
import { durationOf } from '../main.ts';
import type { PartToRun } from './source.ts';

export interface PartOutcome {
  part: PartToRun;
  result: ExperimentResult;
  cancelled: boolean;
  /** Wall time, for the terminal only. */
  elapsedMs: number;
  workers: number;
}

export interface RunOptions {
  workers: number;
  spawn: () => ExperimentPort;
  signal: AbortSignal;
  /** Draw a progress bar (stderr, a terminal, --no-progress not given). */
  bar: boolean;
  /** Told when a part starts (the terminal's line: the runs and the workers). */
  onStart: (part: PartToRun, runs: number, workers: number) => void;
}

export async function runParts(parts: PartToRun[], o: RunOptions): Promise<PartOutcome[]> {
  const outcomes: PartOutcome[] = [];
  for (const part of parts) {
    if (o.signal.aborted) break;
    const total = part.plan.spec.runs * part.plan.conditions.length;
    const bar = o.bar
      ? new cliProgress.SingleBar(
          {
            format: t().cliExperiment.progress({ label: part.label }),
            formatTime: durationOf,
            hideCursor: true,
          },
          cliProgress.Presets.shades_classic,
        )
      : undefined;
    const workers = Math.min(o.workers, total);
    o.onStart(part, total, workers);
    bar?.start(total, 0, { left: '—' });
    // The time left at the rate since the first finished block: the threads' start-up is not work.
    let first: { at: number; runs: number } | null = null;
    try {
      const outcome = await runExperimentPool(part.plan, {
        spawn: o.spawn,
        workers,
        signal: o.signal,
        onProgress: (p) => {
          if (bar === undefined) return;
          if (first === null) first = { at: p.elapsedMs, runs: p.runsDone };
          const rate = (p.runsDone - first.runs) / (p.elapsedMs - first.at);
          const left = rate > 0 ? durationOf((total - p.runsDone) / rate / 1000, undefined) : '—';
          bar.update(p.runsDone, { left });
        },
      });
      outcomes.push({ part, ...outcome, workers });
      if (outcome.cancelled) break;
    } finally {
      bar?.stop();
    }
  }
  return outcomes;
}
