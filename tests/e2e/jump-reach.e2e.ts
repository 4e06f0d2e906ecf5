/**
 * The jump scene for everyone: Japanese with no English left (Play, Watch, Turbo/Compare, charts)
 * and a live switch back; Copy link and a broken link; a phone (portrait, a real touchscreen tap
 * jumps, reduced motion) and a tablet.
 */
import type Phaser from 'phaser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { JumpTestHooks } from '../../src/scenes/jump/test-hooks.ts';
import { DESKTOP, launchBrowser, type OpenPage, openPage, PHONE, screenshot, TABLET } from './browser.ts';
import { englishWords } from './english.ts';
import { waitSession, withSession } from './jump-page.ts';
import { choose, notices, press, setNumber, toggle } from './panel.ts';
import { frames, waitFor } from './wait.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
// Close every page a test opened even when it fails: a page left in Turbo keeps a core busy.
const opened: OpenPage[] = [];
afterEach(async () => {
  for (const o of opened.splice(0)) await o.page.context().close();
});
async function open(...args: Parameters<typeof openPage>): Promise<OpenPage> {
  const o = await openPage(...args);
  opened.push(o);
  return o;
}

/**
 * The jump scene up and stepping. Patient: on a machine shared by several test runs the first page
 * may draw only a few frames in its first half minute.
 */
async function jumpReady(page: Page): Promise<void> {
  await waitFor(page, 'the jump scene', (rl) => rl.activeScene() === 'JumpScene', { timeout: 60_000 });
  await waitSession(
    page,
    (s) => s.track.steps > 0 || s.track.phase === 'ready',
    'the jump scene stepping',
    60_000,
  );
}

/** English words in what a Japanese reader sees: the top bar, the side column and the canvas texts. */
function englishLeft(page: Page): Promise<string[]> {
  return page
    .evaluate(() =>
      [
        // biome-ignore lint/performance/useDomNodeTextContent: what shows on screen, not hidden nodes
        document.getElementById('topbar')?.innerText ?? '',
        // biome-ignore lint/performance/useDomNodeTextContent: what shows on screen, not hidden nodes
        document.getElementById('side')?.innerText ?? '',
        ...(window.__rl?.canvasTexts() ?? []),
      ].join('\n'),
    )
    .then(englishWords);
}

async function expectNoEnglish(page: Page, view: string): Promise<void> {
  const left = await englishLeft(page);
  expect(left, `${view}: English words left`).toEqual([]);
}

/** The number of rectangles in the jump scene (the world has three; confetti adds 26). */
function rectangles(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      (window.__rl?.game.scene.getScene('JumpScene').children.list ?? []).filter(
        (o: Phaser.GameObjects.GameObject) => o.type === 'Rectangle',
      ).length,
  );
}

