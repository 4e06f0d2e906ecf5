/**
 * What the browser benchmarks share: the test build served by `vite preview`, Debian's Chromium,
 * a page opened with settings already stored, the frame counter and the JS heap after a forced GC.
 */
import { type Browser, chromium, type Page } from 'playwright-core';
import { build, type PreviewServer, preview } from 'vite';

/** Frames drawn in one second, counted with requestAnimationFrame (page code as a string). */
export const COUNT_FRAMES = `new Promise((resolve) => {
  let n = 0;
  const t0 = performance.now();
  const tick = () => {
    n++;
    if (performance.now() - t0 < 1000) requestAnimationFrame(tick);
    else resolve((n * 1000) / (performance.now() - t0));
  };
  requestAnimationFrame(tick);
})`;

/**
 * Build the test build (the benches read their figures through `window.__rl`) into its own folder,
 * so a test run building at the same time cannot pull files away, and serve it.
 */
export async function serveTestBuild(
  outDir: string,
  port: number,
): Promise<{ url: string; server: PreviewServer }> {
  await build({ mode: 'test', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    build: { outDir },
    preview: { port, strictPort: false, open: false },
    logLevel: 'warn',
  });
  return { url: server.resolvedUrls?.local[0] ?? `http://localhost:${port}/`, server };
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** Open `hash` with these settings already stored (as a returning user would have them). */
export async function open(
  browser: Browser,
  url: string,
  hash: string,
  storageKey: string,
  settings: object,
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1360, height: 760 } });
  await page.addInitScript(
    ([key, value]) => localStorage.setItem(key as string, value as string),
    [storageKey, JSON.stringify({ state: settings, version: 1 })],
  );
  await page.goto(`${url}#${hash}`);
  return page;
}

/** The JS heap in use, in MB, after a forced garbage collection (CDP). */
export async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN) / 2 ** 20;
}
