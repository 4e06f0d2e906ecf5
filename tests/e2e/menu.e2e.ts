import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot, waitForScene } from './browser.ts';

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
});
