/**
 * A clean scene lifecycle, on one page: every scene is opened and left three times, through the
 * menu and through the URL (`ROUTES`), once of those with its worker busy (Turbo). Back at the menu each time, the listeners
 * on window and document, the live workers, the running intervals and the pending timeouts are the
 * ones counted at the start (test build instrumentation, src/scenes/shared/lifecycle-counters.ts),
 * and Phaser's own bookkeeping (textures, listeners on the game, its scale manager and each
 * scene's events) stays flat from one visit to the next.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCENES as REGISTRY } from '../../src/scenes/registry.ts';
import type { LifecycleCounts } from '../../src/scenes/shared/lifecycle-counters.ts';
import { launchBrowser, openPage, waitForScene } from './browser.ts';
import { frames, waitFor } from './wait.ts';

/**
 * Each scene: its hash, its key, the hooks that say it is up, and a key (or clicks) that sets its
 * workers going. The Lab has no such key: a preset and Run start its pool.
 */
type SceneCase = {
  hash: string;
  key: string;
  hooks: string;
  busy: string | null;
  busyClicks?: readonly string[];
  busyWhen: string | null;
};
const SCENES: readonly SceneCase[] = [
  { hash: 'maze', key: 'MazeScene', hooks: 'maze', busy: '3', busyWhen: 'rl.maze.turboRunning' },
  { hash: 'jump', key: 'JumpScene', hooks: 'jump', busy: '3', busyWhen: 'rl.jump.turboRunning' },
  { hash: 'lorenz', key: 'LorenzScene', hooks: 'lorenz', busy: null, busyWhen: null },
  { hash: 'reaction-diffusion', key: 'ReactionDiffusionScene', hooks: 'rd', busy: null, busyWhen: null },
  {
    hash: 'lab',
    key: 'LabScene',
    hooks: 'lab',
    busy: null,
    busyClicks: ['#lab-panel [data-preset="sb-6.4"]', '#lab-run'],
    busyWhen: "rl.lab.phase === 'running'",
  },
];

let browser: Browser;
let page: Page;
let errors: string[];
let start: LifecycleCounts;

/** Phaser's bookkeeping that a scene could grow: flat from one visit to the next. */
function phaserCounts(p: Page): Promise<Record<string, number>> {
  return p.evaluate(() => {
    const game = (window.__rl as NonNullable<typeof window.__rl>).game;
    const listeners = (e: Phaser.Events.EventEmitter) =>
      e.eventNames().reduce((n, name) => n + e.listenerCount(name), 0);
    const out: Record<string, number> = {
      textures: game.textures.getTextureKeys().length,
      gameListeners: listeners(game.events),
      scaleListeners: listeners(game.scale),
    };
    for (const s of game.scene.scenes) {
      out[`${s.scene.key}.events`] = listeners(s.events);
      const keyboard = s.input?.keyboard;
      if (keyboard) out[`${s.scene.key}.keys`] = listeners(keyboard);
      if (!s.scene.isActive()) out[`${s.scene.key}.objects`] = s.children?.list.length ?? 0;
    }
    return out;
  });
}

function textureKeys(p: Page): Promise<string[]> {
  return p.evaluate(() => window.__rl?.game.textures.getTextureKeys() ?? []);
}

/** Back at the menu: the counts return to the starting ones (some timers finish a moment later). */
async function expectStartCounts(when: string): Promise<void> {
  await waitForScene(page, 'MenuScene');
  try {
    await waitFor(
      page,
      `the starting counts back ${when}`,
      (rl, s) => {
        const c = rl.lifecycle.counts() as unknown as Record<string, number>;
        return Object.keys(s).every((k) => c[k] === (s as unknown as Record<string, number>)[k]);
      },
      { arg: start, timeout: 10_000 },
    );
  } catch (e) {
    const detail = await page.evaluate(() => window.__rl?.lifecycle.detail());
    expect(detail?.counts, `${(e as Error).message}\n${JSON.stringify(detail, null, 1)}`).toEqual(start);
  }
  expect(await page.locator('#panel').innerHTML(), `the side panel is empty ${when}`).toBe('');
}

