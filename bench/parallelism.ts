/**
 * What the machine gives two threads right now: the same plain busy loop split over 1 and over 2
 * worker threads, best of 3. On a shared machine this is the ceiling any pool's scaling can reach
 * at that moment, so the experiment scaling figure is reported beside it.
 */
import { Worker } from 'node:worker_threads';

const LOOP = `const { parentPort } = require('node:worker_threads');
parentPort.on('message', (n) => { let x = 0; for (let i = 0; i < n; i++) x = (x * 1.0000001 + i) % 1e9; parentPort.postMessage(x); });`;
const ITERATIONS = 1e8;

/** Send `n` and wait for the answer. */
function ask(w: Worker, n: number): Promise<unknown> {
  return new Promise((resolve) => {
    w.once('message', resolve);
    w.postMessage(n);
  });
}

async function timed(threads: number): Promise<number> {
  const workers = Array.from({ length: threads }, () => new Worker(LOOP, { eval: true }));
  // Started and answering before the clock runs.
  await Promise.all(workers.map((w) => ask(w, 1000)));
  const t0 = performance.now();
  await Promise.all(workers.map((w) => ask(w, ITERATIONS / threads)));
  const t = performance.now() - t0;
  for (const w of workers) void w.terminate();
  return t;
}

/** Speed-up of a busy loop from 1 to 2 threads (2 on two free cores). */
export async function busyLoopParallelism(): Promise<number> {
  let one = Number.POSITIVE_INFINITY;
  let two = Number.POSITIVE_INFINITY;
  for (let k = 0; k < 3; k++) {
    one = Math.min(one, await timed(1));
    two = Math.min(two, await timed(2));
  }
  return one / two;
}
