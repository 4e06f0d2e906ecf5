/** A Node `worker_threads` experiment worker (see experiment-node.ts, which starts it). */
import { parentPort } from 'node:worker_threads';
import type { ToExperimentWorker } from '../train/experiment/protocol.ts';
import { experimentWorker } from '../train/experiment/worker-core.ts';

const port = parentPort;
if (port !== null) {
  const handle = experimentWorker((message, transfer) => port.postMessage(message, transfer));
  port.on('message', (message: ToExperimentWorker) => handle(message));
}
