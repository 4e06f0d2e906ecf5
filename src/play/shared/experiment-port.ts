/**
 * Experiment workers in the page: Web Workers as `ExperimentPort`s for `runExperimentPool`, or the
 * in-process port where the page has no workers. Same numbers either way.
 */
import { inProcessPort } from '../../train/experiment/in-process.ts';
import type { ExperimentPort, FromExperimentWorker } from '../../train/experiment/protocol.ts';

export function webExperimentPort(): ExperimentPort {
  if (typeof Worker === 'undefined') return inProcessPort();
  const worker = new Worker(new URL('../../workers/experiment.worker.ts', import.meta.url), {
    type: 'module',
  });
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (listener) => {
      worker.onmessage = (e: MessageEvent<FromExperimentWorker>) => listener(e.data);
    },
    onFailure: (listener) => {
      worker.onerror = (e) => listener(e.message || 'experiment worker failed');
    },
    terminate: () => worker.terminate(),
  };
}

/** The default pool size in the page: the cores the browser reports (at least 1, at most 8). */
export function defaultWebWorkers(): number {
  const n = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1;
  return Math.max(1, Math.min(8, n));
}
