import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, PHONE, screenshot, waitForScene } from './browser.ts';

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
    const cards = await page.evaluate(() =>
      window.__rl?.game.scene
        .getScene('MenuScene')
        .children.list.filter((o) => o.name.startsWith('menu-card-'))
        .map((o) => o.name),
    );
    const hashes = await page.evaluate(() =>
      window.__rl?.game.scene.scenes
        .map((s) => (s.constructor as { meta?: { hash: string } }).meta?.hash)
        .filter(Boolean),
    );
    expect(cards).toEqual((hashes ?? []).map((h) => `menu-card-${h}`));
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
  });

  it('is a DOM nav: Tab reaches every card with a visible focus, Enter opens, Back returns', async () => {
    const { page, errors } = await openPage(browser);
    await waitForScene(page, 'MenuScene');
    const cards = page.locator('#menu-nav button');
    const n = await cards.count();
    expect(n).toBe(4);
    expect(await page.evaluate(() => window.__rl?.menu?.cards)).toEqual([
      'menu-card-maze',
      'menu-card-jump',
      'menu-card-lorenz',
      'menu-card-reaction-diffusion',
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
    // ↑ moves back to the previous card.
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.card)).toBe(
      'menu-card-lorenz',
    );
    await screenshot(page, 'menu-dom-focus');
    await page.keyboard.press('Enter');
    await waitForScene(page, 'LorenzScene');
    expect(await page.locator('#menu-nav').count()).toBe(0);
    await page.goBack();
    await waitForScene(page, 'MenuScene');
    expect(await page.locator('#menu-nav button').count()).toBe(4);
    expect(errors).toEqual([]);
  });

  it('speaks Japanese', async () => {
    for (const viewport of [undefined, PHONE]) {
      const { page, errors } = await openPage(browser, '', viewport, { query: 'lang=ja' });
      await waitForScene(page, 'MenuScene');
      const text = (await page.locator('#menu-nav').textContent()) ?? '';
      expect(text).toContain('Q学習の迷路');
      expect(text).toContain('反応拡散');
      expect(await page.locator('#menu-nav').getAttribute('aria-label')).toBe('シーン');
      await screenshot(page, viewport ? 'menu-ja-phone' : 'menu-ja');
      expect(errors).toEqual([]);
    }
  });
});
