/**
 * The page shell in Chromium: scene to scene through the URL (every ordered pair, and Back/Forward),
 * scene keys after the panel had focus, the menu's per-frame listener, glyphs the fonts have, and
 * the panel's clamp-with-notice rule. One page for the whole file.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type OpenPage, openPage, screenshot } from './browser.ts';
import { notices, numberShown, row, setNumber, tab } from './panel.ts';

/** What each scene puts in the side column: the start of its pane's title and a readout only it has. */
const SCENES = [
  { hash: '', key: 'MenuScene', pane: null, readout: null },
  { hash: 'maze', key: 'MazeScene', pane: 'Maze ·', readout: '#maze-status' },
  { hash: 'jump', key: 'JumpScene', pane: 'Jump ·', readout: '#jump-gradient-readout' },
  { hash: 'lorenz', key: 'LorenzScene', pane: 'Lorenz', readout: '#lorenz-spectrum' },
  {
    hash: 'reaction-diffusion',
    key: 'ReactionDiffusionScene',
    pane: 'Reaction–diffusion',
    readout: '#rd-status',
  },
  // The Lab has its own panel (no Tweakpane, no side charts): its readout is that panel.
  { hash: 'lab', key: 'LabScene', pane: null, readout: '#lab-panel' },
] as const;
type SceneInfo = (typeof SCENES)[number];
const READOUTS = SCENES.map((s) => s.readout).filter((r) => r !== null);

/**
 * Every ordered pair of the five scenes exactly once: 5 is prime, so stepping by s = 1…4 from the
 * menu visits all scenes and comes back, and the four walks together use each pair once.
 */
const TOUR = [0, ...[1, 2, 3, 4].flatMap((s) => [1, 2, 3, 4, 5].map((k) => (k * s) % 5))];
/**
 * The Lab (SCENES[5]) joined later: all 30 pairs of six scenes would be half as long again, so it
 * is entered from and left for each of the other five once (from the menu, where the tour ends).
 */
const LAB = 5;
const LAB_WALK = [0, ...[1, 2, 3, 4, 0].flatMap((k) => [LAB, k])];
/** The menu: no side column at all (the Lab has one, with no Tweakpane pane). */
const isMenu = (scene: SceneInfo) => scene.key === 'MenuScene';

let browser: Browser;
let shell: OpenPage;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  shell = await openPage(browser);
  page = shell.page;
});
afterAll(async () => {
  await browser?.close();
});

/** The side column and the running scene, as the page shows them. */
function sideColumn(p: Page) {
  return p.evaluate((readouts) => {
    const panel = document.getElementById('panel') as HTMLElement;
    const charts = document.getElementById('charts') as HTMLElement;
    return {
      scene: window.__rl?.activeScene(),
      onMenu: document.getElementById('app')?.classList.contains('on-menu') ?? false,
      panes: [...panel.querySelectorAll(':scope > .tp-rotv .tp-rotv_t')].map((t) => t.textContent ?? ''),
      readouts: readouts.filter((r) => document.querySelector(r) !== null),
      charts: charts.querySelectorAll('.chart').length,
      frame: window.__rl?.game.loop.frame ?? 0,
    };
  }, READOUTS);
}

/** Wait until `scene` runs with its own side column, and still has it some frames later. */
async function expectSceneShown(p: Page, scene: SceneInfo, from: string): Promise<void> {
  const expected = {
    scene: scene.key,
    onMenu: isMenu(scene),
    panes: scene.pane === null ? [] : [scene.pane],
    readouts: scene.readout === null ? [] : [scene.readout],
  };
  // Titles follow the agent ("Maze · SARSA"): compare their start.
  const view = async () => {
    const s = await sideColumn(p);
    const panes = s.panes.map((t) => (scene.pane !== null && t.startsWith(scene.pane) ? scene.pane : t));
    return { ...s, panes };
  };
  const matches = async () => {
    const s = await view();
    const { frame: _f, charts, ...shown } = s;
    return {
      ok: JSON.stringify(shown) === JSON.stringify(expected) && (scene.pane === null) === (charts === 0),
      s,
    };
  };
  const t0 = Date.now();
  let last = await matches();
  while (!last.ok && Date.now() - t0 < 30_000) {
    await p.waitForTimeout(50);
    last = await matches();
  }
  expect(last.s, `${from} → ${scene.hash || 'menu'}`).toMatchObject(expected);
  // A late shutdown of the scene we left must not empty it a few frames afterwards.
  const frame = last.s.frame;
  await p.waitForFunction((f) => (window.__rl?.game.loop.frame ?? 0) > f + 3, frame, { timeout: 60_000 });
  const after = await view();
  expect(after, `${from} → ${scene.hash || 'menu'}, 3 frames later`).toMatchObject(expected);
  if (scene.pane !== null) expect(after.charts).toBeGreaterThan(0);
}