/** The menu's number key for a scene: its place in the registry, which the menu lists in order. */
async function enterByMenu(scene: SceneCase): Promise<void> {
  const index = REGISTRY.findIndex((s) => s.hash === scene.hash);
  expect(index, `${scene.hash} in the registry`).toBeGreaterThanOrEqual(0);
  await page.keyboard.press(String(index + 1));
}

async function visit(scene: SceneCase, busy: boolean): Promise<void> {
  await waitForScene(page, scene.key);
  await waitFor(page, `${scene.hooks} hooks`, `rl.${scene.hooks} !== undefined`, { timeout: 30_000 });
  if (busy && scene.busyWhen) {
    if (scene.busy) await page.keyboard.press(scene.busy);
    for (const selector of scene.busyClicks ?? []) await page.locator(selector).click();
    await waitFor(page, `${scene.key} busy in a worker`, scene.busyWhen, { timeout: 30_000 });
    await frames(page, 3);
    // Back to the start mode for the next visits (a setting that survives the visit).
    if (scene.busy) await page.keyboard.press('2');
  }
  await frames(page, 3);
}

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page, errors } = await openPage(browser, '', { width: 1100, height: 700 }));
  await waitForScene(page, 'MenuScene');
  // The scenes' chunks are fetched on demand; what their modules do once when loaded (uPlot puts
  // three listeners on the window) belongs to the start, as it did when they came with the page.
  await page.evaluate(() => window.__rl?.menu?.loadScenes());
  start = (await page.evaluate(() => window.__rl?.lifecycle.counts())) as LifecycleCounts;
});
afterAll(async () => {
  await browser?.close();
});

/**
 * The three visits: in by a menu key and out by ← Menu; in by the URL (a typed hash) and out by the
 * browser's Back, with the scene's worker busy; in by a menu key and out by the URL (an empty hash).
 */
const ROUTES = [
  { enter: 'menu', leave: 'menu button', busy: false },
  { enter: 'URL', leave: 'Back', busy: true },
  { enter: 'menu', leave: 'URL', busy: false },
] as const;

describe('scene lifecycle', () => {
  for (const scene of SCENES) {
    it(`${scene.hash}: opened and left 3×, through the menu and through the URL, leaves nothing behind`, async () => {
      let phaser: Record<string, number> | null = null;
      let textures: string[] = [];
      for (const [i, route] of ROUTES.entries()) {
        if (route.enter === 'menu') await enterByMenu(scene);
        else
          await page.evaluate((h) => {
            location.hash = h;
          }, scene.hash);
        await visit(scene, route.busy);
        if (route.leave === 'menu button') await page.locator('#back-button').click();
        else if (route.leave === 'Back') await page.goBack();
        else
          await page.evaluate(() => {
            location.hash = '';
          });
        await expectStartCounts(`after visit ${i + 1} (in by ${route.enter}, out by ${route.leave})`);
        const now = await phaserCounts(page);
        const keys = await textureKeys(page);
        // The first visit may load the scene's assets into Phaser's caches; after that, flat.
        if (phaser) {
          const added = keys.filter((k) => !textures.includes(k));
          expect(now, `Phaser's counts after visit ${i + 1} (new textures: ${added.join(', ')})`).toEqual(
            phaser,
          );
        } else {
          phaser = now;
          textures = keys;
        }
      }
      expect(errors).toEqual([]);
    });
  }

  it('the counts at the menu are the ones from the start', async () => {
    console.info(`lifecycle counts at the menu: ${JSON.stringify(start)}`);
    console.info(`Phaser's counts at the menu: ${JSON.stringify(await phaserCounts(page))}`);
    await expectStartCounts('at the end');
  });
});
