/**
 * The page's side of turbo training. `WorkerTurbo` runs `TurboTrainer` in a Web Worker;
 * `InProcessTurbo` runs the same trainer on the calling thread in short slices (for Node tests and
 * as a fallback where workers are unavailable). Sessions only see the `TurboBackend` interface.
 */
import type { SavedAgent } from '../../agents/types.ts';
import {
  type TurboInit,
  type TurboParamsChange,
  type TurboSnapshot,
  TurboTrainer,
} from '../../train/turbo.ts';
import type { FromWorker, ToWorker } from '../../train/turbo-protocol.ts';

export interface TurboResult {
  agents: SavedAgent[];
  episodes: number[];
}

export interface TurboBackend {
  /** Called with every snapshot (a few per second). */
  onSnapshot: (snapshot: TurboSnapshot) => void;
  /** Called if the trainer fails; the run is over. */
  onError: (message: string) => void;
  start(init: TurboInit, snapshotMs?: number): void;
  setParams(change: TurboParamsChange): void;
  /** Stop and hand the agents back (with their generator states). */
  stop(): Promise<TurboResult>;
  dispose(): void;
}

export class WorkerTurbo implements TurboBackend {
  onSnapshot: (snapshot: TurboSnapshot) => void = () => {};
  onError: (message: string) => void = () => {};
  private worker: Worker | null = null;
  private pendingStop: ((r: TurboResult) => void) | null = null;

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('../../workers/trainer.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const msg = event.data;
      if (msg.type === 'snapshot') this.onSnapshot(msg.snapshot);
      else if (msg.type === 'stopped') {
        this.pendingStop?.({ agents: msg.agents, episodes: msg.episodes });
        this.pendingStop = null;
      } else if (msg.type === 'error') this.onError(msg.message);
    };
    worker.onerror = (e) => this.onError(e.message || 'the training worker failed');
    this.worker = worker;
    return worker;
  }

  private send(msg: ToWorker): void {
    this.ensureWorker().postMessage(msg);
  }

  start(init: TurboInit, snapshotMs = 150): void {
    this.send({ type: 'start', init, snapshotMs });
  }

  setParams(change: TurboParamsChange): void {
    this.send({ type: 'params', change });
  }

  stop(): Promise<TurboResult> {
    return new Promise((resolve) => {
      this.pendingStop = resolve;
      this.send({ type: 'stop' });
    });
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}

export class InProcessTurbo implements TurboBackend {
  onSnapshot: (snapshot: TurboSnapshot) => void = () => {};
  onError: (message: string) => void = () => {};
  private trainer: TurboTrainer | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** `sliceMs`: how long each slice trains before yielding (keep small on a UI thread). */
  constructor(private readonly sliceMs = 8) {}

  start(init: TurboInit): void {
    this.trainer = new TurboTrainer(init);
    const loop = () => {
      if (!this.trainer) return;
      try {
        this.trainer.runFor(this.sliceMs);
        this.onSnapshot(this.trainer.snapshot());
      } catch (e) {
        this.trainer = null;
        this.onError((e as Error).message);
        return;
      }
      this.timer = setTimeout(loop, 0);
    };
    this.timer = setTimeout(loop, 0);
  }

  setParams(change: TurboParamsChange): void {
    this.trainer?.setParams(change);
  }

  async stop(): Promise<TurboResult> {
    clearTimeout(this.timer);
    const t = this.trainer;
    this.trainer = null;
    return t ? t.finish() : { agents: [], episodes: [] };
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.trainer = null;
  }
}
