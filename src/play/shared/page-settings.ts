/**
 * The page's settings stores, kept in the browser's localStorage. The state layer never touches the
 * page: it gets its storage from here (tests pass `memoryStorage()`).
 */
import type { StateStorage } from 'zustand/middleware';
import { createJumpSettings } from '../../state/jump-settings.ts';
import { createLorenzSettings } from '../../state/lorenz-settings.ts';
import { createMazeSettings } from '../../state/maze-settings.ts';
import { createRdSettings } from '../../state/rd-settings.ts';
import { memoryStorage } from '../../state/settings-store.ts';

/** localStorage, or memory when the page may not use it (a privacy mode makes access throw). */
export function pageStorage(): StateStorage {
  try {
    if (typeof localStorage !== 'undefined') return localStorage;
  } catch {
    // Fall through: settings then last until the page closes.
  }
  return memoryStorage();
}

const storage = pageStorage();

export const mazeSettings = createMazeSettings(storage);
export const jumpSettings = createJumpSettings(storage);
export const lorenzSettings = createLorenzSettings(storage);
export const rdSettings = createRdSettings(storage);
