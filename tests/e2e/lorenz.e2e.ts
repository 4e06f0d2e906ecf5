/**
 * The Lorenz scene in Chromium: one page, steps in order, waits driven by the scene's test hooks
 * (`window.__rl.lorenz`). Every panel control is used at least once; screenshots go to
 * test-output/screenshots/lorenz-*.png and the downloads to test-output/lorenz-*.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LorenzTestHooks } from '../../src/scenes/lorenz/test-hooks.ts';
import { LORENZ_SETTINGS_DEFAULTS } from '../../src/state/lorenz-settings.ts';
import {
  DESKTOP,
  launchBrowser,
  OUTPUT_DIR,
  openPage,
  PHONE,
  screenshot,
  TABLET,
  waitForScene,
} from './browser.ts';
import { englishWords } from './english.ts';
import * as panel from './panel.ts';
import { frames, waitFor } from './wait.ts';

const DOWNLOADS = join(OUTPUT_DIR, '..');

let browser: Browser;
let page: Page;
let errors: string[];

/** Read from the hooks (plain values only). */
const hook = <T>(fn: (h: LorenzTestHooks) => T): Promise<T> =>
  page.evaluate(`(${fn.toString()})(window.__rl.lorenz)`) as Promise<T>;
/** Wait until a predicate on the hooks (and an optional JSON argument) holds; on timeout, say what the hooks showed. */
function until<A>(fn: (h: LorenzTestHooks, arg: A) => boolean, arg?: A, timeout = 15_000): Promise<void> {
  return waitFor(page, fn.toString(), `rl.lorenz !== undefined && (${fn.toString()})(rl.lorenz, arg)`, {
    arg: arg ?? null,
    timeout,
  });
}

// ---- Tweakpane helpers (tests/e2e/panel.ts), bound to this file's page.
const row = (label: string) => panel.row(page, label);
/** Open a panel tab. Forced: on a loaded machine the page's frames are too slow for the "stable" check. */
const tab = (title: string) => page.locator('#panel .tp-tbiv_b', { hasText: title }).click({ force: true });
async function setNumber(label: string, value: number) {
  await panel.setNumber(page, label, value);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}
const choose = (label: string, option: string) => panel.choose(page, label, option);
/** The label of a list's selected option. */
const selected = (label: string) =>
  row(label)
    .locator('select')
    .evaluate((s: HTMLSelectElement) => s.options[s.selectedIndex]?.text);
const press = (title: string | RegExp) => panel.press(page, title);

