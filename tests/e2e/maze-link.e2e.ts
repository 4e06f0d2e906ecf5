/**
 * The maze's shared links in Chromium: Copy link carries an edited maze and every setting, a fresh
 * page opens the same setup (the same first episodes), and a corrupted link falls back with a
 * warning naming each bad value, with Undo for what it replaced.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, openPage, screenshot, waitForScene } from './browser.ts';
import {
  choose,
  clickCell,
  dragCell,
  hook,
  notices,
  setNumber,
  tab,
  toggle,
  waitMaze,
} from './maze-helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
// A page left behind keeps training. Two pages open here; on a loaded machine each takes long to boot.
afterEach(async () => {
  for (const context of browser.contexts()) await context.close();
});

async function openMaze(hash: string, query = ''): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(browser, hash, DESKTOP, { query });
  await waitForScene(opened.page, 'MazeScene');
  await waitMaze(opened.page, 'm.mode !== undefined');
  return opened;
}

describe('maze links', () => {
  it('Copy link: an edited maze and its settings open the same in a fresh page; a corrupted link falls back', async () => {
    const a = await openMaze('maze');
    await a.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await setNumber(a.page, 'ε explore', 0.3);
    await setNumber(a.page, 'α step size', 0.5);
    await setNumber(a.page, 'γ discount', 0.8);
    await setNumber(a.page, 'seed (new agent)', 77);
    await choose(a.page, 'agent', 'SARSA');
    await waitMaze(a.page, "m.agentKind === 'sarsa' && m.settings.seed === 77 && m.params.alpha === 0.5");
    // Edit the maze: a wall at (0, 6), G moved up two rows. Each edit starts a new agent from the seed.
    await tab(a.page, 'Maze');
    await toggle(a.page, 'edit (E)');
    await waitMaze(a.page, 'm.editing');
    await clickCell(a.page, 0, 6);
    await waitMaze(a.page, "m.rows[0][6] === '#'");
    await dragCell(a.page, [6, 6], [4, 6]);
    await waitMaze(a.page, "m.rows[4][6] === 'G'");
    await a.page.keyboard.press('e');
    await a.page.keyboard.press('v');
    // 30 → 1920 steps a second.
    for (let i = 0; i < 6; i++) await a.page.keyboard.press('+');
    await waitMaze(a.page, '!m.editing && m.settings.showVisits && m.settings.speed === 1920');
    await waitMaze(a.page, 'm.firstReturns.length >= 4');

    await a.page.locator('#share-button').click();
    await expect.poll(async () => (await notices(a.page)).join(' ')).toMatch(/Link copied/);
    const url = await a.page.evaluate(() => navigator.clipboard.readText());
    expect(url).toBe(await a.page.evaluate(() => window.__rl?.shareUrl()));
    const [, query, hash] = /\?([^#]*)#(.*)$/.exec(url) ?? [];
    expect(query).toBe('lang=en');
    expect(hash).toMatch(
      /^maze\?layout=7x7\.0\.34\.[\w-]+&agentKind=sarsa&seed=77&epsilon=0\.3&alpha=0\.5&gamma=0\.8&speed=1920&showVisits=1$/,
    );
    const settings = await hook(a.page, 'settings');
    const firsts = (await hook(a.page, 'firstReturns')).slice(0, 4);

    // A fresh page (its own storage) opens the same setup and the same first episodes.
    const b = await openMaze(hash, query);
    await waitMaze(b.page, 'm.firstReturns.length >= 4');
    expect(await hook(b.page, 'settings')).toEqual(settings);
    expect(await hook(b.page, 'rows')).toEqual(settings.customRows);
    expect((await hook(b.page, 'firstReturns')).slice(0, 4)).toEqual(firsts);
    expect(await b.page.evaluate(() => location.hash)).toBe('#maze');
    await screenshot(b.page, 'maze-link-opened');

    // A corrupted link: the default maze and α, a warning naming each; the rest of the link applies.
    await b.page.evaluate(() => {
      location.hash = '#maze?layout=7x7.0.48.!!&alpha=2&gamma=0.7&bogus=1';
    });
    await waitMaze(
      b.page,
      "m.settings.source === 'preset' && m.settings.gamma === 0.7 && m.settings.alpha === 0.1 && m.rows[0] === 'S...#..'",
    );
    const said = (await notices(b.page)).join(' ');
    expect(said).toMatch(/layout=7x7\.0\.48\.!! cannot be used \(it is not a maze written by Copy link\)/);
    expect(said).toMatch(/alpha=2 is not a value this scene accepts, so it uses 0\.1/);
    expect(said).toMatch(/"bogus" is not a setting/);
    await screenshot(b.page, 'maze-link-corrupted');
    // It replaced the reader's edited maze and trained agent: Undo brings them back.
    await b.page
      .locator('#notices .notice', { hasText: 'replace yours' })
      .locator('button', { hasText: 'Undo' })
      .click();
    await waitMaze(
      b.page,
      "m.settings.source === 'custom' && m.settings.alpha === 0.5 && m.agentKind === 'sarsa'",
    );
    expect(await hook(b.page, 'rows')).toEqual(settings.customRows);
    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
  }, 180_000);
});
