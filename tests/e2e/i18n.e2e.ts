/**
 * The language of the page shell in Chromium: `?lang=ja` wins over a stored choice; an unknown
 * `?lang` falls back with a notice naming it; the top bar's switch relabels the page at once
 * without a reload and the choice survives one; the menu, the top bar and the help overlay in
 * Japanese carry no English interface words (names and maths may stay, tests/e2e/english.ts).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot, waitForScene } from './browser.ts';
import { englishWords } from './english.ts';

const STORAGE_KEY = 'rl-playground.language';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** What a reader meets in the shell: the texts, and the names and tips of the controls. */
function shellWords(page: Page, ids: string[]): Promise<string> {
  return page.evaluate((list) => {
    const out: string[] = [];
    for (const id of list) {
      const root = document.getElementById(id);
      if (!root) continue;
      out.push(root.textContent ?? '');
      for (const el of [root, ...root.querySelectorAll<HTMLElement>('*')]) {
        // The language list names each language in itself ("English"): that is a name.
        if (el.tagName === 'OPTION') continue;
        for (const attr of ['aria-label', 'title', 'placeholder'])
          if (el.getAttribute(attr)) out.push(el.getAttribute(attr) as string);
      }
    }
    return out.join('\n');
  }, ids);
}

function shellState(page: Page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    select: (document.getElementById('language-select') as HTMLSelectElement).value,
    share: document.getElementById('share-button')?.textContent ?? '',
    marker: (window as unknown as { __marker?: string }).__marker,
  }));
}

describe('language of the shell', () => {
  it('?lang=ja wins over a stored English choice; menu, top bar and help have no English words', async () => {
    const { page, errors } = await openPage(browser, '', undefined, {
      query: 'lang=ja',
      storage: { [STORAGE_KEY]: 'en' },
    });
    await waitForScene(page, 'MenuScene');
    expect(await shellState(page)).toMatchObject({ lang: 'ja', select: 'ja' });
    await page.waitForSelector('#menu-nav button');
    expect(englishWords(await shellWords(page, ['menu-nav', 'topbar']))).toEqual([]);
    await page.keyboard.press('?');
    await page.waitForFunction(() => document.getElementById('help-overlay')?.hidden === false);
    expect(englishWords(await shellWords(page, ['help-overlay']))).toEqual([]);
    await screenshot(page, 'i18n-ja-menu-help');
    await page.keyboard.press('Escape');
    // The top bar and help of a scene, in Japanese too (the scene's own words are its tests' job).
    await page.evaluate(() => {
      location.hash = 'maze';
    });
    await waitForScene(page, 'MazeScene');
    await page.keyboard.press('?');
    await page.waitForFunction(() => document.getElementById('help-overlay')?.hidden === false);
    // The shell's parts: the top bar, the help's title, closing line and its own last two rows.
    const shellRows = await page.evaluate(() =>
      [...document.querySelectorAll('#help-table tr')]
        .slice(-2)
        .map((r) => r.textContent ?? '')
        .join('\n'),
    );
    const words = englishWords(
      [await shellWords(page, ['topbar', 'help-title', 'help-close', 'sheet-button']), shellRows].join('\n'),
    );
    expect(words).toEqual([]);
    expect(englishWords((await page.locator('#help-overlay').getAttribute('aria-label')) ?? '')).toEqual([]);
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('an unknown ?lang falls back with a notice; the switch relabels at once and persists', async () => {
    const { page, errors } = await openPage(browser, '', undefined, { query: 'lang=xx' });
    await waitForScene(page, 'MenuScene');
    // The browser speaks English here, so the fallback is English; the notice names the value.
    expect(await shellState(page)).toMatchObject({ lang: 'en', select: 'en', share: 'Copy link' });
    await expect
      .poll(() => page.locator('#notices .notice').allTextContents())
      .toContainEqual(expect.stringContaining('?lang=xx'));
    // The refused value leaves the address, so a reload does not complain again.
    expect(new URL(page.url()).searchParams.has('lang')).toBe(false);

    // Switch: the page changes at once, the same document (the marker survives).
    await page.evaluate(() => {
      (window as unknown as { __marker: string }).__marker = 'same page';
    });
    const menuBefore = await page.locator('#menu-nav').textContent();
    await page.locator('#language-select').selectOption('ja');
    await expect
      .poll(() => shellState(page))
      .toMatchObject({ lang: 'ja', select: 'ja', marker: 'same page' });
    expect((await shellState(page)).share).not.toBe('Copy link');
    await expect.poll(() => page.locator('#menu-nav').textContent()).not.toBe(menuBefore);
    expect(await page.locator('#menu-nav').textContent()).toContain('Q学習の迷路');
    // The help (hidden, but drawn) relabels too.
    expect(await page.locator('#help-table').textContent()).toContain('クリック');
    expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBe('ja');

    // A reload (no ?lang in the address) keeps the choice.
    await page.reload();
    await waitForScene(page, 'MenuScene');
    expect(await shellState(page)).toMatchObject({ lang: 'ja', select: 'ja', marker: undefined });
    await screenshot(page, 'i18n-ja-after-reload');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
