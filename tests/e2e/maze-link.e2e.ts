/**
 * The maze's shared links in Chromium: Copy link carries an edited maze and every setting, a fresh
 * page opens the same setup (the same first episodes), and a corrupted link falls back with a
 * warning naming each bad value, with Undo for what it replaced. And the maze on a phone and a
 * tablet: a portrait board, wide and clear of the touch bar, edited by taps and finger drags.
 * Screenshots: test-output/screenshots/maze-link-*.png, maze-{phone,tablet}-{play,edit}-{en,ja}.png.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MazeTestHooks } from '../../src/scenes/maze/test-hooks.ts';
import { DESKTOP, launchBrowser, openPage, PHONE, screenshot, TABLET, waitForScene } from './browser.ts';
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
import { frames } from './wait.ts';

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

type Hooked = { maze: MazeTestHooks };

/** The board's rectangle on screen (page px), from its game coordinates and the canvas. */
function boardOnScreen(page: Page) {
  return page.evaluate(() => {
    const rl = window.__rl as unknown as Hooked & { game: { canvas: HTMLCanvasElement } };
    const b = rl.maze.board;
    const c = rl.game.canvas.getBoundingClientRect();
    const kx = c.width / b.gameWidth;
    const ky = c.height / b.gameHeight;
    return { left: c.left + b.x * kx, top: c.top + b.y * ky, width: b.width * kx, height: b.height * ky };
  });
}

/** On a tall touch screen: a portrait game, the board wide, the touch bar below it, no sideways scroll. */
async function checkTallLayout(page: Page, minWidth: number): Promise<void> {
  const board = await boardOnScreen(page);
  const game = await hook(page, 'board');
  expect(game.gameHeight).toBeGreaterThan(game.gameWidth);
  expect(board.width).toBeGreaterThanOrEqual(minWidth);
  const bar = await page.locator('#touch-bar').boundingBox();
  if (!bar) throw new Error('no touch bar');
  expect(bar.y).toBeGreaterThanOrEqual(board.top + board.height);
  // The whole canvas (its legends too) ends above the buttons.
  const canvas = await page.locator('#game canvas').boundingBox();
  if (!canvas) throw new Error('no canvas');
  expect(bar.y).toBeGreaterThanOrEqual(canvas.y + canvas.height - 1);
  const scroll = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scroll[0]).toBeLessThanOrEqual(scroll[1]);
}

/** A finger from one cell to another, as real touch events. */
async function touchDrag(page: Page, from: [number, number], to: [number, number]): Promise<void> {
  const at = (rc: [number, number]) =>
    page.evaluate(([r, c]) => (window.__rl as unknown as Hooked).maze.cellToClient(r, c), rc);
  const a = await at(from);
  const b = await at(to);
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
  await touch('touchStart', a.x, a.y);
  for (let i = 1; i <= 4; i++)
    await touch('touchMove', a.x + ((b.x - a.x) * i) / 4, a.y + ((b.y - a.y) * i) / 4);
  await touch('touchEnd', b.x, b.y);
  await cdp.detach();
}

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

  it('phone and tablet: a portrait board wide and clear of the touch bar; taps and drags edit the maze', async () => {
    const { page, errors } = await openPage(browser, 'maze', PHONE, { touch: true });
    await waitForScene(page, 'MazeScene');
    await waitMaze(page, 'm.mode !== undefined');
    await checkTallLayout(page, 340);
    await screenshot(page, 'maze-phone-play-en');

    // The editor by touch: a tap cycles a tile, a finger drags G and S.
    await page.locator('[data-touch="edit"]').click();
    await waitMaze(page, 'm.editing');
    const cell = await page.evaluate(() => (window.__rl as unknown as Hooked).maze.cellToClient(0, 6));
    await page.touchscreen.tap(cell.x, cell.y);
    await waitMaze(page, "m.rows[0][6] === '#'");
    await touchDrag(page, [6, 6], [4, 6]);
    await waitMaze(page, "m.rows[4][6] === 'G' && m.rows[6][6] === '.'");
    await touchDrag(page, [0, 0], [0, 2]);
    await waitMaze(page, "m.rows[0][2] === 'S' && m.rows[0][0] === '.'");
    await frames(page, 3);
    await screenshot(page, 'maze-phone-edit-en');
    await page.selectOption('#language-select', 'ja');
    await frames(page, 3);
    await screenshot(page, 'maze-phone-edit-ja');
    await page.locator('[data-touch="edit"]').click();
    await waitMaze(page, '!m.editing');
    await frames(page, 3);
    await screenshot(page, 'maze-phone-play-ja');

    // The same page on a tablet: the scene lays itself out again when it opens.
    await page.setViewportSize(TABLET);
    await page.evaluate(() => {
      location.hash = '';
    });
    await waitForScene(page, 'MenuScene');
    await page.evaluate(() => {
      location.hash = '#maze';
    });
    await waitForScene(page, 'MazeScene');
    await waitMaze(page, "m.rows[4][6] === 'G'");
    await checkTallLayout(page, 340);
    await screenshot(page, 'maze-tablet-play-ja');
    await page.locator('[data-touch="edit"]').click();
    await waitMaze(page, 'm.editing');
    await frames(page, 3);
    await screenshot(page, 'maze-tablet-edit-ja');
    await page.selectOption('#language-select', 'en');
    await frames(page, 3);
    await screenshot(page, 'maze-tablet-edit-en');
    await page.locator('[data-touch="edit"]').click();
    await waitMaze(page, '!m.editing');
    await frames(page, 3);
    await screenshot(page, 'maze-tablet-play-en');
    expect(errors).toEqual([]);
  }, 180_000);
});
