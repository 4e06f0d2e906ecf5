/**
 * A worker port that runs blocks on this thread, one per macrotask, for tests and for machines
 * without workers. The numbers are the same as from any worker.
 */
import type { ExperimentPort, FromExperimentWorker } from './protocol.ts';
import { experimentWorker } from './worker-core.ts';

export function inProcessPort(): ExperimentPort {
  let listener: ((m: FromExperimentWorker) => void) | null = null;
  let alive = true;
  const handle = experimentWorker((m) => {
    setTimeout(() => {
      if (alive) listener?.(m);
    }, 0);
  });
  return {
    post: (m) =>
      setTimeout(() => {
        if (alive) handle(structuredClone(m));
      }, 0),
    onMessage: (l) => {
      listener = l;
    },
    onFailure: () => {},
    terminate: () => {
      alive = false;
    },
  };
}
