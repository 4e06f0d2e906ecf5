/** Where the jump scene keeps its agents across reloads: localStorage in the page, memory in tests. */
import type { StoredSession } from '../shared/agent-storage.ts';
import { clearSession, loadSession, saveSession } from '../shared/agent-storage.ts';

export interface JumpStorage {
  save(session: StoredSession): void;
  load(): { agents: unknown[]; episodes: number[]; extra: Record<string, unknown> } | null;
  clear(): void;
}

export const JUMP_SLOT = 'jump';

export const jumpPageStorage: JumpStorage = {
  save: (s) => saveSession(JUMP_SLOT, s),
  load: () => loadSession(JUMP_SLOT),
  clear: () => clearSession(JUMP_SLOT),
};

/** Keeps nothing (the default when a session is made without storage). */
export const noStorage: JumpStorage = { save: () => {}, load: () => null, clear: () => {} };
