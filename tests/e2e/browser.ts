/**
 * Browser-test helpers: Debian's Chromium through playwright-core, with every console error and
 * page error collected so a test can fail on them, and screenshots saved under test-output/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { frames, waitFor } from './wait.ts';

export const OUTPUT_DIR = join(process.cwd(), 'test-output', 'screenshots');

/** Harmless noise: Phaser's software-WebGL warnings and Chromium's own GPU chatter. */
const IGNORED = [
  /GPU stall due to ReadPixels/i,
  /WebGL.*performance warning/i,
  /Automatic fallback to software WebGL/i,
];

export interface OpenPage {
  page: Page;
  /** Console errors and page errors seen so far. */
  errors: string[];
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
    ],
  });
}

/**
 * One browser for a test file, launched before its tests and closed after them; each test's pages
 * are closed after it (a page left behind keeps training, and a Turbo worker takes a core).
 * Returns the browser's getter.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    for (const context of browser?.contexts() ?? []) await context.close();
  });
  return () => {
    if (!browser) throw new Error('useBrowser: the browser is launched in beforeAll');
    return browser;
  };
}

export interface OpenOptions {
  /** Query string put before the hash, without the "?" (e.g. "lang=ja"). */
  query?: string;
  /** Emulate a touch screen (hasTouch, isMobile): `(hover: none)` and `(pointer: coarse)` match. */
  touch?: boolean;
  /** Values put in localStorage before the page's own scripts run. */
  storage?: Record<string, string>;
}

export const DESKTOP = { width: 1360, height: 760 };
export const PHONE = { width: 390, height: 844 };
export const TABLET = { width: 768, height: 1024 };

/** The page's address for a hash route and query. */
export function pageUrl(hash = '', query = ''): string {
  return `${inject('baseUrl')}${query ? `?${query}` : ''}${hash ? `#${hash}` : ''}`;
}

export async function openPage(
  browser: Browser,
  hash = '',
  viewport = DESKTOP,
  options: OpenOptions = {},
): Promise<OpenPage> {
  const context = await browser.newContext({
    viewport,
    acceptDownloads: true,
    hasTouch: options.touch ?? false,
    isMobile: options.touch ?? false,
  });
  if (options.storage) {
    await context.addInitScript((entries) => {
      for (const [k, v] of Object.entries(entries)) window.localStorage.setItem(k, v);
    }, options.storage);
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !IGNORED.some((r) => r.test(msg.text())))
      errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  await page.goto(pageUrl(hash, options.query));
  await waitFor(page, 'the game to boot', (rl) => rl.game.isBooted, { timeout: 30_000 });
  return { page, errors };
}

/** Wait until the named scene is the active one and has drawn a few frames. */
export async function waitForScene(page: Page, key: string, timeout = 30_000): Promise<void> {
  await waitFor(page, `the scene ${key}`, (rl, k) => rl.activeScene() === k, { arg: key, timeout });
  await frames(page, 3);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const path = join(OUTPUT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Read a pixel of the game canvas (WebGL or Canvas) as [r, g, b]. */
export async function gamePixel(page: Page, x: number, y: number): Promise<[number, number, number]> {
  return page.evaluate(
    ([px, py]) =>
      new Promise<[number, number, number]>((resolve) => {
        const g = window.__rl?.game;
        g?.renderer.snapshotPixel(px, py, (c) => {
          const col = c as unknown as { r: number; g: number; b: number };
          resolve([col.r, col.g, col.b]);
        });
      }),
    [x, y],
  );
}

/** The top bar's title and the page's (tab) title. */
export async function titles(page: Page): Promise<[string, string]> {
  return [(await page.locator('#scene-title').textContent()) ?? '', await page.title()];
}
