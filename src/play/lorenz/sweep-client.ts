/**
 * The page's side of the Lorenz computations. `WorkerLorenzBackend` runs `LorenzSweepCore` in a Web
 * Worker; `InProcessLorenzBackend` runs the same core on the calling thread in short slices (Node
 * tests, and the fallback); `FallbackLorenzBackend` uses the worker and switches to the page when
 * the worker cannot start or dies, sending the current jobs again. The session only sees
 * `LorenzBackend`.
 */
import { LorenzSweepCore } from './sweep-core.ts';
import type { FromLorenzWorker, ToLorenzWorker } from './sweep-protocol.ts';

export interface LorenzBackend {
  /** Called with every message (results in batches, errors). */
  onMessage: (msg: FromLorenzWorker) => void;
  send(msg: ToLorenzWorker): void;
  dispose(): void;
}

export class WorkerLorenzBackend implements LorenzBackend {
  onMessage: (msg: FromLorenzWorker) => void = () => {};
  /** The worker itself failed (its script did not load, or it crashed), not a computation in it. */
  onFailure: (reason: string) => void = () => {};
  private worker: Worker | null;

  constructor() {
    this.worker = new Worker(new URL('../../workers/lorenz.worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<FromLorenzWorker>) => this.onMessage(event.data);
    this.worker.onerror = (e) => {
      e.preventDefault();
      this.onFailure(e.message || 'the worker script failed to load or crashed');
    };
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

/** The worker while it works; the same computations on the page after it failed. */
export class FallbackLorenzBackend implements LorenzBackend {
  onMessage: (msg: FromLorenzWorker) => void = () => {};
  private inner: LorenzBackend;
  /** The latest job of each kind, to send again after a switch. */
  private readonly jobs = new Map<ToLorenzWorker['type'], ToLorenzWorker>();

  /** `onFallback` is told why the worker was given up (the page says so to the user). */
  constructor(
    makeWorker: () => WorkerLorenzBackend,
    private readonly onFallback: (reason: string) => void,
  ) {
    let worker: WorkerLorenzBackend;
    try {
      worker = makeWorker();
    } catch (e) {
      this.inner = this.inProcess();
      this.onFallback((e as Error).message);
      return;
    }
    worker.onMessage = (msg) => this.onMessage(msg);
    worker.onFailure = (reason) => this.fallBack(reason);
    this.inner = worker;
  }

  get inWorker(): boolean {
    return this.inner instanceof WorkerLorenzBackend;
  }

  send(msg: ToLorenzWorker): void {
    if (msg.type === 'stop') this.jobs.clear();
    else this.jobs.set(msg.type, msg);
    this.inner.send(msg);
  }

  dispose(): void {
    this.inner.dispose();
  }

  private inProcess(): InProcessLorenzBackend {
    const b = new InProcessLorenzBackend();
    b.onMessage = (msg) => this.onMessage(msg);
    return b;
  }

  private fallBack(reason: string): void {
    if (!this.inWorker) return;
    this.inner.dispose();
    this.inner = this.inProcess();
    this.onFallback(reason);
    for (const job of this.jobs.values()) this.inner.send(job);
  }
}
