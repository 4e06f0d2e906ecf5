/**
 * Issue 13's experiment benchmarks, on Node worker threads:
 * - `experiment_scaling_2_workers`: the same experiment (sb-6.3's interim part at reduced runs) on
 *   1 and on 2 workers, each worker booted and warmed before the clock starts (a thread's start,
 *   tsx's transform of the sources and the JIT's warm-up are the same fixed cost for any pool and
 *   not what scaling measures); the ratio of the wall times, best of 9 each, interleaved.
 * - `sb63_full_node_s`: sb-6.3 at full counts (5 000 interim runs; 10 runs × 100 000 episodes) on 2
 *   workers, wall time from spawning the threads to the last result, as the CLI runs it.
 */
import { loadavg } from 'node:os';
import { planExperiment } from '../src/train/experiment/plan.ts';
import { type PoolOutcome, runExperimentPool } from '../src/train/experiment/pool.ts';
import { SB_6_3 } from '../src/train/experiment/presets/sb-6-3.ts';
import type { ExperimentPort, FromExperimentWorker } from '../src/train/experiment/protocol.ts';
import { nodeExperimentPort } from '../src/workers/experiment-node.ts';
import { busyLoopParallelism } from './parallelism.ts';
import type { BenchResult } from './types.ts';

const SCALING_RUNS = 300;

/**
 * A Node worker that has already run one block of `spec` (loaded, transformed, warmed up). The pool
 * ends its workers when a run is done; these stay for the next repetition until `close()`.
 */
interface BenchPort extends ExperimentPort {
  close(): void;
  /** Milliseconds this worker had a block in flight (the pool's dealing keeps it busy or not). */
  busyMs: number;
}

async function warmPort(spec: unknown): Promise<BenchPort> {
  const port = nodeExperimentPort();
  let listener: (m: FromExperimentWorker) => void = () => {};
  port.onMessage((m) => listener(m));
  // One 'error' listener on the thread for all repetitions; each pool run swaps in its own.
  let failure: (message: string) => void = () => {};
  port.onFailure((message) => failure(message));
  const plan = planExperiment(spec);
  await new Promise<void>((resolve, reject) => {
    listener = (m) => (m.type === 'error' ? reject(new Error(m.message)) : resolve());
    port.post({ type: 'plan', spec: plan.spec });
    port.post({ type: 'block', id: 0, condition: 0, runStart: 0, count: 4 });
  });
  let sentAt = 0;
  const bench: BenchPort = {
    busyMs: 0,
    post: (m) => {
      if (m.type === 'block') sentAt = performance.now();
      port.post(m);
    },
    onMessage: (l) => {
      listener = (m) => {
        bench.busyMs += performance.now() - sentAt;
        l(m);
      };
    },
    onFailure: (l) => {
      failure = l;
    },
    terminate: () => {},
    close: () => port.terminate(),
  };
  return bench;
}

/** Wall seconds, and the share of workers × wall time that the pool kept a block in flight. */
async function timedOn(
  ports: BenchPort[],
  spec: unknown,
  workers: number,
): Promise<{ seconds: number; busy: number }> {
  let next = 0;
  for (const p of ports) p.busyMs = 0;
  const outcome: PoolOutcome = await runExperimentPool(planExperiment(spec), {
    spawn: () => ports[next++],
    workers,
  });
  if (!outcome.result.complete) throw new Error('the scaling run did not complete');
  const busy = ports.slice(0, workers).reduce((sum, p) => sum + p.busyMs, 0);
  return { seconds: outcome.elapsedMs / 1000, busy: busy / (workers * outcome.elapsedMs) };
}

export async function scaling(reps = 9): Promise<{ one: number; two: number; busy: number }> {
  const spec = { ...SB_6_3.parts[0].spec, runs: SCALING_RUNS };
  const ports = await Promise.all([warmPort(spec), warmPort(spec)]);
  let one = Number.POSITIVE_INFINITY;
  let two = Number.POSITIVE_INFINITY;
  let busy = 0;
  // Interleaved, best of `reps`: other load on a shared machine slows a run, never speeds it up.
  try {
    for (let k = 0; k < reps; k++) {
      one = Math.min(one, (await timedOn(ports, spec, 1)).seconds);
      const t = await timedOn(ports, spec, 2);
      if (t.seconds < two) [two, busy] = [t.seconds, t.busy];
    }
  } finally {
    for (const p of ports) p.close();
  }
  return { one, two, busy };
}

export async function sb63Full(workers = 2): Promise<{ seconds: number; parts: string[] }> {
  const t0 = performance.now();
  const parts: string[] = [];
  for (const part of SB_6_3.parts) {
    const s0 = performance.now();
    const outcome = await runExperimentPool(planExperiment(part.spec), {
      spawn: nodeExperimentPort,
      workers,
    });
    if (!outcome.result.complete) throw new Error(`sb-6.3 ${part.id} did not complete`);
    parts.push(`${part.id} ${((performance.now() - s0) / 1000).toFixed(1)} s`);
  }
  return { seconds: (performance.now() - t0) / 1000, parts };
}

export async function run(): Promise<BenchResult[]> {
  const ceiling = await busyLoopParallelism();
  const { one, two, busy } = await scaling();
  const full = await sb63Full(2);
  const load = loadavg()[0].toFixed(1);
  return [
    {
      key: 'experiment_scaling_2_workers',
      label: `Experiment pool: speed-up from 1 to 2 Node workers (sb-6.3 interim, ${SCALING_RUNS} runs × 30 configurations, warm threads, best of 9)`,
      value: one / two,
      unit: '×',
      note: `1 worker ${one.toFixed(2)} s, 2 workers ${two.toFixed(2)} s (the pool kept both busy ${(100 * busy).toFixed(1)} % of it); target ≥ 1.8; a plain busy loop gets ${ceiling.toFixed(2)}× from 2 threads on this machine now (load ${load})`,
    },
    {
      key: 'sb63_full_node_s',
      label: 'sb-6.3 at full counts in Node, 2 workers (5 000 interim runs; 10 runs × 100 000 episodes)',
      value: full.seconds,
      unit: 's',
      note: `${full.parts.join(', ')}; target ≤ 90 s, aim 60; load average ${load}`,
    },
  ];
}
