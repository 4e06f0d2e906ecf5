/**
 * Read-only test hooks for the browser tests: `window.__rl.menu` while the menu runs (test build
 * only, see src/scenes/shared/test-hooks.ts).
 */
import type Phaser from 'phaser';
import { SCENES } from '../registry.ts';

export interface MenuTestHooks {
  /** Index of the highlighted card. */
  readonly selected: number;
  /** Names of the cards, in order (`menu-card-<hash>`). */
  readonly cards: string[];
  /** Listeners on the menu scene's per-frame event. */
  readonly frameListeners: number;
  /**
   * Fetch and evaluate every scene's chunk now (without opening any), so that what their modules
   * do once on loading (uPlot's listeners on the window) is done before a test counts.
   */
  loadScenes(): Promise<void>;
}

export function installMenuHooks(scene: Phaser.Scene, selected: () => number): () => void {
  const hooks: MenuTestHooks = {
    get selected() {
      return selected();
    },
    get cards() {
      // The DOM nav's buttons (menu-nav.ts), the list a user sees and tabs through.
      return [...document.querySelectorAll<HTMLElement>('#menu-nav button')].map((b) => b.dataset.card ?? '');
    },
    get frameListeners() {
      return scene.events.listenerCount('update');
    },
    async loadScenes() {
      await Promise.all(SCENES.map((s) => s.load()));
    },
  };
  const rl = window.__rl;
  if (rl) rl.menu = hooks;
  return () => {
    if (rl?.menu === hooks) delete rl.menu;
  };
}
