/// <reference lib="webworker" />
/** An experiment worker in the page: the same handler as the Node thread (worker-core.ts). */
import type { ToExperimentWorker } from '../train/experiment/protocol.ts';
import { experimentWorker } from '../train/experiment/worker-core.ts';

declare const self: DedicatedWorkerGlobalScope;

const handle = experimentWorker((message, transfer) => self.postMessage(message, transfer));
self.onmessage = (e: MessageEvent<ToExperimentWorker>) => handle(e.data);
