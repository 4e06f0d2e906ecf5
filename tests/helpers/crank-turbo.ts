/** A hand-cranked turbo backend for session tests (maze and jump). */
import type { SavedAgent } from '../../src/agents/types.ts';
import type { TurboBackend, TurboResult } from '../../src/play/shared/turbo-client.ts';
import type { TurboInit, TurboParamsChange, TurboSnapshot } from '../../src/train/turbo.ts';
import { TurboTrainer } from '../../src/train/turbo.ts';

/**
 * A `TurboBackend` that trains only when the test turns the crank: `pump(steps)` runs exactly that
 * many steps per lane (a frozen clock, so no wall-time slicing) and delivers a snapshot. Deterministic.
 */
export class CrankTurbo implements TurboBackend {
  onSnapshot: (snapshot: TurboSnapshot) => void = () => {};
  onError: (message: string) => void = () => {};
  trainer: TurboTrainer | null = null;
  started: TurboInit[] = [];
  paramChanges: TurboParamsChange[] = [];
  disposed = false;

  start(init: TurboInit): void {
    this.started.push(structuredClone(init));
    this.trainer = new TurboTrainer(init);
  }

  pump(steps: number): void {
    if (!this.trainer) throw new Error('CrankTurbo: not started');
    this.trainer.runFor(Number.POSITIVE_INFINITY, () => 0, steps);
    this.onSnapshot(this.trainer.snapshot());
  }

  setParams(change: TurboParamsChange): void {
    this.paramChanges.push(structuredClone(change));
    this.trainer?.setParams(change);
  }

  async stop(): Promise<TurboResult> {
    const t = this.trainer;
    this.trainer = null;
    return t ? t.finish() : { agents: [] as SavedAgent[], episodes: [] };
  }

  dispose(): void {
    this.disposed = true;
  }
}