/** The page is no wider than the screen (nothing to scroll sideways). */
function sideScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe('jump scene for everyone', () => {
  it('in Japanese shows no English in Watch, Play and Turbo/Compare, and a switch to English relabels live', async () => {
    const { page, errors } = await open(browser, 'jump', DESKTOP, { query: 'lang=ja' });
    await jumpReady(page);
    await waitSession(page, (s) => s.episodes >= 1, 'a first Watch episode', 60_000);
    await expectNoEnglish(page, 'Watch');
    await screenshot(page, 'jump-ja-watch');

    await page.locator('#game canvas').click();
    await page.keyboard.press('1');
    await waitSession(page, (s) => s.mode === 'play', 'Play');
    await frames(page, 8);
    await expectNoEnglish(page, 'Play');
    await screenshot(page, 'jump-ja-play');

    await page.keyboard.press('3');
    await page.keyboard.press('c');
    await waitSession(
      page,
      (s) => s.turboRunning && s.compare && (s.gradient?.updates ?? 0) > 20,
      'Turbo with Compare',
      60_000,
    );
    await expect
      .poll(() => page.locator('#jump-gradient-readout').textContent(), { timeout: 20_000 })
      .toContain('回の更新');
    await expectNoEnglish(page, 'Turbo/Compare');
    await screenshot(page, 'jump-ja-turbo-compare');

    // English again, in place: the same charts, the run goes on.
    const chart = await page.locator('#jump-chart-policy').elementHandle();
    const before = await withSession(page, (s) => s.episodes);
    await page.locator('#language-select').selectOption('en');
    await expect
      .poll(() => page.locator('#jump-chart-policy .chart-title').first().textContent(), { timeout: 20_000 })
      .toContain('P(jump) on the ground');
    await expect
      .poll(() => page.evaluate(() => window.__rl?.canvasTexts().join('\n') ?? ''), { timeout: 20_000 })
      .toContain('TURBO — training');
    expect(await page.locator('#jump-gradient-readout').textContent()).toMatch(/variance reduced ×/);
    expect(await chart?.evaluate((el) => el.isConnected)).toBe(true);
    await expect
      .poll(() => withSession(page, (s) => s.turboRunning && s.episodes), { timeout: 15_000 })
      .toBeGreaterThan(before);
    await screenshot(page, 'jump-en-turbo-compare');
    expect(errors).toEqual([]);
  }, 150_000);

  it('Copy link opens the same setup in a fresh page (same first episodes); a broken link warns by key', async () => {
    const a = await open(browser, 'jump', DESKTOP);
    await jumpReady(a.page);
    await setNumber(a.page, 'seed (new agent)', 5);
    await choose(a.page, 'baseline', 'none');
    await setNumber(a.page, 'M episodes', 4);
    await setNumber(a.page, 'γ', 0.98);
    await toggle(a.page, 'compare baseline');
    await choose(a.page, 'speed', '5× (100/s)');
    await press(a.page, 'Reset agent (θ = 0)');
    const firstDone = (s: JumpTestHooks) =>
      s.runSeed === 5 && s.lanes.length === 2 && s.lanes.every((l) => l.firstEpisode.index === 0);
    await waitSession(a.page, firstDone, 'the first episodes of the new agents', 60_000);
    const setup = (s: JumpTestHooks) => ({
      settings: s.settings,
      first: s.lanes.map((l) => l.firstEpisode),
      baselines: s.lanes.map((l) => l.params.baseline),
    });
    const there = await withSession(a.page, setup);
    const url = await a.page.evaluate(() => window.__rl?.shareUrl() ?? '');
    for (const part of ['lang=en', '#jump?', 'seed=5', 'baseline=none', 'batchEpisodes=4', 'compare=1'])
      expect(url).toContain(part);
    await a.page.context().close();
    opened.splice(opened.indexOf(a), 1);

    const hash = url.slice(url.indexOf('#') + 1);
    const b = await open(browser, hash, DESKTOP, { query: 'lang=en' });
    await jumpReady(b.page);
    await waitSession(b.page, firstDone, 'the link’s first episodes', 60_000);
    expect(await withSession(b.page, setup)).toEqual(there);
    // The address drops the link's settings once applied: a reload continues this run.
    expect(await b.page.evaluate(() => location.hash)).toBe('#jump');

    await b.page.evaluate(() => {
      location.hash = 'jump?seed=abc&batchEpisodes=0&bogus=1&gamma=0.5';
    });
    await expect
      .poll(() => notices(b.page).then((n) => n.join('\n')), { timeout: 30_000 })
      .toContain('seed=abc');
    const said = (await notices(b.page)).join('\n');
    expect(said).toContain('batchEpisodes=0');
    expect(said).toContain('"bogus"');
    await waitSession(
      b.page,
      (s) => s.settings.seed === 1 && s.settings.gamma === 0.5 && s.settings.batchEpisodes === 10,
      'defaults for the bad values, the good one applied',
    );
    await screenshot(b.page, 'jump-link-warnings');
    expect(b.errors).toEqual([]);
  });

  it('on a touch phone: portrait, a tap jumps, reduced motion keeps the celebration still; then a tablet', async () => {
    const { page, errors } = await open(browser, 'jump', PHONE, { touch: true });
    await jumpReady(page);
    const game = await page.evaluate(() => ({
      width: window.__rl?.game.scale.width,
      height: window.__rl?.game.scale.height,
    }));
    expect(game.height).toBeGreaterThan(game.width ?? 0); // portrait
    const box = await page.locator('#game canvas').boundingBox();
    expect(box?.width).toBeGreaterThan(PHONE.width - 4); // fills the width
    expect(await sideScroll(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'jump-phone-watch');

    // Play in slow motion, with reduced motion asked for.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.keyboard.press('1');
    for (let i = 0; i < 3; i++) await page.keyboard.press('-');
    await waitSession(page, (s) => s.mode === 'play' && s.settings.speed === 5, 'Play at 5 steps/s');
    const world = await rectangles(page);
    const tap = async () => {
      const b = await page.locator('#game canvas').boundingBox();
      if (!b) throw new Error('no canvas');
      await page.touchscreen.tap(b.x + b.width / 2, b.y + b.height / 3);
    };
    await tap(); // starts the run
    await waitSession(page, (s) => s.track.phase === 'run' && s.track.holes[0].x > 0, 'running after a tap');
    await waitSession(
      page,
      (s) => {
        const h = s.track.holes[0];
        const d = h.holeStart - h.x;
        return d > 0.9 && d < 1.9;
      },
      'the runner in the take-off window',
    );
    await tap(); // jumps
    await waitSession(
      page,
      (s) => !s.track.holes[0].onGround && s.track.holes[0].y > 0,
      'the runner in the air',
    );
    expect(await withSession(page, (s) => s.play.jumps)).toBe(1);
    await screenshot(page, 'jump-phone-play');
    await waitSession(page, (s) => s.track.holes[0].outcome !== 'running', 'the end of the run');
    if ((await withSession(page, (s) => s.track.holes[0].outcome)) === 'cleared') {
      // The "+100" shows, still; no confetti joins the world's rectangles.
      await expect
        .poll(() => page.evaluate(() => window.__rl?.canvasTexts().join('\n') ?? ''), { timeout: 20_000 })
        .toMatch(/\+100/);
      expect(await rectangles(page)).toBe(world);
    }

    // The screen-reader status: polite, calm (every 5 s at most), worded in the page's language.
    const live = page.locator('#jump-live');
    expect(await live.getAttribute('aria-live')).toBe('polite');
    await expect
      .poll(() => live.textContent(), { timeout: 15_000 })
      .toMatch(/^Jump, Play mode\. Episodes: \d/);

    // Japanese on the phone, then the panel in the bottom sheet.
    await page.locator('#language-select').selectOption('ja');
    await expect
      .poll(() => live.textContent(), { timeout: 15_000 })
      .toMatch(/^ジャンプ、プレイモード。エピソード：\d/);
    await frames(page, 8);
    expect(englishWords(await page.evaluate(() => window.__rl?.canvasTexts().join('\n') ?? ''))).toEqual([]);
    await screenshot(page, 'jump-phone-ja');
    await page.locator('#sheet-button').tap();
    await page.locator('#jump-panel').waitFor({ state: 'visible' });
    expect(await sideScroll(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'jump-phone-sheet');
    await page.locator('#sheet-button').tap();

    // A tablet upright: portrait too, the whole width.
    await page.setViewportSize(TABLET);
    await page.reload();
    await jumpReady(page);
    const tablet = await page.locator('#game canvas').boundingBox();
    expect(tablet?.width).toBeGreaterThan(TABLET.width - 4);
    expect(await sideScroll(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'jump-tablet');
    expect(errors).toEqual([]);
  });
});
