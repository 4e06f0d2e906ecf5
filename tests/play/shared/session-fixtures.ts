/**
 * Fixtures for the maze and jump session tests: a settings store with a patch applied (refused
 * patches throw), an in-memory stand-in for the page's session slot, and the hand-cranked turbo
 * backend.
 */
import { loadAgent } from '../../../src/agents/make-agent.ts';
import { createJumpSettings, type JumpSettings } from '../../../src/state/jump-settings.ts';
import { createMazeSettings, type MazeSettings } from '../../../src/state/maze-settings.ts';
import { memoryStorage, type SettingsStore } from '../../../src/state/settings-store.ts';

export { CrankTurbo } from '../../helpers/crank-turbo.ts';

function withPatch<S extends object>(store: SettingsStore<S>, patch: Partial<S>): SettingsStore<S> {
  if (Object.keys(patch).length > 0) {
    const refused = store.getState().update(patch);
    if (refused) throw new Error(refused);
  }
  return store;
}

/** A fresh maze settings store (in memory) with `patch` applied. */
export function mazeStore(patch: Partial<MazeSettings> = {}) {
  return withPatch(createMazeSettings(memoryStorage()), patch);
}

/** A fresh jump settings store (in memory) with `patch` applied. */
export function jumpStore(patch: Partial<JumpSettings> = {}) {
  return withPatch(createJumpSettings(memoryStorage()), patch);
}

interface SessionSlot {
  agents: unknown[];
  episodes: number[];
  extra: Record<string, unknown>;
}

/**
 * In-memory stand-in for the page's session slot in localStorage: a JSON round trip on save; on
 * load the agents come back as saved, or rebuilt (`rebuildAgents`, as the maze's slot does).
 */
export function memorySessionStorage(options: { rebuildAgents?: boolean } = {}) {
  let stored: SessionSlot | null = null;
  return {
    save: (s: SessionSlot) => {
      stored = JSON.parse(JSON.stringify(s));
    },
    load: () =>
      stored &&
      (options.rebuildAgents ? { ...stored, agents: stored.agents.map((a) => loadAgent(a)) } : stored),
    clear: () => {
      stored = null;
    },
    get stored() {
      return stored;
    },
  };
}
