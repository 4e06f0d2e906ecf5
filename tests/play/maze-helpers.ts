/** Shared fixtures for the maze session tests: a fresh settings store and a hand-cranked turbo backend. */
import { loadAgent } from '../../src/agents/make-agent.ts';
import type { SavedAgent } from '../../src/agents/types.ts';
import type { TurboBackend, TurboResult } from '../../src/play/turbo-client.ts';
import { createMazeSettings, type MazeSettings } from '../../src/state/maze-settings.ts';
import { memoryStorage } from '../../src/state/settings-store.ts';
import type { TurboInit, TurboParamsChange, TurboSnapshot } from '../../src/train/turbo.ts';
import { TurboTrainer } from '../../src/train/turbo.ts';

export function settingsStore(patch: Partial<MazeSettings> = {}) {
  const store = createMazeSettings(memoryStorage());
  if (Object.keys(patch).length > 0) {
    const refused = store.getState().update(patch);
    if (refused) throw new Error(refused);
  }
  return store;
}

/**
 * A `TurboBackend` that trains only when the test turns the crank: `pump(steps)` runs exactly that
 * many steps (a frozen clock, so no wall-time slicing) and delivers a snapshot. Deterministic.
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
    this.paramChanges.push(change);
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

/** In-memory stand-in for the page's localStorage session slot (JSON round trip, agents rebuilt on load). */
export function memorySessionStorage() {
  let stored: { agents: unknown[]; episodes: number[]; extra: Record<string, unknown> } | null = null;
  return {
    save: (s: { agents: unknown[]; episodes: number[]; extra: Record<string, unknown> }) => {
      stored = JSON.parse(JSON.stringify(s));
    },
    load: () => stored && { ...stored, agents: stored.agents.map((a) => loadAgent(a)) },
    clear: () => {
      stored = null;
    },
    get stored() {
      return stored;
    },
  };
}
