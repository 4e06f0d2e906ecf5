/**
 * Experiment workers as Node threads. The thread loads experiment-thread.ts through tsx's loader
 * (registered inside the thread), so it works the same under `tsx` (the CLI, the bench) and under
 * vitest, whose own transform does not reach worker threads.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExperimentPort, FromExperimentWorker } from '../train/experiment/protocol.ts';

const ENTRY = new URL('./experiment-thread.ts', import.meta.url).href;
/**
 * tsx's API as a file URL found from this module, not from the process's folder: an eval'd worker
 * resolves bare names against the current directory, so `npm run experiment` started elsewhere
 * (`--prefix`, or a test's temporary folder) would not find tsx.
 */
const TSX_API = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href.replace(
  /\.cjs$/,
  '.mjs',
);
const BOOT = `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(ENTRY)}); });`;

/** One worker thread as an `ExperimentPort`. */
export function nodeExperimentPort(): ExperimentPort {
  const worker = new Worker(BOOT, { eval: true });
  // An idle worker must not keep the process alive once the pool is done with it.
  worker.unref();
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (listener) => worker.on('message', (m: FromExperimentWorker) => listener(m)),
    onFailure: (listener) => {
      worker.on('error', (e) => listener(e instanceof Error ? e.message : String(e)));
    },
    terminate: () => {
      void worker.terminate();
    },
  };
}

/** The default pool size: the machine's cores. */
export function defaultNodeWorkers(): number {
  return Math.max(1, availableParallelism());
}
