/**
 * The browser tests' window into the page, `window.__rl`: loaded by main.ts only in the test build
 * (`vite build --mode test`), so a production bundle has neither this module nor any scene's hooks.
 * Each scene adds its read-only view (`__rl.maze`, `__rl.lorenz`…) while it runs.
 */
import type Phaser from 'phaser';
import { installJumpHooks, type JumpTestHooks } from './jump/test-hooks.ts';
import { installLorenzHooks, type LorenzTestHooks } from './lorenz/test-hooks.ts';
import { installMazeHooks, type MazeTestHooks } from './maze/test-hooks.ts';
import { installMenuHooks, type MenuTestHooks } from './menu/test-hooks.ts';
import { installRdHooks, type RdTestHooks } from './rd/test-hooks.ts';
import {
  installLifecycleCounters,
  type LifecycleCounts,
  type LifecycleDetail,
  lifecycleCounts,
  lifecycleDetail,
} from './shared/lifecycle-counters.ts';
import { registerSceneHooks } from './shared/test-hooks.ts';

export interface TestHooks {
  game: Phaser.Game;
  activeScene(): string | undefined;
  menu?: MenuTestHooks;
  maze?: MazeTestHooks;
  jump?: JumpTestHooks;
  lorenz?: LorenzTestHooks;
  rd?: RdTestHooks;
  /** What scenes could leave behind (listeners, workers, timers), counted since boot. */
  lifecycle: { counts(): LifecycleCounts; detail(): LifecycleDetail };
}

declare global {
  interface Window {
    __rl?: TestHooks;
  }
}

/** Register the scenes' installers; call before the game starts its first scene. */
export function prepareTestHooks(): void {
  installLifecycleCounters();
  registerSceneHooks({
    menu: installMenuHooks,
    maze: installMazeHooks,
    jump: installJumpHooks,
    lorenz: installLorenzHooks,
    rd: installRdHooks,
  });
}

/** Put the game on `window.__rl`. */
export function exposeGame(game: Phaser.Game): void {
  window.__rl = {
    game,
    activeScene: () => game.scene.getScenes(true)[0]?.scene.key,
    lifecycle: { counts: lifecycleCounts, detail: lifecycleDetail },
  };
}
