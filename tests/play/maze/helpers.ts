/** Shared fixtures for the maze session tests: a fresh settings store and a hand-cranked turbo backend. */
import { loadAgent } from '../../../src/agents/make-agent.ts';
import { createMazeSettings, type MazeSettings } from '../../../src/state/maze-settings.ts';
import { memoryStorage } from '../../../src/state/settings-store.ts';

export function settingsStore(patch: Partial<MazeSettings> = {}) {
  const store = createMazeSettings(memoryStorage());
  if (Object.keys(patch).length > 0) {
    const refused = store.getState().update(patch);
    if (refused) throw new Error(refused);
  }
  return store;
}

export { CrankTurbo } from '../../helpers/crank-turbo.ts';

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
