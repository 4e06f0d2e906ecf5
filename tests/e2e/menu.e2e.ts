import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCENES } from '../../src/scenes/registry.ts';
import { launchBrowser, openPage, PHONE, screenshot, waitForScene } from './browser.ts';
import { englishWords } from './english.ts';
import { waitFor } from './wait.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('menu', () => {
  it('renders, lists only the registered scenes, and has no console errors', async () => {
    const { page, errors } = await openPage(browser);
    await waitForScene(page, 'MenuScene');
    // The DOM nav lists the registry's scenes, in order; none of them is loaded yet.
    const cards = await page.evaluate(() => window.__rl?.menu?.cards);
    expect(cards).toEqual(SCENES.map((s) => `menu-card-${s.hash}`));
    expect(await page.evaluate(() => window.__rl?.game.scene.scenes.map((s) => s.scene.key))).toEqual([
      'MenuScene',
    ]);
    expect(await page.title()).toBe('RL Playground');
    await screenshot(page, 'menu');
    // The help overlay opens with ? and closes with Esc.
    await page.keyboard.press('?');
    expect(await page.locator('#help-overlay').isVisible()).toBe(true);
    expect(await page.locator('#help-table').textContent()).toMatch(/choose a scene/);
    await screenshot(page, 'menu-help');
    await page.keyboard.press('Escape');
    expect(await page.locator('#help-overlay').isVisible()).toBe(false);
    await page.locator('#help-button').click();
    expect(await page.locator('#help-overlay').isVisible()).toBe(true);
    await page.locator('#help-overlay').click({ position: { x: 5, y: 5 } });
    expect(await page.locator('#help-overlay').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('is a DOM nav: Tab reaches every card with a visible focus, Enter opens, Back returns', async () => {
    const { page, errors } = await openPage(browser);
    await waitForScene(page, 'MenuScene');
    const cards = page.locator('#menu-nav button');
    const n = await cards.count();
    expect(n).toBe(5);
    expect(await page.evaluate(() => window.__rl?.menu?.cards)).toEqual([
      'menu-card-maze',
      'menu-card-jump',
      'menu-card-lorenz',
      'menu-card-reaction-diffusion',
      'menu-card-lab',
    ]);
    // The menu focuses its first card; Tab moves through the rest, each with an outline.
    for (let i = 0; i < n; i++) {
      if (i > 0) await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return { card: el?.dataset.card, outline: el ? getComputedStyle(el).outlineStyle : '' };
      });
      expect(focused.card).toBe(await cards.nth(i).getAttribute('data-card'));
      expect(focused.outline).not.toBe('none');
    }
    // ↑ moves back to the previous card (twice: from the Lab to the Lorenz card).
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.card)).toBe(
      'menu-card-lorenz',
    );
    await screenshot(page, 'menu-dom-focus');
    await page.keyboard.press('Enter');
    // Opened (its chunk fetched and the scene started); its frames are the Lorenz test's business.
    await waitFor(page, 'the Lorenz scene', (rl) => rl.activeScene() === 'LorenzScene', { timeout: 30_000 });
    expect(await page.locator('#menu-nav').count()).toBe(0);
    await page.goBack();
    await waitForScene(page, 'MenuScene');
    expect(await page.locator('#menu-nav button').count()).toBe(5);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('speaks Japanese', async () => {
    for (const viewport of [undefined, PHONE]) {
      const { page, errors } = await openPage(browser, '', viewport, { query: 'lang=ja' });
      try {
        await waitForScene(page, 'MenuScene');
        const text = (await page.locator('#menu-nav').textContent()) ?? '';
        expect(text).toContain('Q学習の迷路');
        expect(text).toContain('反応拡散');
        expect(await page.locator('#menu-nav').getAttribute('aria-label')).toBe('シーン');
        await screenshot(page, viewport ? 'menu-ja-phone' : 'menu-ja');
        expect(await page.title()).toBe('RL Playground');
        if (!viewport) {
          // The menu's help: every word from the catalog (the gesture too).
          await page.keyboard.press('?');
          const help = (await page.locator('#help-table').textContent()) ?? '';
          expect(help).toContain('クリック / タップ');
          expect(englishWords(help)).toEqual([]);
          expect(englishWords(text)).toEqual([]);
          await page.keyboard.press('Escape');
          // The tab is named after the scene, in the page's language, and follows a change of
          // language without a restart of the scene.
          await page.locator('#menu-nav button[data-card="menu-card-lorenz"]').click();
          await waitFor(page, 'the Lorenz scene', (rl) => rl.activeScene() === 'LorenzScene', {
            timeout: 30_000,
          });
          await page.waitForFunction(() => document.title === 'Lorenz アトラクタ · RL Playground');
          expect(await page.locator('#scene-title').textContent()).toBe('Lorenz アトラクタ');
          await page.selectOption('#language-select', 'en');
          expect(await page.title()).toBe('Lorenz attractor · RL Playground');
          expect(await page.evaluate(() => window.__rl?.activeScene())).toBe('LorenzScene');
        }
        expect(errors).toEqual([]);
      } finally {
        // The next page should not share the cores with this one's running scene.
        await page.context().close();
      }
    }
  });

  it('a scene whose code cannot be fetched leaves a notice and the menu', async () => {
    const { page, errors } = await openPage(browser);
    try {
      await waitForScene(page, 'MenuScene');
      // The Lorenz chunk fails to arrive (as when offline before the page was ever cached).
      await page.route(/LorenzScene-[\w-]+\.js$/, (route) => route.abort('internetdisconnected'));
      await page.locator('#menu-nav button[data-card="menu-card-lorenz"]').click();
      const notice = page.locator('#notices .notice.error');
      await notice.waitFor({ timeout: 15_000 });
      expect(await notice.textContent()).toMatch(/Lorenz attractor could not be loaded/);
      await waitForScene(page, 'MenuScene');
      expect(await page.evaluate(() => location.hash)).toBe('');
      expect(await page.locator('#menu-nav button').count()).toBe(SCENES.length);
      await screenshot(page, 'menu-load-failed');
      // Another scene still opens: nothing else broke.
      await page.locator('#menu-nav button[data-card="menu-card-maze"]').click();
      await waitFor(page, 'the maze scene', (rl) => rl.activeScene() === 'MazeScene', { timeout: 30_000 });
      // The only errors are the browser's own report of the refused fetch.
      expect(
        errors.filter((e) => !/Failed to (load resource|fetch dynamically imported module)/.test(e)),
      ).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
