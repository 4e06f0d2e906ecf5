/**
 * `npm run bench:soak [-- --minutes 10]`: does Turbo keep its memory flat over a long run?
 * Runs the maze in Turbo ('bench10') and then the jump scene in Turbo with Compare, each for
 * `--minutes` (default 10) in Debian's Chromium, on the test build. Every `--every` seconds it
 * forces a garbage collection (CDP HeapProfiler.collectGarbage) and reads the JS heap in use
 * (Performance.getMetrics → JSHeapUsedSize), then fits a least-squares line through the samples.
 *
 * Reported per scene: the heap slope in MB per minute (flat ≈ 0), the heap at the start and the
 * end, the frame rate over the last second, and how far training got (so a stalled worker cannot
 * pass for a flat heap).
 */
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { COUNT_FRAMES, heapMb, launch, open, serveTestBuild } from './chromium.ts';

interface SoakResult {
  heapStartMb: number;
  heapEndMb: number;
  slopeMbPerMin: number;
  fpsAtEnd: number;
  trainedEpisodes: number;
}

/** Least-squares slope of y against x. */
export function slope(xs: number[], ys: number[]): number {
  const n = xs.length;
  if (n < 2) return 0;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i] / n;
    my += ys[i] / n;
  }
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
  }
  return sxx === 0 ? 0 : sxy / sxx;
}

async function soak(
  browser: Browser,
  url: string,
  setup: { hash: string; storageKey: string; settings: object; episodes: string },
  minutes: number,
  everySeconds: number,
): Promise<SoakResult> {
  const page = await open(browser, url, setup.hash, setup.storageKey, setup.settings);
  await page.waitForFunction('window.__rl && window.__rl.activeScene() !== undefined');
  // Let the worker start and the charts fill their first buffers before the first sample.
  await page.waitForFunction(`(${setup.episodes}) > 0`, undefined, { timeout: 60_000 });
  const t0 = Date.now();
  const times: number[] = [];
  const heaps: number[] = [];
  const firstEpisodes = Number(await page.evaluate(setup.episodes));
  for (;;) {
    const minutesIn = (Date.now() - t0) / 60_000;
    times.push(minutesIn);
    heaps.push(await heapMb(page));
    process.stderr.write(
      `  ${setup.hash}: ${minutesIn.toFixed(1)} min, heap ${heaps[heaps.length - 1].toFixed(2)} MB\n`,
    );
    if (minutesIn >= minutes) break;
    await page.waitForTimeout(Math.min(everySeconds * 1000, (minutes - minutesIn) * 60_000 + 10));
  }
  const fpsAtEnd = (await page.evaluate(COUNT_FRAMES)) as number;
  const trainedEpisodes = Number(await page.evaluate(setup.episodes)) - firstEpisodes;
  await page.close();
  return {
    heapStartMb: heaps[0],
    heapEndMb: heaps[heaps.length - 1],
    slopeMbPerMin: slope(times, heaps),
    fpsAtEnd,
    trainedEpisodes,
  };
}

async function main(): Promise<number> {
  let values: { minutes?: string; every?: string };
  try {
    ({ values } = parseArgs({
      options: { minutes: { type: 'string' }, every: { type: 'string' } },
      strict: true,
    }));
  } catch (e) {
    process.stderr.write(`error: ${(e as Error).message}\n`);
    return 2;
  }
  const minutes = values.minutes === undefined ? 10 : Number(values.minutes);
  const every = values.every === undefined ? 30 : Number(values.every);
  if (!(minutes > 0 && minutes <= 600)) {
    process.stderr.write(`error: --minutes must be a number of minutes in (0, 600], got ${values.minutes}\n`);
    return 2;
  }
  if (!(every >= 1 && every <= 3600)) {
    process.stderr.write(`error: --every must be a number of seconds in [1, 3600], got ${values.every}\n`);
    return 2;
  }
  const { url, server } = await serveTestBuild('dist-bench-soak', 4191);
  const browser = await launch();
  const results: Record<string, number> = {};
  try {
    const { MAZE_SETTINGS_DEFAULTS } = await import('../src/state/maze-settings.ts');
    const maze = await soak(
      browser,
      url,
      {
        hash: 'maze',
        storageKey: 'rl-playground/maze-settings',
        settings: { ...MAZE_SETTINGS_DEFAULTS, preset: 'bench10', mode: 'turbo' },
        episodes: 'window.__rl.maze.episodes',
      },
      minutes,
      every,
    );
    const { JUMP_SETTINGS_DEFAULTS } = await import('../src/state/jump-settings.ts');
    const jump = await soak(
      browser,
      url,
      {
        hash: 'jump',
        storageKey: 'rl-playground/jump-settings',
        settings: { ...JUMP_SETTINGS_DEFAULTS, mode: 'turbo', compare: true },
        episodes: 'window.__rl.jump.episodes',
      },
      minutes,
      every,
    );
    for (const [name, r] of [
      ['maze_turbo', maze],
      ['jump_turbo_compare', jump],
    ] as const) {
      results[`${name}_heap_slope_mb_per_min`] = r.slopeMbPerMin;
      results[`${name}_heap_start_mb`] = r.heapStartMb;
      results[`${name}_heap_end_mb`] = r.heapEndMb;
      results[`${name}_fps_at_end`] = r.fpsAtEnd;
      results[`${name}_episodes_trained`] = r.trainedEpisodes;
    }
  } finally {
    await browser.close();
    await server.close();
  }
  process.stdout.write(`soak: ${minutes} min per scene, a sample every ${every} s\n`);
  for (const [k, v] of Object.entries(results)) {
    process.stdout.write(`${k.padEnd(40)} ${Math.abs(v) >= 1e5 ? v.toExponential(3) : v.toFixed(3)}\n`);
  }
  return 0;
}

process.exitCode = await main();