/** English words in the visible side column and top bar, and in every canvas text of the scene. */
async function englishOnScreen(p: Page): Promise<string[]> {
  const text = (await p.evaluate(() => {
    const seen = ['#topbar', '#side', '#notices']
      // biome-ignore lint/performance/useDomNodeTextContent: the visible text is what is checked
      .map((id) => (document.querySelector(id) as HTMLElement | null)?.innerText ?? '')
      .join('\n');
    const rl = window.__rl as unknown as { canvasTexts(): string[]; lorenz?: { canvasTexts(): string[] } };
    return [seen, ...rl.canvasTexts(), ...(rl.lorenz?.canvasTexts() ?? [])].join('\n');
  })) as string;
  const words = englishWords(text);
  if (words.length) console.log('English left:', words.join(' '), '\n---\n', text);
  return words;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const difference = (a: number[], b: number[]) => mean(a.map((v, i) => Math.abs(v - b[i])));

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page, errors } = await openPage(browser, ''));
  mkdirSync(DOWNLOADS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('lorenz scene', () => {
  it('is listed in the menu, opens at #lorenz and renders the attractor and the spectrum', async () => {
    await waitForScene(page, 'MenuScene');
    const cards = await page.evaluate(() => window.__rl?.menu?.cards);
    expect(cards).toContain('menu-card-lorenz');
    await page.evaluate(() => {
      location.hash = '#lorenz';
    });
    await waitForScene(page, 'LorenzScene');
    // A small sweep for the tests (the default 400 values keep a core busy for a minute).
    await tab('sweep');
    await setNumber('values', 40);
    await until((h) => h.spectrum.done && h.trailPoints > 500);
    const s = await hook((h) => h.spectrum);
    console.log('spectrum at classic parameters:', JSON.stringify(s));
    expect(s.behaviour).toBe('chaos');
    expect(s.spectrum?.[0]).toBeCloseTo(0.906, 2);
    expect(Math.abs((s.spectrum?.[1] ?? 1) - 0)).toBeLessThan(0.01);
    expect(s.spectrum?.[2]).toBeCloseTo(-14.572, 1);
    const sum = (s.spectrum ?? []).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(-(10 + 1 + 8 / 3), 3);
    await expect
      .poll(() => page.locator('#lorenz-spectrum').textContent())
      .toMatch(/Σλ −13\.66\d\d vs −\(σ\+1\+b\) −13\.6667/);
    const ink = (await hook((h) => h.attractorSample())).filter((v) => v > 60).length;
    expect(ink).toBeGreaterThan(40); // the trail covers part of the 48×48 grid
    await screenshot(page, 'lorenz');
    expect(errors).toEqual([]);
  });

  it('completes a small bifurcation diagram in the worker, progressively, with λ classified alike', async () => {
    await setNumber('to', 200);
    await until(
      (h) => h.sweep.count === 40 && h.settings.sweepTo === 200 && h.sweep.diagramDone === 40,
      null,
      20_000,
    );
    const progress: number[] = [];
    for (let k = 0; k < 200; k++) {
      const sw = await hook((h) => h.sweep);
      progress.push(sw.progress);
      if (sw.lyapPass >= 1) break;
      await page.waitForTimeout(50);
    }
    await until((h) => h.sweep.lyapPass >= 1, null, 20_000);
    expect(progress.some((p) => p > 0 && p < 1)).toBe(true); // drawn while it ran
    const sw = await hook((h) => h.sweep);
    expect(sw.renders).toBeGreaterThan(1);
    const at = (v: number) =>
      page.evaluate(`window.__rl.lorenz.sweepAt(${v})`) as Promise<{
        value: number;
        behaviour: string;
        maxima: number;
      }>;
    expect((await at(10)).behaviour).toBe('fixed-point');
    expect((await at(30)).behaviour).toBe('chaos');
    expect((await at(30)).maxima).toBeGreaterThan(50);
    expect(sw.tally.chaos).toBeGreaterThan(10);
    expect(sw.tally.periodic).toBeGreaterThan(0);
    await screenshot(page, 'lorenz-sweep');
    expect(errors).toEqual([]);
  });

  it('changes the picture when r changes in the panel, and recomputes the spectrum', async () => {
    await tab('σ r b');
    const before = await hook((h) => h.attractorSample());
    const zBefore = await hook((h) => h.box[5]);
    await setNumber('r', 100.5);
    await until((h) => h.settings.r === 100.5 && h.spectrum.params.r === 100.5 && h.spectrum.done);
    await until((h) => h.box[5] > 110, null, 20_000);
    const after = await hook((h) => h.attractorSample());
    expect(difference(before, after)).toBeGreaterThan(2);
    expect(zBefore).toBeLessThan(60);
    const s = await hook((h) => h.spectrum);
    console.log('spectrum at r = 100.5:', JSON.stringify(s));
    expect(s.behaviour).toBe('periodic');
    expect(Math.abs(s.spectrum?.[0] ?? 1)).toBeLessThan(0.01);
    expect(await selected('preset')).toBe('r = 100.5 (periodic window)');
    await screenshot(page, 'lorenz-r100');
    expect(errors).toEqual([]);
  });

  it('sets r where the diagram is clicked', async () => {
    const p = (await page.evaluate('window.__rl.lorenz.diagramPoint(150)')) as { x: number; y: number };
    await page.mouse.click(p.x, p.y);
    await until((h) => Math.abs((h.settings.r as number) - 150) < 1.5);
    await until((h) => h.spectrum.params.r === h.settings.r && h.spectrum.done);
    const s = await hook((h) => ({ r: h.settings.r, spectrum: h.spectrum }));
    console.log('clicked the diagram at r = 150 →', JSON.stringify(s));
    expect(s.spectrum.behaviour).toBe('periodic'); // the window 145–166
    expect(await selected('preset')).toBe('custom');
    await screenshot(page, 'lorenz-clicked-150');
  });

  it('applies presets, σ and b live (σ and b restart the r sweep)', async () => {
    await choose('preset', 'r = 24.5 (bistable, below Hopf)');
    await until((h) => h.settings.r === 24.5);
    const id = await hook((h) => h.sweep.id);
    await setNumber('σ', 12);
    await until((h, a) => h.settings.sigma === 12 && h.sweep.id > a, id);
    await setNumber('b', 3);
    await until((h) => h.settings.b === 3 && h.spectrum.params.b === 3);
    await choose('preset', 'classic, r = 28');
    await until(
      (h) =>
        h.settings.sigma === 10 && h.settings.r === 28 && Math.abs((h.settings.b as number) - 8 / 3) < 1e-12,
    );
    await until((h) => h.sweep.diagramDone === 40);
  });

  it('rotates, zooms and resets the view; pauses, resumes and restarts the trajectories', async () => {
    await tab('view');
    await setNumber('spin (°/s)', 0);
    const yaw0 = await hook((h) => h.camera.yaw);
    await frames(page, 10);
    expect(await hook((h) => h.camera.yaw)).toBe(yaw0);
    const c = (await page.evaluate('window.__rl.lorenz.toClient(278, 320)')) as { x: number; y: number };
    await page.mouse.move(c.x, c.y);
    await page.mouse.down();
    await page.mouse.move(c.x + 80, c.y + 30, { steps: 4 });
    await page.mouse.up();
    await until((h, a) => h.camera.yaw > a + 0.3, yaw0);
    await frames(page, 3); // the last moves of the drag
    const cam = await hook((h) => h.camera);
    await page.mouse.wheel(0, -400);
    await until((h) => h.camera.zoom > 1.3);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('-');
    expect(await hook((h) => h.camera.yaw)).toBeLessThan(cam.yaw);
    const z = await hook((h) => h.camera.zoom);
    await page.keyboard.press('+');
    expect(await hook((h) => h.camera.zoom)).toBeGreaterThan(z);
    await page.keyboard.press('ArrowRight');
    expect(await hook((h) => h.camera.yaw)).toBeCloseTo(cam.yaw, 9);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowDown');
    expect(await hook((h) => h.camera.pitch)).toBeLessThan(cam.pitch);
    await screenshot(page, 'lorenz-rotated');
    await press('Reset view (0)');
    expect(await hook((h) => h.camera)).toMatchObject({ zoom: 1 });
    await page.mouse.move(c.x, c.y); // back over the attractor (the click moved it to the panel)
    await page.mouse.wheel(0, 300); // Phaser applies pointer events on its next frame
    await until((h) => h.camera.zoom < 0.9);
    await page.keyboard.press('0');
    expect(await hook((h) => h.camera.zoom)).toBe(1);

    await setNumber('spin (°/s)', 20);
    await until((h) => h.camera.yaw > 0.35);
    // Out of range: clamped to the end of the range, with a notice that says which and why.
    await setNumber('trail (t units)', 500);
    await until((h) => h.settings.trail === 60);
    expect(await panel.numberShown(page, 'trail (t units)')).toBe('60');
    const said = await panel.notices(page);
    expect(
      said.some((n) => /(^|: )trail \(t units\) must be at most 60 \(.*slows.*\); set to 60\./.test(n)),
    ).toBe(true);
    expect(said.some((n) => /settings: refused|Too big|expected number/.test(n))).toBe(false);
    await setNumber('trail (t units)', 5);
    await until((h) => h.trailPoints <= 501);
    await setNumber('trajectories', 2);
    await until((h) => h.trajectories === 2);
    await setNumber('speed (t/s)', 8);
    const t0 = await hook((h) => h.time);
    await until((h, a) => h.time - a > 2, t0);

    await press(/^Pause/);
    await until((h) => h.paused);
    const frozen = await hook((h) => h.time);
    await frames(page, 5);
    expect(await hook((h) => h.time)).toBe(frozen);
    await screenshot(page, 'lorenz-paused');
    // While paused nothing advances, so a restart shows as an empty sensitivity run.
    await press('Restart trajectories (R)');
    expect(await hook((h) => h.sensitivity.samples)).toBe(0);
    await page.keyboard.press('Space');
    await until((h, a) => !h.paused && h.sensitivity.samples > 20 && h.time > a, frozen);
    await page.keyboard.press('Space');
    await until((h) => h.paused);
    await page.keyboard.press('r');
    expect(await hook((h) => h.sensitivity.samples)).toBe(0);
    await press(/^Resume/);
    await until((h) => !h.paused);
    await setNumber('speed (t/s)', 1.5);
    await setNumber('trajectories', 4);
    expect(errors).toEqual([]);
  });

  it('pauses on a blow-up (dt beyond RK4 stability) and says why, then recovers', async () => {
    await choose('dt (RK4)', '0.3');
    await until((h) => h.blowUp !== null && h.paused);
    const why = await hook((h) => h.blowUp);
    expect(why).toMatch(/Paused: Lorenz integration blew up .* σ=10, r=28, b=2\.66667 with dt=0\.3/);
    await expect.poll(() => page.locator('#notices').textContent()).toMatch(/blew up/);
    await expect.poll(() => page.locator('#lorenz-note').textContent()).toMatch(/blew up/);
    await screenshot(page, 'lorenz-blowup');
    await choose('dt (RK4)', '0.01');
    await until((h) => h.blowUp === null && !h.paused && h.time > 0.5);
    await page
      .locator('#notices button')
      .first()
      .click()
      .catch(() => {});
  });

  it('exports the diagram as a PNG', async () => {
    await tab('export');
    const [download] = await Promise.all([page.waitForEvent('download'), press('Diagram → PNG')]);
    expect(download.suggestedFilename()).toMatch(/^lorenz-bifurcation-r-0-200-sigma10-b2\.6667\.png$/);
    const path = join(DOWNLOADS, 'lorenz-diagram.png');
    await download.saveAs(path);
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(statSync(path).size).toBeGreaterThan(20_000);
  });

  it('records a non-empty WebM clip of the moving attractor', async () => {
    const type = await page.evaluate(() =>
      ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'].filter((t) =>
        MediaRecorder.isTypeSupported(t),
      ),
    );
    console.log('MediaRecorder WebM types accepted:', type.join(', '));
    await setNumber('clip (s)', 1);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 15_000 }).catch(async (e) => {
        const seen = await hook((h) => h.clip);
        const notices = await page.locator('#notices').textContent();
        throw new Error(`${(e as Error).message}\nclip: ${JSON.stringify(seen)}\nnotices: ${notices}`);
      }),
      press('Record attractor → WebM'),
    ]);
    expect(download.suggestedFilename()).toMatch(/^lorenz-attractor-sigma10-r28-b2\.667\.webm$/);
    const path = join(DOWNLOADS, 'lorenz-attractor.webm');
    await download.saveAs(path);
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 4).toString('hex')).toBe('1a45dfa3'); // EBML (Matroska/WebM) header
    expect(bytes.length).toBeGreaterThan(2_000);
    const clip = await hook((h) => h.clip);
    console.log('WebM clip:', JSON.stringify(clip));
    expect(clip.recording).toBe(false);
    expect(clip.last?.type).toMatch(/^video\/webm/);
  });

  it('sweeps σ instead of r, and a click then sets σ', async () => {
    await tab('sweep');
    await choose('sweep', 'σ');
    await until((h) => h.sweep.param === 'sigma' && h.sweep.diagramDone === h.sweep.count, null, 20_000);
    expect(await hook((h) => [h.settings.sweepFrom, h.settings.sweepTo])).toEqual([1, 40]);
    await setNumber('from', 2);
    await until((h) => h.settings.sweepFrom === 2 && h.sweep.diagramDone === h.sweep.count, null, 20_000);
    const p = (await page.evaluate('window.__rl.lorenz.diagramPoint(20)')) as { x: number; y: number };
    await page.mouse.click(p.x, p.y);
    await until((h) => Math.abs((h.settings.sigma as number) - 20) < 1);
    await screenshot(page, 'lorenz-sweep-sigma');
    await choose('sweep', 'r');
    await until((h) => h.sweep.param === 'r');
    expect(errors).toEqual([]);
  });

  it('keeps running when the language switches to Japanese and back, with no English left on screen', async () => {
    await page.evaluate(() => {
      location.hash = '#lorenz';
    });
    await waitFor(page, 'the Lorenz scene', (rl) => rl.lorenz !== undefined, { timeout: 60_000 });
    if ((await hook((h) => h.settings.sweepCount)) !== 40) {
      await tab('sweep'); // a small sweep when this test runs alone: the machine stays responsive
      await setNumber('values', 40);
    }
    if (await hook((h) => h.paused)) await page.keyboard.press(' ');
    await until((h) => !h.paused && h.time > 0);
    // The sensitivity meter samples only between its settling phases: wait until it does.
    await until((h) => h.time > 1 && h.sensitivity.samples > 0, null, 30_000);
    const before = await hook((h) => ({
      time: h.time,
      samples: h.sensitivity.samples,
      finished: h.sensitivity.finished.length,
    }));
    await page.selectOption('#language-select', 'ja');
    // The run and its chart carried on, no restart: the time goes on from where it was, and the
    // sensitivity run gains samples (or ends and is counted) instead of starting from nothing.
    await until(
      (h, b) =>
        h.time > b.time + 0.2 &&
        (h.sensitivity.samples > b.samples || h.sensitivity.finished.length > b.finished),
      before,
      30_000,
    );
    expect(await page.locator('#lorenz-chart-separation .chart-title').textContent()).toMatch(/軌道の差/);
    expect(await page.locator('#lorenz-chart-separation .u-legend').textContent()).toMatch(/傾き λ1/);
    const left = new Set<string>();
    for (const title of ['σ r b', '表示', '掃引', '書き出し']) {
      await tab(title);
      for (const w of await englishOnScreen(page)) left.add(w);
    }
    await page.keyboard.press('?');
    // The visible text, cell by cell (textContent would run the key into its action: "Rt = 0").
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is wanted here
    const help = await page.locator('#help-overlay').evaluate((e: HTMLElement) => e.innerText);
    for (const w of englishWords(help)) left.add(w);
    await page.keyboard.press('?');
    // A blow-up says why in Japanese: the notice, the note and the banner over the attractor.
    await tab('表示');
    await choose('時間刻み dt（RK4）', '0.3');
    await until((h) => h.blowUp !== null && h.paused);
    await expect.poll(() => page.locator('#notices').textContent()).toMatch(/発散しました/);
    await expect.poll(() => hook((h) => h.canvasTexts().join(' '))).toMatch(/発散しました/);
    for (const w of await englishOnScreen(page)) left.add(w);
    await screenshot(page, 'lorenz-ja-blowup');
    await choose('時間刻み dt（RK4）', '0.01');
    await until((h) => h.blowUp === null && !h.paused);
    await page.locator('#notices button').first().click();
    await page.setViewportSize(DESKTOP);
    await screenshot(page, 'lorenz-ja');
    expect([...left]).toEqual([]);
    const mid = await hook((h) => h.time);
    await page.selectOption('#language-select', 'en');
    await until((h, t0) => h.time > t0 + 0.2, mid);
    expect(await page.locator('#lorenz-chart-separation .chart-title').textContent()).toMatch(/Separation/);
    await screenshot(page, 'lorenz-en');
    expect(errors).toEqual([]);
  });

  it('Copy link carries the settings: a fresh page rebuilds them; a bad value falls back with a warning', async () => {
    await tab('σ r b');
    await setNumber('σ', 12);
    await setNumber('r', 100.5);
    await tab('view');
    await setNumber('trail (t units)', 30);
    await tab('sweep');
    await choose('sweep', 'σ');
    await until(
      (h) => h.settings.sweepParam === 'sigma' && h.settings.trail === 30 && h.settings.r === 100.5,
    );
    const wanted = await hook((h) => h.settings);
    await page.selectOption('#language-select', 'ja');
    const url = (await page.evaluate(() => window.__rl?.shareUrl())) as string;
    await page.selectOption('#language-select', 'en');
    expect(url).toMatch(/lang=ja#lorenz\?/);
    expect(url).toMatch(/sigma=12/);

    // Change everything back, then open the link as a new document: the link alone rebuilds the setup
    // (it starts from the defaults, so what this page had stored does not leak in).
    await choose('sweep', 'r');
    await tab('σ r b');
    await choose('preset', 'classic, r = 28');
    await until((h) => h.settings.r === 28 && h.settings.sweepParam === 'r');
    await page.goto(url);
    await waitFor(page, 'the Lorenz scene from the link', (rl) => rl.lorenz !== undefined, {
      timeout: 60_000,
    });
    expect(await hook((h) => h.settings)).toEqual(wanted);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    expect(await englishOnScreen(page)).toEqual([]);
    await screenshot(page, 'lorenz-ja-link');

    // A corrupted value: its default, and a warning naming the key; the other values still apply.
    await page.evaluate(() => {
      location.hash = '#lorenz?r=banana&sigma=5';
    });
    await until((h) => h.settings.sigma === 5);
    expect(await hook((h) => h.settings.r)).toBe(28);
    await expect.poll(async () => (await panel.notices(page)).join('\n')).toMatch(/r=banana/);
    await page.selectOption('#language-select', 'en');
    await expect.poll(async () => (await panel.notices(page)).join('\n')).toMatch(/r=banana.*uses 28/);
    expect(errors).toEqual([]);
    await tab('σ r b');
    await choose('preset', 'classic, r = 28');
  });

  it('on a touch phone: upright layout, one finger rotates, two fingers pinch-zoom, the sheet holds the panel', async () => {
    // The desktop page goes back to the menu, so that only one Lorenz scene runs on the machine.
    await page.evaluate(() => {
      location.hash = '';
    });
    // A fresh phone context, its storage primed with no spin and a small sweep (the machine stays responsive).
    const settings = { state: { ...LORENZ_SETTINGS_DEFAULTS, spin: 0, sweepCount: 40 }, version: 1 };
    const phone = await openPage(browser, 'lorenz', PHONE, {
      touch: true,
      storage: { 'rl-playground/lorenz-settings': JSON.stringify(settings) },
    });
    const p = phone.page;
    try {
      const on = <T>(fn: (h: LorenzTestHooks) => T): Promise<T> =>
        p.evaluate(`(${fn.toString()})(window.__rl.lorenz)`) as Promise<T>;
      await waitFor(p, 'the Lorenz scene', (rl) => rl.lorenz !== undefined, { timeout: 60_000 });
      expect(await p.evaluate(() => [window.__rl?.game.scale.width, window.__rl?.game.scale.height])).toEqual(
        [600, 1000],
      );
      const at = (x: number, y: number) =>
        p.evaluate(`window.__rl.lorenz.toClient(${x}, ${y})`) as Promise<{ x: number; y: number }>;
      const cdp = await p.context().newCDPSession(p);
      const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]) =>
        cdp.send('Input.dispatchTouchEvent', {
          type,
          touchPoints: points.map((q, i) => ({ x: q.x, y: q.y, id: i + 1 })),
        });
      // One finger: rotate.
      const yaw0 = await on((h) => h.camera.yaw);
      const c = await at(300, 280);
      await touch('touchStart', [c]);
      for (let k = 1; k <= 4; k++) await touch('touchMove', [{ x: c.x + 15 * k, y: c.y + 4 * k }]);
      await touch('touchEnd', []);
      await waitFor(p, 'a rotation', `rl.lorenz.camera.yaw > ${yaw0 + 0.2}`);
      // Two fingers apart: zoom in.
      const zoom0 = await on((h) => h.camera.zoom);
      const a = await at(240, 280);
      const b = await at(360, 280);
      await touch('touchStart', [a, b]);
      for (let k = 1; k <= 4; k++) {
        await touch('touchMove', [
          { x: a.x - 12 * k, y: a.y },
          { x: b.x + 12 * k, y: b.y },
        ]);
      }
      await touch('touchEnd', []);
      await waitFor(p, 'a pinch zoom', `rl.lorenz.camera.zoom > ${zoom0 * 1.2}`);
      expect(await on((h) => h.camera.yaw)).toBeGreaterThan(yaw0 + 0.2); // the pinch did not rotate back

      const sideways = () => p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(await sideways()).toBeLessThanOrEqual(0);
      await screenshot(p, 'lorenz-phone');
      // The sheet's slide is a CSS transition, which a starved renderer can hold for seconds: without
      // it (reduced motion) the sheet is there at once, as in tests/e2e/sheet.e2e.ts.
      await p.emulateMedia({ reducedMotion: 'reduce' });
      await p.locator('#sheet-button').click();
      await expect.poll(() => p.locator('#side').isVisible(), { timeout: 15_000 }).toBe(true);
      const chart = await p.locator('#lorenz-chart-separation').boundingBox();
      expect(chart?.width ?? 999).toBeLessThanOrEqual(PHONE.width);
      expect(await sideways()).toBeLessThanOrEqual(0);
      await screenshot(p, 'lorenz-phone-sheet');
      await p.selectOption('#language-select', 'ja');
      await screenshot(p, 'lorenz-phone-sheet-ja');
      await p.locator('#sheet-button').click();

      // A tablet held upright: the same upright layout, no sideways scroll.
      await p.setViewportSize(TABLET);
      await p.evaluate(() => {
        location.hash = '';
      });
      await waitFor(p, 'the menu', (rl) => rl.activeScene() === 'MenuScene', { timeout: 30_000 });
      await p.evaluate(() => {
        location.hash = '#lorenz';
      });
      await waitFor(p, 'the Lorenz scene', (rl) => rl.lorenz !== undefined, { timeout: 60_000 });
      expect(await p.evaluate(() => window.__rl?.game.scale.height)).toBe(1000);
      expect(await sideways()).toBeLessThanOrEqual(0);
      await screenshot(p, 'lorenz-tablet-ja');
      expect(phone.errors).toEqual([]);
    } finally {
      await p.context().close();
    }
  }, 240_000);
});
