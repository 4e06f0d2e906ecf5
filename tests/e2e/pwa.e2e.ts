/**
 * The production site is an installable, offline page: served from a sub-path, it registers its
 * service worker, which precaches the site; then, with the network gone (the browser offline and
 * the server closed), a reload still shows the menu and a scene whose code was never fetched
 * before opens from the cache. The production build has no test hooks: the checks read the DOM.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, screenshot } from './browser.ts';
import { productionSite, type SiteServer, serveSite } from './production-site.ts';

const SUB_PATH = '/sub/dir/';

let browser: Browser;
let server: SiteServer | undefined;
beforeAll(async () => {
  const [site, b] = await Promise.all([productionSite(), launchBrowser()]);
  browser = b;
  server = await serveSite(site, SUB_PATH);
}, 180_000);
afterAll(async () => {
  await server?.close();
  await browser?.close();
});

describe('offline page (PWA)', () => {
  it('from a sub-path: the service worker takes the page, and offline the menu and a scene still open', async () => {
    const url = server?.url ?? '';
    const context = await browser.newContext({ viewport: DESKTOP, serviceWorkers: 'allow' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    try {
      await page.goto(url);
      await page.locator('#menu-nav button').first().waitFor({ timeout: 30_000 });
      // The manifest the browser installs from, with its icons, resolved under the sub-path.
      const manifest = await page.evaluate(async () => {
        const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
        const res = await fetch(link?.href ?? '');
        return { href: link?.href, ...(await res.json()) } as {
          href: string;
          name: string;
          icons: unknown[];
        };
      });
      expect(manifest.href).toBe(`${url}manifest.webmanifest`);
      expect(manifest.name).toBe('RL Playground');
      expect(manifest.icons.length).toBeGreaterThanOrEqual(2);

      // Installed (the whole site precached) and in control of this page, with its scope the sub-path.
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
        timeout: 60_000,
      });
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      expect(scope).toBe(url);

      // No network at all: the browser is offline and the server is gone.
      await context.setOffline(true);
      await server?.close();
      server = undefined;
      await page.reload();
      // Five cards: maze, jump, Lorenz, reaction–diffusion and the Lab.
      await page.locator('#menu-nav button').nth(4).waitFor({ timeout: 30_000 });
      expect(await page.locator('#menu-nav button').count()).toBe(5);
      await screenshot(page, 'pwa-offline-menu');

      // Lorenz: its chunk, its worker and its panel's code were never fetched by this page.
      await page.locator('#menu-nav button[data-card="menu-card-lorenz"]').click();
      await page.waitForFunction(() => location.hash === '#lorenz');
      await page.waitForFunction(
        () =>
          document.getElementById('menu-nav') === null && document.getElementById('panel')?.childElementCount,
        null,
        { timeout: 30_000 },
      );
      expect(await page.locator('#scene-title').textContent()).toBe('Lorenz attractor');
      expect(await page.title()).toBe('Lorenz attractor · RL Playground');
      expect(await page.locator('#notices .notice.error').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
