/**
 * The page's side of the Lorenz computations. `WorkerLorenzBackend` runs `LorenzSweepCore` in a Web
 * Worker; `InProcessLorenzBackend` runs the same core on the calling thread in short slices (Node
 * tests, and a fallback where workers are unavailable). The controller only sees `LorenzBackend`.
 */
import { LorenzSweepCore } from './lorenz-sweep-core.ts';
import type { FromLorenzWorker, ToLorenzWorker } from './lorenz-sweep-protocol.ts';

export interface LorenzBackend {
  /** Called with every message (results in batches, errors). */
  onMessage: (msg: FromLorenzWorker) => void;
  send(msg: ToLorenzWorker): void;
  dispose(): void;
}

export class WorkerLorenzBackend implements LorenzBackend {
  onMessage: (msg: FromLorenzWorker) => void = () => {};
  private worker: Worker | null;

  constructor() {
    this.worker = new Worker(new URL('../workers/lorenz.worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<FromLorenzWorker>) => this.onMessage(event.data);
    this.worker.onerror = (e) =>
      this.onMessage({ type: 'error', message: e.message || 'the Lorenz worker failed' });
  }

  send(msg: ToLorenzWorker): void {
    this.worker?.postMessage(msg);
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}

export class InProcessLorenzBackend implements LorenzBackend {
  onMessage: (msg: FromLorenzWorker) => void = () => {};
  private readonly core = new LorenzSweepCore();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;

  /** `sliceMs`: how long each slice computes before yielding (keep small on a UI thread). */
  constructor(private readonly sliceMs = 8) {}

  send(msg: ToLorenzWorker): void {
    try {
      if (msg.type === 'spectrum') this.core.setSpectrum(msg.id, msg.params, msg.initial);
      else if (msg.type === 'sweep') this.core.setSweep(msg.id, msg.config);
      else this.core.stop();
    } catch (e) {
      this.onMessage({ type: 'error', message: (e as Error).message });
    }
    this.schedule();
  }

  /** Run slices synchronously until idle or `maxMs` passed (tests). */
  drain(maxMs = Number.POSITIVE_INFINITY): void {
    const until = performance.now() + maxMs;
    while (this.core.busy && performance.now() < until) this.slice();
  }

  private slice(): void {
    try {
      for (const msg of this.core.runFor(this.sliceMs)) this.onMessage(msg);
    } catch (e) {
      this.core.stop();
      this.onMessage({ type: 'error', message: (e as Error).message });
    }
  }

  private schedule(): void {
    if (this.disposed || this.timer !== undefined || !this.core.busy) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.slice();
      this.schedule();
    }, 0);
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    this.core.stop();
  }
}
