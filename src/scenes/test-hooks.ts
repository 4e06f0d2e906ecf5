/**
 * The browser tests' window into the page, `window.__rl`: loaded by main.ts only in the test build
 * (`vite build --mode test`), so a production bundle has neither this module nor any scene's hooks.
 * Each scene adds its read-only view (`__rl.maze`, `__rl.lorenz`…) while it runs.
 */
import Phaser from 'phaser';
import { currentShareUrl } from '../ui/shared/chrome.ts';
import { installJumpHooks, type JumpTestHooks } from './jump/test-hooks.ts';
import { installLabHooks, type LabTestHooks } from './lab/test-hooks.ts';
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
  lab?: LabTestHooks;
  /** The text of every visible Phaser text object of the running scenes (the canvas HUDs). */
  canvasTexts(): string[];
  /** The address Copy link would put on the clipboard now. */
  shareUrl(): string;
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
    lab: installLabHooks,
  });
}

/** Put the game on `window.__rl`. */
export function exposeGame(game: Phaser.Game): void {
  window.__rl = {
    game,
    activeScene: () => game.scene.getScenes(true)[0]?.scene.key,
    canvasTexts: () => canvasTexts(game),
    shareUrl: currentShareUrl,
    lifecycle: { counts: lifecycleCounts, detail: lifecycleDetail },
  };
}

/** Visible text objects, also inside containers (the menu's cards). */
function canvasTexts(game: Phaser.Game): string[] {
  const out: string[] = [];
  const visit = (objects: Phaser.GameObjects.GameObject[]) => {
    for (const o of objects) {
      if (o instanceof Phaser.GameObjects.Text) {
        if (o.visible && o.alpha > 0 && o.text.trim()) out.push(o.text);
      } else if (o instanceof Phaser.GameObjects.Container) {
        if (o.visible) visit(o.list);
      }
    }
  };
  for (const scene of game.scene.getScenes(true)) visit(scene.children.list);
  return out;
}
