/**
 * The reaction–diffusion scene in Chromium: one page, driven like a user (panel labels, mouse,
 * keys), checked through `window.__rl.rd` and the canvas pixels. Every panel control is used at
 * least once (see the comment on each step). Screenshots go to test-output/screenshots/rd-*.png.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RdTestHooks } from '../../src/scenes/rd/test-hooks.ts';
import { launchBrowser, openPage, PHONE, screenshot, TABLET, waitForScene } from './browser.ts';
import { englishWords } from './english.ts';
import {
  choose,
  dragCells,
  englishOnScreen,
  fieldOf,
  frames,
  luminance,
  notices,
  numberShown,
  press,
  rd,
  samplePixels,
  setNumber,
  tab,
  toggle,
  variance,
  waitRd,
} from './rd-helpers.ts';

const SCENE = 'ReactionDiffusionScene';
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page, errors } = await openPage(browser, ''));
  await waitForScene(page, 'MenuScene');
});
afterAll(async () => {
  await browser?.close();
});

/** The settings store's values (persisted under its name in localStorage). */
async function settingsOf(p: Page): Promise<Record<string, unknown>> {
  return p.evaluate(() => {
    const raw = localStorage.getItem('rl-playground/rd-settings');
    return raw ? (JSON.parse(raw) as { state: Record<string, unknown> }).state : {};
  });
}

