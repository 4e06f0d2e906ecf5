/**
 * `sb63_full_page_s`: Figure 6.3 at full counts (5 000 interim runs, 10 runs × 100 000 episodes
 * asymptotic, 30 conditions each) run in the Lab scene on the page's Web Worker pool (the default
 * size, `navigator.hardwareConcurrency`), timed from the Run click to the last run folded.
 * Target ≤ 120 s on this 2-core machine.
 */
import type { Browser } from 'playwright-core';
import { planExperiment } from '../src/train/experiment/plan.ts';
import { findPreset } from '../src/train/experiment/presets/index.ts';

export async function labFullPage(browser: Browser, url: string): Promise<Record<string, number>> {
  const page = await browser.newPage({ viewport: { width: 1360, height: 760 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${url}#lab?preset=sb-6.3`);
  // Runs over both parts and all their conditions (150 300 at the preset's counts).
  const total = (findPreset('sb-6.3')?.parts ?? []).reduce(
    (s, p) => s + planExperiment(p.spec).conditions.length * p.spec.runs,
    0,
  );
  await page.waitForFunction(
    `window.__rl && window.__rl.lab && window.__rl.lab.runsTotal === ${total}`,
    undefined,
    {
      timeout: 60_000,
    },
  );
  const t0 = performance.now();
  await page.locator('#lab-run').click();
  await page.waitForFunction(
    `window.__rl.lab.phase === 'done' || window.__rl.lab.phase === 'failed'`,
    undefined,
    {
      timeout: 900_000,
      polling: 250,
    },
  );
  const seconds = (performance.now() - t0) / 1000;
  const phase = await page.evaluate('window.__rl.lab.phase');
  const status = await page.evaluate('window.__rl.lab.status');
  await page.close();
  if (phase !== 'done' || errors.length > 0)
    throw new Error(`sb-6.3 in the page: ${status} ${errors.join('; ')}`);
  process.stderr.write(`sb-6.3 in the page: ${status}\n`);
  return { sb63_full_page_s: seconds };
}
