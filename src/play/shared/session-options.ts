/** What a maze or jump session is made with (the scene passes the page's; tests pass fakes). */
import type { SessionStorage } from './autosave.ts';
import type { TurboBackend } from './turbo-client.ts';

export interface SessionOptions<Store> {
  /** The settings store the panel writes. */
  settings: Store;
  /** Makes the turbo backend the first time Turbo starts (`WorkerTurbo` in the page). */
  createTurbo: () => TurboBackend;
  /** Where the agents are kept across reloads. Default: nothing is kept (tests). */
  storage?: SessionStorage;
  now?: () => number;
  /** Most milliseconds a frame may spend stepping (Watch at high speed). Default 10. */
  frameBudgetMs?: number;
  /** Milliseconds between turbo snapshots. Default 100 (about 10 a second; at least 5 on a busy machine). */
  snapshotMs?: number;
  /** Milliseconds between automatic saves while something changes. Default 4000. */
  saveEveryMs?: number;
  /** How long to wait for the worker to hand the agents back before using the last snapshot. */
  stopTimeoutMs?: number;
}

/** The defaults of the optional timings. */
export const SESSION_DEFAULTS = {
  frameBudgetMs: 10,
  snapshotMs: 100,
  saveEveryMs: 4000,
  stopTimeoutMs: 3000,
} as const;