async function blur(p: Page): Promise<void> {
  await p.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/** Where the field's cell (cx, cy) is drawn, as [r, g, b]. */
async function cellPixel(cx: number, cy: number): Promise<number[]> {
  const a = await rd(page, 'mainArea');
  const n = (await rd(page, 'grid'))?.width ?? 1;
  const x = Math.floor(a.x + ((cx + 0.5) / n) * a.w);
  const y = Math.floor(a.y + ((cy + 0.5) / n) * a.h);
  return Array.from(await samplePixels(page, { x, y, w: 1, h: 1 }, 1));
}

describe('reaction–diffusion scene', () => {
  it('is listed in the menu and opens sim 3 at #reaction-diffusion', async () => {
    const cards = await page.evaluate(() => window.__rl?.menu?.cards);
    expect(cards).toContain('menu-card-reaction-diffusion');
    await page.evaluate(() => {
      location.hash = '#reaction-diffusion';
    });
    await waitForScene(page, SCENE);
    await waitRd(page, "r.sim === 'sim3' && r.kind === 'pde' && r.t > 0");
    expect(await page.evaluate(() => location.hash)).toBe('#reaction-diffusion/3');
    expect(await rd(page, 'grid')).toMatchObject({ width: 160, height: 160, boundary: 'periodic' });
    expect(await page.locator('#scene-title').textContent()).toMatch(/Reaction–diffusion · Sim 3/);
    // The help overlay lists the scene's controls.
    await page.keyboard.press('?');
    expect(await page.locator('#help-table').textContent()).toMatch(/paint: add activator u under the brush/);
    await screenshot(page, 'rd-help');
    await page.keyboard.press('?');
    expect(await page.locator('#help-overlay').isVisible()).toBe(false);
  });

  // Controls: steps / frame, Pause.
  it('sim 3 forms a Turing pattern: pixel variance and a dominant period ≈ 13 cells', async () => {
    await setNumber(page, 'steps / frame', 200);
    await waitRd(page, 'r.t >= 1.2', 20_000); // visible by t ≈ 0.75 (SPEC §4)
    const m = await rd(page, 'measured');
    expect(m.stepsPerFrame).toBeGreaterThan(10); // the frame budget may cap 200, but it runs fast
    await press(page, 'Pause (Space)');
    await waitRd(page, 'r.paused');
    await frames(page, 3);
    const shot = await screenshot(page, 'rd-sim3-pattern');
    expect(shot).toMatch(/rd-sim3-pattern\.png$/);
    // Rendered canvas: one sample per cell centre of the 160×160 field.
    const area = await rd(page, 'mainArea');
    const lum = luminance(await samplePixels(page, area, 160));
    const v = variance(lum);
    expect(Math.sqrt(v)).toBeGreaterThan(30); // a high-contrast pattern, not a flat field (0–255 scale)
    const fromPixels = await page.evaluate(
      (values) =>
        (
          window.__rl as unknown as { rd: { spectrumOf: (...a: unknown[]) => { wavelength: number } } }
        ).rd.spectrumOf(values, 160, 160, 0.1),
      lum,
    );
    // Field values through the hooks, spectrum computed by the scene's worker.
    await page.evaluate(() =>
      (window.__rl as unknown as { rd: { requestSpectrum(): void } }).rd.requestSpectrum(),
    );
    const t = await rd(page, 't');
    await waitRd(page, `r.spectrum && r.spectrum.t === ${t}`);
    const fromField = (await rd(page, 'spectrum'))!;
    console.log(
      `sim 3 at t = ${t.toFixed(3)}: pixel std ${Math.sqrt(v).toFixed(1)}, wavelength from pixels ${fromPixels.wavelength.toFixed(3)} ` +
        `(${(fromPixels.wavelength / 0.1).toFixed(1)} cells), from the field ${fromField.wavelength.toFixed(3)} (${fromField.cells.toFixed(1)} cells); ` +
        `predicted ${(await rd(page, 'fastestWavelength')).toFixed(3)}; ${m.stepsPerFrame.toFixed(1)} steps/frame, ${m.fps.toFixed(0)} fps`,
    );
    expect(Math.abs(fromField.wavelength - 1.33)).toBeLessThan(0.1);
    expect(Math.abs(fromPixels.wavelength / 0.1 - 13.3)).toBeLessThan(1.5);
    await expect
      .poll(() => page.locator('#rd-status').textContent(), { timeout: 15_000 })
      .toMatch(/wavelength: measured 1\.3\d/);
  });

  // Controls: brush radius, brush amount, the mouse (drag and Shift-drag).
  it('painting with the mouse perturbs the field where it is dragged', async () => {
    await setNumber(page, 'brush radius', 3);
    await setNumber(page, 'brush amount', 0.5);
    const before = await fieldOf(page);
    const pixelBefore = await cellPixel(80, 100);
    await dragCells(page, [40, 100], [120, 100]);
    // The stroke has reached the field (the run is paused: nothing else changes it).
    await waitRd(page, `r.field()[100 * 160 + 80] > ${before[100 * 160 + 80] + 0.4}`);
    await frames(page, 3);
    const after = await fieldOf(page);
    const at = (f: number[], x: number, y: number) => f[y * 160 + x];
    // On the stroke: +0.5 per dab (dabs one radius apart overlap); 6 cells off it: untouched (paused).
    for (const x of [50, 80, 110])
      expect(at(after, x, 100) - at(before, x, 100)).toBeGreaterThanOrEqual(0.49);
    for (const x of [50, 80, 110]) expect(at(after, x, 106)).toBe(at(before, x, 106));
    expect(await cellPixel(80, 100)).not.toEqual(pixelBefore);
    await screenshot(page, 'rd-sim3-painted');
    // Shift-drag removes u along another line.
    await dragCells(page, [40, 40], [120, 40], true);
    await frames(page, 3);
    const erased = await fieldOf(page);
    expect(at(erased, 80, 40) - at(after, 80, 40)).toBeLessThanOrEqual(-0.49);
  });

  // Controls: show field, colour map, noise seed, Re-noise, noise (reset), Reset, grid, Pause (resume), Space.
  it('view and run controls: field, colour map, seed, re-noise, noise, reset, grid size', async () => {
    await choose(page, 'colour map', 'inferno');
    await frames(page, 3);
    // The colour bar's top is the map's brightest colour: inferno ends at #fcffa4.
    const bar = await samplePixels(page, { x: 632 + 9, y: 48 + 30, w: 1, h: 1 }, 1);
    expect(Math.abs(bar[0] - 0xfc) + Math.abs(bar[1] - 0xff) + Math.abs(bar[2] - 0xa4)).toBeLessThan(30);
    await choose(page, 'show field', 'v (inhibitor)');
    await frames(page, 3);
    // Both from the same frame (two reads may straddle a frame of the running field).
    const { shown, vStats } = await page.evaluate(() => {
      const r = (window.__rl as unknown as { rd: RdTestHooks }).rd;
      return { shown: r.range, vStats: r.vStats };
    });
    const range = shown!;
    // The colour range follows v now: its quantiles, inside [min, max] and most of it. The range
    // is the last drawn frame's and the stats the field's now: on a loaded machine the field may
    // have moved on by a step or two, so allow 1 % of the span.
    const slack = 0.01 * (vStats.max - vStats.min);
    expect(range.lo).toBeGreaterThanOrEqual(vStats.min - slack);
    expect(range.hi).toBeLessThanOrEqual(vStats.max + slack);
    expect(range.hi - range.lo).toBeGreaterThan(0.6 * (vStats.max - vStats.min));
    await screenshot(page, 'rd-sim3-inferno-v');
    await choose(page, 'show field', 'u (activator)');
    await choose(page, 'colour map', 'viridis');

    await setNumber(page, 'noise seed', 5);
    await waitRd(page, 'r.t === 0');
    const seeded = await fieldOf(page);
    expect(await rd(page, 'fieldSeed')).toBe(5);
    await press(page, 'Re-noise: new seed (N)');
    await waitRd(page, 'r.t === 0 && r.fieldSeed === 6');
    expect(await numberShown(page, 'noise seed')).toBe('6');
    const renoised = await fieldOf(page);
    expect(renoised).not.toEqual(seeded);
    await blur(page);
    await page.keyboard.press('n'); // the key does the same
    await waitRd(page, 'r.t === 0 && r.fieldSeed === 7');
    expect(await numberShown(page, 'noise seed')).toBe('7');

    // Noise 0 on a 128 grid: the field starts 1 % off the steady state, stays uniform and oscillates
    // (the Node tests follow it onto sim 2's cycle, period ≈ 0.211; here a few swings suffice).
    await tab(page, 'Numerics');
    await choose(page, 'grid', '128×128 (side 12.8)');
    await waitRd(page, 'r.grid.width === 128');
    await tab(page, 'Run');
    await setNumber(page, 'noise (reset)', 0);
    await press(page, 'Reset (R)');
    await press(page, 'Resume (Space)');
    await waitRd(page, 'r.running && r.t > 0.6 && r.period.cycles >= 2', 20_000);
    const [u, period] = await Promise.all([rd(page, 'uStats'), rd(page, 'period')]);
    expect(u.max - u.min).toBeLessThan(1e-6);
    expect(period.max - period.min).toBeGreaterThan(0.005);
    console.log(
      `sim 3 without noise at t ${(await rd(page, 't')).toFixed(2)}: uniform (spread ${(u.max - u.min).toExponential(1)}), ` +
        `swinging ${period.min.toFixed(3)}–${period.max.toFixed(3)}, period so far ${period.period.toFixed(4)}`,
    );
    await screenshot(page, 'rd-sim3-uniform');
    await blur(page);
    await page.keyboard.press(' ');
    await waitRd(page, 'r.paused');
    await setNumber(page, 'noise (reset)', 0.01);
    await tab(page, 'Numerics');
    await choose(page, 'grid', '160×160 (side 16.0)');
    await waitRd(page, 'r.grid.width === 160 && r.t === 0');
    await blur(page);
    await page.keyboard.press(' ');
    await waitRd(page, 'r.running');
  });

  // Controls: dt, unstable dt (all three policies), boundary, Reset.
  it('dt = 0.0005 is subdivided and says so; refused under "refuse"; blows up and pauses under "run anyway"', async () => {
    await tab(page, 'Numerics');
    // Out of range: clamped to the largest dt, with the reason in words (not the validator's).
    await setNumber(page, 'dt', 0.5);
    await waitRd(page, 'r.dt === 0.01');
    expect(await numberShown(page, 'dt')).toBe('0.01000');
    const said = await notices(page);
    expect(
      said.some((n) => /(^|: )dt must be at most 0\.01 \(.*stability limit.*\); set to 0\.01\./.test(n)),
    ).toBe(true);
    expect(said.some((n) => /settings: refused|Too big|expected number/.test(n))).toBe(false);
    await setNumber(page, 'dt', 0.0005);
    await waitRd(page, 'r.substeps === 2 && r.dt === 0.0005');
    // The notice first: notices go by themselves after a few seconds, and 20 frames on a loaded
    // machine can take longer than that.
    const subdivided =
      /dt = 0\.0005 is over the explicit-Euler stability limit 0\.0004964: running each step as 2 substeps of 0\.00025/;
    expect((await notices(page)).some((n) => subdivided.test(n))).toBe(true);
    await frames(page, 20);
    const note = await rd(page, 'stabilityNote');
    expect(note).toMatch(
      /dt = 0\.0005 exceeds the explicit-Euler stability limit 0\.000496.*2 substeps of 0\.00025/,
    );
    await expect
      .poll(() => page.locator('#rd-alert').textContent(), { timeout: 15_000 })
      .toMatch(/^Note: dt = 0\.0005 exceeds/);
    const banner = await page.evaluate(() => {
      const b = window.__rl?.game.scene
        .getScene('ReactionDiffusionScene')
        .children.getByName('rd-banner') as unknown as { text: string; visible: boolean } | null;
      return b && { text: b.text, visible: b.visible };
    });
    expect(banner?.visible).toBe(true);
    expect(banner?.text).toMatch(/substeps/);
    expect(await rd(page, 'blowUp')).toBe('');
    await screenshot(page, 'rd-sim3-dt-subdivided');

    await setNumber(page, 'dt', 0.0004);
    await waitRd(page, 'r.substeps === 1 && r.stabilityNote === ""');
    await choose(page, 'unstable dt', 'refuse (say why)');
    await setNumber(page, 'dt', 0.0005);
    await waitRd(page, "r.refusal !== ''");
    await frames(page, 20);
    expect(await rd(page, 'dt')).toBe(0.0004);
    expect(await numberShown(page, 'dt')).toBe('0.00040');
    await expect
      .poll(() => page.locator('#rd-alert').textContent(), { timeout: 15_000 })
      .toMatch(/^Refused: dt = 0\.0005 exceeds/);
    expect((await notices(page)).some((n) => n.includes('Refused: dt = 0.0005'))).toBe(true);
    await screenshot(page, 'rd-sim3-dt-refused');

    await choose(page, 'unstable dt', 'run anyway (blows up)');
    await setNumber(page, 'dt', 0.0005);
    // From fresh noise the checkerboard grows ×1.015 per step from ~1e-4: a blow-up by t ≈ 0.75.
    await press(page, 'Reset (R)');
    await waitRd(page, "r.blowUp !== ''", 25_000);
    await frames(page, 20);
    expect(await rd(page, 'running')).toBe(false);
    expect(await rd(page, 'blowUp')).toMatch(
      /Blow-up stopped the run at t ≈ 0\.[5-9]\d* \(step \d+\): [uv] = /,
    );
    await expect
      .poll(() => page.locator('#rd-alert').textContent(), { timeout: 15_000 })
      .toMatch(/^Stopped: Blow-up/);
    const stopped = /(^|: )Blow-up stopped the run at t ≈ 0\.\d+ \(step \d+\): [uv] = .*Reset to continue/;
    expect((await notices(page)).some((n) => stopped.test(n))).toBe(true);
    await screenshot(page, 'rd-sim3-blowup');

    await setNumber(page, 'dt', 0.0004);
    await choose(page, 'unstable dt', 'subdivide (say so)');
    await choose(page, 'boundary', 'no-flux');
    await waitRd(page, "r.grid.boundary === 'no-flux'");
    await press(page, 'Reset (R)');
    await waitRd(page, "r.running && r.blowUp === '' && r.t > 0.05");
    expect(await page.locator('#rd-alert').isHidden()).toBe(true);
  });

  // Controls: every Model row (a, b, c, r, K, n, Hill form, D_u, D_v, literal 5.0 Δu), Load preset.
  it('model parameters take effect live, and Load preset restores sim 3', async () => {
    await tab(page, 'Model');
    const edits: [string, number, string][] = [
      ['a (Hill/v)', 22, 'a'],
      ['b (decay)', 85, 'b'],
      ['c (basal)', 1.1, 'c'],
      ['r (v rate)', 28, 'r'],
      ['K', 0.21, 'K'],
      ['n', 2.2, 'n'],
      ['D_u', 0.6, 'Du'],
      ['D_v', 4, 'Dv'],
    ];
    for (const [label, value] of edits) await setNumber(page, label, value);
    await frames(page, 3);
    const p = await rd(page, 'params');
    for (const [, value, key] of edits) expect(p[key]).toBeCloseTo(value, 9);
    // D_v = 4 moves the fastest mode: the dispersion relation follows the live parameters.
    expect(await rd(page, 'fastestWavelength')).not.toBeCloseTo(1.32, 2);

    await choose(page, 'Hill form', 'uⁿ/(Kⁿ+uⁿ)');
    await waitRd(page, "r.params.hill === 'Kn'");
    expect(await rd(page, 'steady')).toBeGreaterThan(0.4); // ≈ 0.466 at the preset values
    await page.locator('#rd-note', { hasText: 'stable focus' }).waitFor({ timeout: 2000 });
    await toggle(page, 'literal 5.0 Δu');
    await waitRd(page, 'r.params.crossDiffusion === true');
    await page.locator('#rd-note', { hasText: 'Literal reading' }).waitFor({ timeout: 2000 });
    expect(await page.locator('#panel textarea.tp-mllv_i').inputValue()).toMatch(/typo for 5\.0 Δv/);
    await screenshot(page, 'rd-sim3-model-tab');

    await press(page, 'Load preset (P)');
    await waitRd(page, "r.params.hill === 'K' && r.params.crossDiffusion === false && r.params.Dv === 5");
    expect(await rd(page, 'params')).toMatchObject({
      a: 20,
      b: 80,
      c: 1,
      r: 30,
      K: 0.2,
      n: 2,
      Du: 0.5,
      Dv: 5,
    });
    expect(await rd(page, 'dt')).toBe(0.0004);
    expect((await rd(page, 'grid'))?.boundary).toBe('periodic');
  });

  // Controls: simulation, sim-time / s, dt (ODE), r, key 2.
  it('sims 1 and 2: phase plane and u, v time series; periods ≈ 0.256 and 0.211; r changes the period', async () => {
    await choose(page, 'simulation', 'Sim 1: oscillator (r = 20)');
    await waitRd(page, "r.sim === 'sim1' && r.kind === 'ode'");
    expect(await page.evaluate(() => location.hash)).toBe('#reaction-diffusion/1');
    await setNumber(page, 'sim-time / s', 5);
    // The orbit spirals out of the steady state onto the cycle by t ≈ 2.5 (the period meter averages 6 cycles).
    await waitRd(page, 'r.t > 2.6 && r.period.cycles >= 6', 20_000);
    const p1 = await rd(page, 'period');
    expect(Math.abs(p1.period / 0.256 - 1)).toBeLessThan(0.03);
    expect(p1.min).toBeLessThan(0.03);
    expect(p1.max).toBeGreaterThan(1);
    expect(await rd(page, 'seriesLength')).toBeGreaterThan(300);
    expect(await page.locator('#rd-chart-series canvas').count()).toBeGreaterThan(0);
    // The state dot is drawn where the phase plane puts (u, v).
    await press(page, 'Pause (Space)');
    await frames(page, 3);
    const dot = await page.evaluate(() => {
      const r = (
        window.__rl as unknown as {
          rd: { ode: { u: number; v: number }; phasePoint(u: number, v: number): { x: number; y: number } };
        }
      ).rd;
      return r.phasePoint(r.ode.u, r.ode.v);
    });
    const px = await samplePixels(page, { x: Math.round(dot.x), y: Math.round(dot.y), w: 1, h: 1 }, 1);
    expect(Math.min(px[0], px[1], px[2])).toBeGreaterThan(200);
    await screenshot(page, 'rd-sim1');
    await tab(page, 'Numerics');
    await setNumber(page, 'dt', 0.00025);
    await waitRd(page, 'r.dt === 0.00025');
    await press(page, 'Resume (Space)');

    await page.keyboard.press('2');
    await waitRd(page, "r.sim === 'sim2'");
    await waitRd(page, 'r.t > 2.6 && r.period.cycles >= 6', 20_000);
    const p2 = await rd(page, 'period');
    expect(Math.abs(p2.period / 0.211 - 1)).toBeLessThan(0.03);
    await screenshot(page, 'rd-sim2');

    await tab(page, 'Model');
    const tChange = await rd(page, 't');
    await setNumber(page, 'r (v rate)', 20);
    await waitRd(page, `r.params.r === 20 && r.t > ${tChange + 2} && r.period.cycles >= 6`, 20_000);
    const p3 = await rd(page, 'period');
    expect(Math.abs(p3.period / 0.256 - 1)).toBeLessThan(0.03);
    console.log(
      `periods: sim 1 ${p1.period.toFixed(4)} (u ${p1.min.toFixed(3)}–${p1.max.toFixed(3)}), sim 2 ${p2.period.toFixed(4)}, sim 2 with r = 20 ${p3.period.toFixed(4)}`,
    );
    await blur(page); // the r field keeps the focus after Enter: scene keys are off while typing
    await page.keyboard.press('p');
    await waitRd(page, 'r.params.r === 30');
    // Keys: ] and [ change the speed by ×1.5, Space pauses, R resets, 3 goes back to sim 3.
    await page.keyboard.press(']');
    await expect.poll(() => numberShown(page, 'sim-time / s')).toBe('7.50');
    await page.keyboard.press('[');
    await expect.poll(() => numberShown(page, 'sim-time / s')).toBe('5.00');
    await page.keyboard.press(' ');
    await waitRd(page, 'r.paused');
    await page.keyboard.press('r');
    await waitRd(page, 'r.t === 0');
    await page.keyboard.press('3');
    await waitRd(page, "r.sim === 'sim3' && r.kind === 'pde'");
    expect(errors).toEqual([]);
  });

  it('switching to Japanese mid-run relabels everything, leaves no English and keeps the run going', async () => {
    await page.evaluate(() => {
      location.hash = '#reaction-diffusion/3';
    });
    await waitForScene(page, SCENE);
    await waitRd(page, "r.sim === 'sim3' && !r.paused && r.t > 0");
    const before = await rd(page, 't');
    const seriesBefore = await rd(page, 'seriesLength');
    await page.selectOption('#language-select', 'ja');
    await waitRd(page, `r.t > ${before + 0.1}`); // still running (slow on a loaded machine)
    expect(await rd(page, 'seriesLength')).toBeGreaterThanOrEqual(seriesBefore); // the chart's data stayed
    await expect
      .poll(() => page.evaluate(() => window.__rl?.canvasTexts().join('\n') ?? ''))
      .toMatch(/シミュレーション 3：チューリングパターン/);
    await expect
      .poll(() => page.locator('#rd-chart-spectrum .chart-title').textContent())
      .toMatch(/パワースペクトル/);
    const left = new Set<string>();
    for (const title of ['実行', 'モデル', '数値計算']) {
      await tab(page, title);
      for (const w of await englishOnScreen(page)) left.add(w);
    }
    await page.keyboard.press('?');
    // The visible text, cell by cell (textContent would run the key into its action: "Rt = 0").
    const help = await page.locator('#help-overlay').evaluate((e: HTMLElement) => e.innerText);
    for (const w of englishWords(help)) left.add(w);
    await page.keyboard.press('?');
    // The stability note and its notice in Japanese.
    await setNumber(page, 'dt', 0.0005);
    await waitRd(page, 'r.substeps === 2');
    await expect
      .poll(() => page.locator('#rd-alert').textContent())
      .toMatch(/^注意：dt = 0\.0005 は陽的オイラー法/);
    expect((await notices(page)).join('\n')).toMatch(/2 分割/);
    for (const w of await englishOnScreen(page)) left.add(w);
    await screenshot(page, 'rd-ja');
    await setNumber(page, 'dt', 0.0004);
    await waitRd(page, 'r.substeps === 1');
    expect([...left]).toEqual([]);
    await page.selectOption('#language-select', 'en');
    await expect
      .poll(() => page.evaluate(() => window.__rl?.canvasTexts().join('\n') ?? ''))
      .toMatch(/Sim 3: Turing pattern/);
    await screenshot(page, 'rd-en');
    expect(errors).toEqual([]);
  });

  it('Copy link carries the settings: a new document rebuilds them; a bad value falls back with a warning', async () => {
    await page.selectOption('#language-select', 'en');
    await tab(page, 'Run');
    await setNumber(page, 'noise seed', 7);
    await setNumber(page, 'brush radius', 8);
    await choose(page, 'colour map', 'inferno');
    await tab(page, 'Numerics');
    await choose(page, 'boundary', 'no-flux');
    await waitRd(page, "r.fieldSeed === 7 && r.grid.boundary === 'no-flux'");
    const wanted = await settingsOf(page);
    const url = (await page.evaluate(() => window.__rl?.shareUrl())) as string;
    expect(url).toMatch(/#reaction-diffusion\/3\?/);
    expect(url).toMatch(/seed=7/);
    // Back to other values, then the link as a new document: it alone rebuilds the setup.
    await choose(page, 'boundary', 'periodic');
    await tab(page, 'Run');
    await choose(page, 'colour map', 'viridis');
    await setNumber(page, 'noise seed', 1);
    await setNumber(page, 'brush radius', 5);
    await page.goto(url);
    await waitForScene(page, SCENE, 60_000);
    await waitRd(page, "r.grid !== null && r.grid.boundary === 'no-flux'", 30_000);
    expect(await settingsOf(page)).toEqual(wanted);

    await page.evaluate(() => {
      location.hash = '#reaction-diffusion/3?seed=-5&brushRadius=9';
    });
    await waitRd(page, 'r.fieldSeed === 1');
    expect((await settingsOf(page)).brushRadius).toBe(9);
    await expect.poll(async () => (await notices(page)).join('\n')).toMatch(/seed=-5.*uses 1/);
    expect(errors).toEqual([]);
  });

  it('on a touch phone: a finger paints u on the field; the sheet holds panel and charts; no sideways scroll', async () => {
    await page.evaluate(() => {
      location.hash = ''; // only one simulation runs on the machine
    });
    const phone = await openPage(browser, 'reaction-diffusion/3', PHONE, { touch: true });
    const p = phone.page;
    try {
      await waitForScene(p, SCENE, 60_000);
      await waitRd(p, "r.sim === 'sim3' && r.grid !== null && r.t > 0.01", 30_000);
      await p.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await p.keyboard.press(' '); // paused: only the finger changes the field
      await waitRd(p, 'r.paused');
      const n = (await rd(p, 'grid'))?.width ?? 160;
      const row = Math.floor(n / 2);
      const cells = Array.from({ length: 20 }, (_, i) => row * n + 40 + i * 4);
      const before = await fieldOf(p);
      const client = (x: number, y: number) =>
        p.evaluate(([cx, cy]) => (window.__rl as unknown as { rd: RdTestHooks }).rd.cellToClient(cx, cy), [
          x,
          y,
        ] as [number, number]);
      const from = await client(40, row);
      const to = await client(120, row);
      const cdp = await p.context().newCDPSession(p);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ ...from, id: 1 }] });
      for (let k = 1; k <= 8; k++) {
        const q = { x: from.x + ((to.x - from.x) * k) / 8, y: from.y, id: 1 };
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [q] });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await expect
        .poll(async () => {
          const after = await fieldOf(p);
          return cells.reduce((sum, i) => sum + (after[i] - before[i]), 0) / cells.length;
        })
        .toBeGreaterThan(0.1);
      const sideways = () => p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(await sideways()).toBeLessThanOrEqual(0);
      await screenshot(p, 'rd-phone');
      await p.locator('#sheet-button').click();
      await expect.poll(() => p.locator('#side').isVisible()).toBe(true);
      for (const id of ['#rd-chart-series', '#rd-chart-spectrum']) {
        expect((await p.locator(id).boundingBox())?.width ?? 999).toBeLessThanOrEqual(PHONE.width);
      }
      expect(await sideways()).toBeLessThanOrEqual(0);
      await p.selectOption('#language-select', 'ja');
      await screenshot(p, 'rd-phone-sheet-ja');
      await p.locator('#sheet-button').click();
      await p.setViewportSize(TABLET);
      await expect.poll(sideways).toBeLessThanOrEqual(0);
      await screenshot(p, 'rd-tablet-ja');
      expect(phone.errors).toEqual([]);
    } finally {
      await p.context().close();
    }
  }, 240_000);
});
