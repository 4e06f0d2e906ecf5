/**
 * Where scenes install their browser-test hooks (`window.__rl.<scene>`). Nothing is registered in a
 * production build, so `installSceneHooks` is a no-op there and no hook module is bundled: main.ts
 * loads src/scenes/test-hooks.ts, which registers the installers, only in the test build
 * (`vite build --mode test`). The imports below are types only and vanish from the bundle.
 */
import type { installJumpHooks } from '../jump/test-hooks.ts';
import type { installLabHooks } from '../lab/test-hooks.ts';
import type { installLorenzHooks } from '../lorenz/test-hooks.ts';
import type { installMazeHooks } from '../maze/test-hooks.ts';
import type { installMenuHooks } from '../menu/test-hooks.ts';
import type { installRdHooks } from '../rd/test-hooks.ts';

/** Each scene's installer: it puts its hooks on `window.__rl` and returns their removal. */
export interface SceneHookInstallers {
  menu: typeof installMenuHooks;
  maze: typeof installMazeHooks;
  jump: typeof installJumpHooks;
  lorenz: typeof installLorenzHooks;
  rd: typeof installRdHooks;
  lab: typeof installLabHooks;
}

let installers: SceneHookInstallers | undefined;

/** Called once by the test build's src/scenes/test-hooks.ts, before the first scene starts. */
export function registerSceneHooks(all: SceneHookInstallers): void {
  installers = all;
}

/** Install a scene's test hooks if this is the test build; returns their removal (for shutdown). */
export function installSceneHooks<K extends keyof SceneHookInstallers>(
  scene: K,
  ...args: Parameters<SceneHookInstallers[K]>
): () => void {
  const install = installers?.[scene] as ((...a: typeof args) => () => void) | undefined;
  return install ? install(...args) : () => {};
}
