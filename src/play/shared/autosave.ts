/**
 * Keeps a session's agents across reloads: where they are stored (localStorage in the page, memory
 * in tests, nothing by default), and when — every few seconds while something was learned, and at
 * once on mode switches, hand-overs and shutdown. Written once for the maze and the jump sessions.
 */
import { clearSession, loadSession, type StoredSession, saveSession } from './agent-storage.ts';

/** Where a session keeps its agents. `load` may return agents as saved JSON or rebuilt. */
export interface SessionStorage {
  save(session: StoredSession): void;
  /** The stored agents, or null when nothing (usable) is stored. */
  load(): { agents: unknown[]; episodes: number[]; extra: Record<string, unknown> } | null;
  clear(): void;
}

/** The page's localStorage slot `slot`. */
export function pageSlot(slot: string): SessionStorage {
  return {
    save: (s) => saveSession(slot, s),
    load: () => loadSession(slot),
    clear: () => clearSession(slot),
  };
}

/** Keeps nothing (the default when a session is made without storage). */
export const noStorage: SessionStorage = { save: () => {}, load: () => null, clear: () => {} };

export class Autosave {
  /** Something was learned since the last save (starts true: a new session has not been kept yet). */
  private dirty = true;
  private lastSaveAt: number;

  constructor(
    private readonly storage: SessionStorage,
    private readonly now: () => number,
    private readonly everyMs: number,
    private readonly snapshot: () => StoredSession,
  ) {
    this.lastSaveAt = now();
  }

  /** The agents learned something (or were replaced): the next `tick` after the interval saves. */
  touch(): void {
    this.dirty = true;
  }

  /** Save if something changed and the interval has passed. */
  tick(): void {
    if (this.dirty && this.now() - this.lastSaveAt >= this.everyMs) this.save();
  }

  save(): void {
    this.storage.save(this.snapshot());
    this.dirty = false;
    this.lastSaveAt = this.now();
  }

  load(): ReturnType<SessionStorage['load']> {
    return this.storage.load();
  }

  clear(): void {
    this.storage.clear();
  }
}
