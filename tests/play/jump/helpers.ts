/** Shared fixtures for the jump session tests: a fresh settings store and a hand-cranked turbo backend. */
import { createJumpSettings, type JumpSettings } from '../../../src/state/jump-settings.ts';
import { memoryStorage } from '../../../src/state/settings-store.ts';

export function jumpStore(patch: Partial<JumpSettings> = {}) {
  const store = createJumpSettings(memoryStorage());
  if (Object.keys(patch).length > 0) {
    const refused = store.getState().update(patch);
    if (refused) throw new Error(refused);
  }
  return store;
}

export { CrankTurbo } from '../../helpers/crank-turbo.ts';

/** In-memory stand-in for the page's localStorage session slot. */
export function memoryJumpStorage() {
  let stored: { agents: unknown[]; episodes: number[]; extra: Record<string, unknown> } | null = null;
  return {
    save: (s: { agents: unknown[]; episodes: number[]; extra: Record<string, unknown> }) => {
      stored = JSON.parse(JSON.stringify(s));
    },
    load: () => stored,
    clear: () => {
      stored = null;
    },
    get stored() {
      return stored;
    },
  };
}
