/// <reference lib="webworker" />
/**
 * The Lorenz worker: a thin message loop around `LorenzSweepCore`. It works in slices of about
 * SLICE_MS, posts each slice's batched results (typed arrays transferred), and yields to the event
 * loop between slices so that a new job or `stop` gets through.
 */

import { LorenzSweepCore } from '../play/lorenz/sweep-core.ts';
import type { FromLorenzWorker, ToLorenzWorker } from '../play/lorenz/sweep-protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

const SLICE_MS = 80;
const core = new LorenzSweepCore();
let timer: ReturnType<typeof setTimeout> | undefined;

function transferables(msg: FromLorenzWorker): Transferable[] {
  if (msg.type === 'diagram')
    return [msg.indices.buffer, msg.lengths.buffer, msg.maxima.buffer, msg.endZ.buffer, msg.blownUp.buffer];
  if (msg.type === 'lyapunov') return [msg.indices.buffer, msg.spectra.buffer];
  return [];
}

function loop(): void {
  timer = undefined;
  try {
    for (const msg of core.runFor(SLICE_MS)) self.postMessage(msg, transferables(msg));
  } catch (e) {
    core.stop();
    self.postMessage({ type: 'error', message: (e as Error).message } satisfies FromLorenzWorker);
    return;
  }
  schedule();
}

function schedule(): void {
  if (core.busy && timer === undefined) timer = setTimeout(loop, 0);
}

self.onmessage = (event: MessageEvent<ToLorenzWorker>) => {
  const msg = event.data;
  try {
    if (msg.type === 'spectrum') core.setSpectrum(msg.id, msg.params, msg.initial);
    else if (msg.type === 'sweep') core.setSweep(msg.id, msg.config);
    else if (msg.type === 'stop') core.stop();
  } catch (e) {
    self.postMessage({ type: 'error', message: (e as Error).message } satisfies FromLorenzWorker);
  }
  schedule();
};
