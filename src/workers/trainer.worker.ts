/// <reference lib="webworker" />
/**
 * The turbo-training worker: a thin message loop around `TurboTrainer`. It runs batches of about
 * `snapshotMs`, posts a snapshot after each (a few per second, never one message per step), and
 * yields to the event loop between batches so that param changes and `stop` get through.
 */

import { codedData } from '../core/coded-error.ts';
import { TurboTrainer } from '../train/turbo.ts';
import type { FromWorker, ToWorker } from '../train/turbo-protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

let trainer: TurboTrainer | null = null;
let snapshotMs = 150;
let timer: ReturnType<typeof setTimeout> | undefined;

const post = (msg: FromWorker, transfer: Transferable[] = []) => self.postMessage(msg, transfer);

function loop(): void {
  if (!trainer) return;
  try {
    trainer.runFor(snapshotMs);
    const snapshot = trainer.snapshot();
    const transfer: Transferable[] = [];
    for (const lane of snapshot.lanes) {
      transfer.push(lane.learned.buffer);
      if (lane.visits) transfer.push(lane.visits.buffer);
    }
    post({ type: 'snapshot', snapshot }, transfer);
    if (snapshot.lanes.some((l) => l.diverged)) {
      stop();
      return;
    }
  } catch (e) {
    post({ type: 'error', message: (e as Error).message, error: codedData(e) });
    trainer = null;
    return;
  }
  timer = setTimeout(loop, 0);
}

function stop(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  if (!trainer) return;
  const { agents, episodes } = trainer.finish();
  trainer = null;
  post({ type: 'stopped', agents, episodes });
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const msg = event.data;
  try {
    if (msg.type === 'start') {
      stop();
      snapshotMs = msg.snapshotMs ?? 150;
      trainer = new TurboTrainer(msg.init);
      post({ type: 'started' });
      timer = setTimeout(loop, 0);
    } else if (msg.type === 'params') {
      trainer?.setParams(msg.change);
    } else if (msg.type === 'stop') {
      stop();
    }
  } catch (e) {
    post({ type: 'error', message: (e as Error).message, error: codedData(e) });
  }
};