describe('page shell', () => {
  it('keeps the side column through every ordered pair of scenes by URL and Back/Forward; draws only glyphs the fonts have', async () => {
    await expectSceneShown(page, SCENES[0], 'start');
    const missing = await glyphsMissingPaused(page, SCENES[0]);
    for (let i = 1; i < TOUR.length; i++) {
      const from = SCENES[TOUR[i - 1]];
      const to = SCENES[TOUR[i]];
      await page.evaluate((h) => {
        location.hash = h;
      }, to.hash);
      await expectSceneShown(page, to, from.hash || 'menu');
      // The tour meets every scene first in its first five steps.
      if (i < SCENES.length) missing.push(...(await glyphsMissingPaused(page, to)));
    }
    for (let i = 1; i < LAB_WALK.length; i++) {
      const from = SCENES[LAB_WALK[i - 1]];
      const to = SCENES[LAB_WALK[i]];
      await page.evaluate((h) => {
        location.hash = h;
      }, to.hash);
      await expectSceneShown(page, to, from.hash || 'menu');
      if (i === 1) missing.push(...(await glyphsMissingPaused(page, to)));
    }
    expect(missing, 'characters drawn as an empty box').toEqual([]);
    // The walk ended on the menu, coming from the Lab, from reaction–diffusion.
    await page.goBack();
    await expectSceneShown(page, SCENES[LAB], 'Back to lab');
    await page.goBack();
    await expectSceneShown(page, SCENES[4], 'Back to reaction-diffusion');
    await page.goForward();
    await expectSceneShown(page, SCENES[LAB], 'Forward to lab');
    expect(shell.errors).toEqual([]);
  }, 300_000);

  it('hands the keys back to the scene after a slider drag, and after Enter or Escape in a field', async () => {
    await page.evaluate(() => {
      location.hash = 'maze';
    });
    await expectSceneShown(page, SCENES[1], 'reaction-diffusion');
    const maze = () =>
      page.evaluate(() => {
        const m = (
          window.__rl as unknown as { maze: { paused: boolean; settings: { showHeatmap: boolean } } }
        ).maze;
        return { paused: m.paused, heat: m.settings.showHeatmap };
      });
    // Drag the ε slider: the track keeps the focus afterwards.
    const track = row(page, 'ε explore').locator('.tp-sldv_t');
    const box = await track.boundingBox();
    if (!box) throw new Error('no ε slider');
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    const before = await maze();
    const focus = () => page.evaluate(() => document.activeElement?.className ?? 'none');
    await page.keyboard.press('Space');
    await expect
      .poll(async () => ({ ...(await maze()), focus: await focus() }))
      .toMatchObject({ paused: !before.paused });
    await page.keyboard.press('Space');

    // Type a value and commit it with Enter: `h` toggles the heat map, it does not type into the box.
    await setNumber(page, 'ε explore', 0.2);
    const heat = (await maze()).heat;
    await page.keyboard.press('h');
    expect(await numberShown(page, 'ε explore')).toBe('0.20');
    expect((await maze()).heat).toBe(!heat);
    await page.keyboard.press('h');

    // Escape leaves the field (keeping what was typed) and stays in the scene.
    const input = row(page, 'ε explore').locator('input.tp-txtv_i');
    await input.fill('0.3');
    await input.press('Escape');
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    expect(await page.evaluate(() => window.__rl?.activeScene())).toBe('MazeScene');
    expect(await numberShown(page, 'ε explore')).toBe('0.30');
    const paused = (await maze()).paused;
    await page.keyboard.press('Space');
    expect((await maze()).paused).toBe(!paused);
    await page.keyboard.press('Space');

    // The same in a scene with another panel: Lorenz pauses on Space after Enter in a field.
    await page.evaluate(() => {
      location.hash = 'lorenz';
    });
    await expectSceneShown(page, SCENES[3], 'maze');
    const lorenzPaused = () =>
      page.evaluate(() => (window.__rl as unknown as { lorenz: { paused: boolean } }).lorenz.paused);
    const first = await lorenzPaused();
    const field = page.locator('#panel input.tp-txtv_i').first();
    await field.press('Enter');
    await page.keyboard.press('Space');
    expect(await lorenzPaused()).toBe(!first);
    await page.keyboard.press('Space');
    expect(shell.errors).toEqual([]);
  });

  it('clamps an out-of-range typed value and says which limit and why', async () => {
    await page.evaluate(() => {
      location.hash = 'maze';
    });
    await expectSceneShown(page, SCENES[1], 'lorenz');
    await tab(page, 'Agent');
    await setNumber(page, 'ε explore', 5);
    expect(await numberShown(page, 'ε explore')).toBe('1.00');
    await expect
      .poll(() => notices(page))
      .toContainEqual(expect.stringContaining('ε must be between 0 and 1 (it is a probability); set to 1.'));
    await setNumber(page, 'ε explore', 0.1);
  });

  it('removes the menu’s per-frame listener when it is left', async () => {
    const counts: number[] = [];
    for (let visit = 0; visit < 3; visit++) {
      await page.evaluate(() => {
        location.hash = '';
      });
      await expectSceneShown(page, SCENES[0], 'maze');
      counts.push(await page.evaluate(() => window.__rl?.menu?.frameListeners ?? -1));
      await page.evaluate(() => {
        location.hash = 'maze';
      });
      await expectSceneShown(page, SCENES[1], 'menu');
    }
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts).toEqual([counts[0], counts[0], counts[0]]);
  });
});

