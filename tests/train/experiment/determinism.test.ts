/**
 * Reproducible to the byte: the same spec gives the same CSV and JSON with 1, 2 or 8 Node worker
 * threads and in-process, because run k's seeds depend only on the experiment seed and k and the
 * runs are folded in run-index order. Cancel keeps exactly the runs folded so far.
 */
import { describe, expect, it } from 'vitest';
import { describeError } from '../../../src/i18n/describe-error.ts';
import { catalogOf } from '../../../src/i18n/index.ts';
import {
  allocateBlock,
  type ExperimentPort,
  ExperimentRunError,
  type FromExperimentWorker,
  inProcessPort,
  planExperiment,
  resultToCSV,
  resultToJSON,
  runBlock,
  runExperimentPool,
  runSeeds,
} from '../../../src/train/experiment/index.ts';
import { nodeExperimentPort } from '../../../src/workers/experiment-node.ts';

/** Fused maze runs, generic Dyna-Q runs (n > 0) and a grid, in one spec. */
const MAZE = {
  env: { id: 'GridMaze-v0', options: { layout: 'small' } },
  agents: [
    { kind: 'q-learning', options: { epsilon: 0.1, gamma: 0.9 }, grid: { alpha: [0.1, 0.5] } },
    { kind: 'dyna-q', label: 'Dyna', options: { planningSteps: 3, alpha: 0.2 } },
  ],
  runs: 23,
  episodes: 30,
  seed: 'bytes',
  metrics: ['return', 'steps', 'success'],
  summary: { metric: 'steps', firstEpisodes: 10 },
};
/** Action masks, a stochastic env and the action-share metric. */
const MAX_BIAS = {
  env: { id: 'MaxBias-v0', options: {} },
  agents: [{ kind: 'q-learning', options: { alpha: 0.1, gamma: 1 } }, { kind: 'double-q' }],
  runs: 37,
  episodes: 20,
  seed: 7,
  metrics: ['action-share'],
  actionShare: { state: 0, action: 1 },
  summary: { metric: 'action-share' },
};

async function files(spec: unknown, spawn: typeof inProcessPort, workers: number) {
  const { result, cancelled } = await runExperimentPool(planExperiment(spec), { spawn, workers });
  expect(cancelled).toBe(false);
  expect(result.complete).toBe(true);
  return { csv: resultToCSV(result), json: resultToJSON(result) };
}

describe('byte-identical results', () => {
  it('maze (fused and generic runs, a grid): 1, 2 and 8 worker threads and in-process give the same files', async () => {
    const one = await files(MAZE, nodeExperimentPort, 1);
    expect(one.csv.split('\n').length).toBeGreaterThan(50);
    for (const [spawn, workers] of [
      [nodeExperimentPort, 2],
      [nodeExperimentPort, 8],
      [inProcessPort, 3],
    ] as const) {
      const other = await files(MAZE, spawn, workers);
      expect(other.csv).toBe(one.csv);
      expect(other.json).toBe(one.json);
    }
  }, 60_000);

  // Threads cost a second each to start under load; the CLI's test covers 1, 2 and 8 threads again.
  it('MaxBias (masks, noise, action share): in-process 1 and 5 and 2 threads give the same files', async () => {
    const one = await files(MAX_BIAS, inProcessPort, 1);
    expect(one.csv.split('\n').length).toBeGreaterThan(50);
    for (const [spawn, workers] of [
      [nodeExperimentPort, 2],
      [inProcessPort, 5],
    ] as const) {
      const other = await files(MAX_BIAS, spawn, workers);
      expect(other.csv).toBe(one.csv);
      expect(other.json).toBe(one.json);
    }
  }, 60_000);

  it('another experiment seed gives other numbers; run seeds depend on the seed and k only', async () => {
    const a = await files(MAX_BIAS, inProcessPort, 2);
    const b = await files({ ...MAX_BIAS, seed: 8 }, inProcessPort, 2);
    expect(b.csv).not.toBe(a.csv);
    expect(runSeeds(7, 3)).toEqual(runSeeds(7, 3));
    expect(runSeeds(7, 3).agent).not.toBe(runSeeds(7, 4).agent);
    expect(runSeeds(7, 3).agent).not.toBe(runSeeds(7, 3).env);
  });
});

