/**
 * Every built-in experiment in the Lab, in Japanese, at its reduced counts: it runs to the end in
 * the page, draws each of its charts (the analytic one too) with no English words on screen and no
 * console errors. Screenshots: test-output/screenshots/lab-preset-<id>.png, looked at by eye.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LabTestHooks } from '../../src/scenes/lab/test-hooks.ts';
import { findPreset, PRESET_IDS } from '../../src/train/experiment/presets/index.ts';
import { launchBrowser, openPage, screenshot, waitForScene } from './browser.ts';
import { englishWords } from './english.ts';
import { waitFor } from './wait.ts';

let browser: Browser;
let page: Page;
let errors: string[];

const hook = <T>(fn: (h: LabTestHooks) => T): Promise<T> =>
  page.evaluate(`(${fn.toString()})(window.__rl.lab)`) as Promise<T>;

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page, errors } = await openPage(browser, 'lab', { width: 1360, height: 900 }, { query: 'lang=ja' }));
  await waitForScene(page, 'LabScene');
});
afterAll(async () => {
  await browser?.close();
});

describe('every built-in experiment in the Lab (ja, reduced counts)', () => {
  for (const id of PRESET_IDS) {
    it(`${id}: runs, draws its charts, no English`, async () => {
      await page.evaluate((h) => {
        location.hash = h;
      }, `lab?preset=${id}&quick=1`);
      await waitFor(
        page,
        `${id} ready`,
        (rl, arg) => rl.lab?.phase === 'idle' && (rl.lab.source as { preset?: string })?.preset === arg,
        {
          arg: id,
          timeout: 30_000,
        },
      );
      await page.locator('#lab-run').click({ force: true });
      await waitFor(page, `${id} done`, (rl) => rl.lab?.phase === 'done', { timeout: 300_000, polling: 200 });
      const preset = findPreset(id);
      expect(await hook((h) => h.charts)).toBe(preset?.charts.length);
      const text = await page.evaluate(() =>
        ['#topbar', '#side', '#lab-view']
          // biome-ignore lint/performance/useDomNodeTextContent: the visible text is what is checked
          .map((s) => (document.querySelector(s) as HTMLElement).innerText)
          .join('\n'),
      );
      await screenshot(page, `lab-preset-${id}`);
      const names = new Set(['sarsa', 'learning', 'expected']);
      expect(englishWords(text).filter((w) => !names.has(w.toLowerCase()))).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});