/** Pause the scene (its paused banner has symbols of its own), look for missing glyphs, resume. */
async function glyphsMissingPaused(p: Page, scene: SceneInfo): Promise<string[]> {
  const pauseKey = scene.key === 'JumpScene' ? 'p' : 'Space';
  // The menu and the Lab draw nothing that moves: no pause.
  const pauses = scene.key !== 'MenuScene' && scene.key !== 'LabScene';
  if (pauses) {
    await p.keyboard.press(pauseKey);
    const frame = (await sideColumn(p)).frame;
    await p.waitForFunction((f) => (window.__rl?.game.loop.frame ?? 0) > f + 3, frame, { timeout: 60_000 });
  }
  const missing = await p.evaluate(missingGlyphs, scene.key);
  await screenshot(p, `shell-paused-${scene.hash || 'menu'}`);
  if (pauses) await p.keyboard.press(pauseKey);
  return missing;
}

/**
 * Characters of the scene's canvas texts and of the page around it that no font on the machine
 * draws: such a character renders as the font's "missing glyph" box, the same picture as a private-
 * use character. Runs in the page.
 */
function missingGlyphs(sceneKey: string): string[] {
  const texts: string[] = [];
  const scene = window.__rl?.game.scene.getScene(sceneKey);
  for (const o of scene?.children.list ?? []) {
    const t = (o as unknown as { text?: unknown }).text;
    if (typeof t === 'string') texts.push(t);
  }
  for (const id of ['panel', 'charts', 'topbar', 'help-overlay', 'stage'])
    texts.push(document.getElementById(id)?.textContent ?? '');
  const canvas = document.createElement('canvas');
  canvas.width = 48;
  canvas.height = 48;
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
  const draw = (ch: string) => {
    ctx.clearRect(0, 0, 48, 48);
    ctx.font = '32px system-ui, sans-serif';
    ctx.fillStyle = '#000';
    ctx.textBaseline = 'top';
    ctx.fillText(ch, 4, 4);
    return ctx.getImageData(0, 0, 48, 48).data.join(',');
  };
  const box = draw('\uE000');
  const out = new Set<string>();
  for (const ch of new Set([...texts.join('')])) {
    if (ch.charCodeAt(0) < 0x2000 || /\s/.test(ch)) continue;
    if (draw(ch) === box) out.add(`${sceneKey}: ${ch} (U+${ch.codePointAt(0)?.toString(16).toUpperCase()})`);
  }
  return [...out];
}