describe('cancel', () => {
  it('keeps a prefix of runs per condition, each the same as in the full experiment', async () => {
    const spec = { ...MAZE, runs: 200 };
    const full = await runExperimentPool(planExperiment(spec), { spawn: inProcessPort, workers: 2 });
    const controller = new AbortController();
    let progressCalls = 0;
    const partial = await runExperimentPool(planExperiment(spec), {
      spawn: inProcessPort,
      workers: 2,
      signal: controller.signal,
      onProgress: (p) => {
        progressCalls++;
        expect(p.runsDone).toBeLessThanOrEqual(p.runsTotal);
        if (p.runsDone >= 20) controller.abort();
      },
    });
    expect(progressCalls).toBeGreaterThan(0);
    expect(partial.cancelled).toBe(true);
    expect(partial.result.complete).toBe(false);
    expect(partial.result.runsDone).toBeLessThan(full.result.runsTotal);
    expect(partial.result.runsDone).toBeGreaterThanOrEqual(20);
    partial.result.conditions.forEach((c, i) => {
      const whole = full.result.conditions[i].summary?.perRun;
      expect(Array.from(c.summary?.perRun ?? [])).toEqual(Array.from(whole ?? []).slice(0, c.runs));
    });
  });

  it('an abort before the start resolves at once with nothing folded', async () => {
    const controller = new AbortController();
    controller.abort();
    const out = await runExperimentPool(planExperiment(MAZE), {
      spawn: inProcessPort,
      workers: 2,
      signal: controller.signal,
    });
    expect(out.cancelled).toBe(true);
    expect(out.result.runsDone).toBe(0);
  });
});

describe('a failing run', () => {
  it('rejects with the coded error, worded like the original, and keeps the runs folded before it', async () => {
    // Every capped input keeps the numbers finite, so a port stands in for a worker whose third
    // block fails with a coded error, as a worker posts it.
    let blocks = 0;
    const failingPort = (): ExperimentPort => {
      const inner = inProcessPort();
      let listener: ((m: FromExperimentWorker) => void) | null = null;
      inner.onMessage((m) => listener?.(m));
      return {
        ...inner,
        onMessage: (l) => {
          listener = l;
        },
        post: (m) => {
          if (m.type === 'block' && ++blocks === 3) {
            setTimeout(
              () =>
                listener?.({
                  type: 'error',
                  id: m.id,
                  error: { code: 'turbo-no-lanes', values: {} },
                  message: 'x',
                }),
              0,
            );
            return;
          }
          inner.post(m);
        },
      };
    };
    const failure = await runExperimentPool(planExperiment(MAZE), { spawn: failingPort, workers: 1 }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(ExperimentRunError);
    const e = failure as ExperimentRunError;
    expect(e.code).toBe('turbo-no-lanes');
    expect(describeError(e, catalogOf('en'))).toBe(
      describeError({ code: 'turbo-no-lanes', values: {} }, catalogOf('en')),
    );
    expect(e.partial?.complete).toBe(false);
    expect(e.partial?.runsDone).toBe(2);
  });
});

describe('blocks', () => {
  it('a run gives the same numbers alone or inside a block (the block reuses its maze env)', () => {
    for (const spec of [
      MAZE,
      { ...MAZE, env: { id: 'GridMaze-v0', options: { layout: 'cliff-book' } } },
      MAX_BIAS,
    ]) {
      const plan = planExperiment(spec);
      for (const condition of [0, plan.conditions.length - 1]) {
        const together = allocateBlock(plan, 6);
        runBlock(plan, { condition, runStart: 3, count: 6 }, together);
        const per = plan.metrics.length * plan.curveLength;
        for (let i = 0; i < 6; i++) {
          const alone = allocateBlock(plan, 1);
          runBlock(plan, { condition, runStart: 3 + i, count: 1 }, alone);
          expect(Array.from(together.data.subarray(i * per, (i + 1) * per))).toEqual(Array.from(alone.data));
          expect(together.summaries[i]).toBe(alone.summaries[0]);
        }
      }
    }
  });
});
