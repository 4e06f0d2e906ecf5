/**
 * `npm run bench:browser`: the playground's frame rate and training speed in Debian's Chromium
 * (software WebGL here), measured on the built page:
 * - the maze in Watch at top speed (1M steps/s asked): fps and on-page steps/s;
 * - the maze in Turbo on 'bench10': fps on the page and steps/s in the worker;
 * - the jump scene in Turbo with the baseline comparison on;
 * - scene cycles: every scene opened and left through the URL, 30 times over, with the JS heap
 *   (after a forced garbage collection, over the Chrome DevTools Protocol) at the menu before the
 *   first visit, after the first cycle and after the last: a clean lifecycle keeps it flat.
 * - the Lab: Figure 6.3 at full counts run in the page (`sb63_full_page_s`, bench/lab-page.ts).
 * `--only speed`, `--only cycles` or `--only lab` runs one part.
 * Each fps and speed figure is the median of per-second samples over 10 s, after a 3 s warm-up.
 */
import type { Browser, Page } from 'playwright-core';
import { COUNT_FRAMES, heapMb, launch, open, serveTestBuild } from './chromium.ts';
import { labFullPage } from './lab-page.ts';
import { median } from './timing.ts';

const WARMUP_MS = 3000;

const SAMPLES = 10;

/** Per-second frame counts from requestAnimationFrame, plus a value read from the page each second. */
async function sample(page: Page, read: string): Promise<{ fps: number; value: number }> {
  await page.waitForFunction('window.__rl && window.__rl.activeScene() !== undefined');
  await page.waitForTimeout(WARMUP_MS);
  const fps: number[] = [];
  const values: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    // Page code goes as strings: tsx would wrap functions in helpers the page does not have.
    const frames = (await page.evaluate(COUNT_FRAMES)) as number;
    const r = { frames, value: Number(await page.evaluate(read)) };
    fps.push(r.frames);
    values.push(r.value);
  }
  return { fps: median(fps), value: median(values) };
}

const CYCLES = 30;
const CYCLE_SCENES = [
  ['maze', 'MazeScene'],
  ['jump', 'JumpScene'],
  ['lorenz', 'LorenzScene'],
  ['reaction-diffusion', 'ReactionDiffusionScene'],
  ['lab', 'LabScene'],
] as const;

/** JS heap in use after a full garbage collection, MB. */
/** Open `hash`, let the scene draw a few frames, go back to the menu. */
async function cycleOnce(page: Page, hash: string, key: string): Promise<void> {
  await page.evaluate(`location.hash = ${JSON.stringify(hash)}`);
  await page.waitForFunction(`window.__rl.activeScene() === ${JSON.stringify(key)}`, undefined, {
    timeout: 60_000,
  });
  const frame = Number(await page.evaluate('window.__rl.game.loop.frame'));
  await page.waitForFunction(`window.__rl.game.loop.frame >= ${frame + 5}`, undefined, { timeout: 60_000 });
  await page.evaluate(`location.hash = ''`);
  await page.waitForFunction(`window.__rl.activeScene() === 'MenuScene'`, undefined, { timeout: 60_000 });
}

/** The heap at the menu before any scene, after one cycle through them all, and after `CYCLES`. */
async function sceneCycles(browser: Browser, url: string): Promise<Record<string, number>> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 700 } });
  await page.goto(url);
  await page.waitForFunction(`window.__rl && window.__rl.activeScene() === 'MenuScene'`);
  const before = await heapMb(page);
  let afterFirst = Number.NaN;
  const t0 = performance.now();
  for (let c = 1; c <= CYCLES; c++) {
    for (const [hash, key] of CYCLE_SCENES) await cycleOnce(page, hash, key);
    if (c === 1) afterFirst = await heapMb(page);
  }
  const after = await heapMb(page);
  const seconds = (performance.now() - t0) / 1000;
  await page.close();
  return {
    [`scene_cycles_${CYCLES}_heap_before_mb`]: before,
    scene_cycles_heap_after_1_mb: afterFirst,
    [`scene_cycles_heap_after_${CYCLES}_mb`]: after,
    scene_cycles_growth_per_cycle_kb: ((after - afterFirst) * 1024) / (CYCLES - 1),
    scene_cycles_seconds: seconds,
  };
}

async function main(): Promise<void> {
  const { url, server } = await serveTestBuild('dist-bench', 4190);
  const browser = await launch();
  const results: Record<string, number> = {};
  // `--only speed`, `--only cycles` or `--only lab` runs one part.
  const at = process.argv.indexOf('--only');
  const only = at >= 0 ? process.argv[at + 1] : null;
  try {
    if (only === null || only === 'speed') await speeds(browser, url, results);
    if (only === null || only === 'cycles') Object.assign(results, await sceneCycles(browser, url));
    if (only === null || only === 'lab') Object.assign(results, await labFullPage(browser, url));
  } finally {
    await browser.close();
    await server.close();
  }
  for (const [k, v] of Object.entries(results)) {
    process.stdout.write(`${k.padEnd(36)} ${v >= 1e5 ? v.toExponential(3) : v.toFixed(1)}\n`);
  }
}

/** Frame rate and training speed: the maze in Watch and Turbo, the jump scene in Turbo with Compare. */
async function speeds(browser: Browser, url: string, results: Record<string, number>): Promise<void> {
  const { MAZE_SETTINGS_DEFAULTS } = await import('../src/state/maze-settings.ts');
  const mazeKey = 'rl-playground/maze-settings';
  const base = { ...MAZE_SETTINGS_DEFAULTS, preset: 'bench10' as const, showVisits: false };

  let page = await open(browser, url, 'maze', mazeKey, { ...base, mode: 'watch', speed: 1_000_000 });
  let r = await sample(page, 'window.__rl.maze.measured.stepsPerSecond');
  results.maze_watch_fps = r.fps;
  results.maze_watch_steps_per_s = r.value;
  await page.close();

  page = await open(browser, url, 'maze', mazeKey, { ...base, mode: 'turbo' });
  r = await sample(page, 'window.__rl.maze.turbo.stepsPerSecond');
  results.maze_turbo_fps = r.fps;
  results.maze_turbo_worker_steps_per_s = r.value;
  await page.close();

  const { JUMP_SETTINGS_DEFAULTS } = await import('../src/state/jump-settings.ts');
  page = await open(browser, url, 'jump', 'rl-playground/jump-settings', {
    ...JUMP_SETTINGS_DEFAULTS,
    mode: 'turbo',
    compare: true,
  });
  r = await sample(page, 'window.__rl.jump.turbo.stepsPerSecond');
  results.jump_turbo_compare_fps = r.fps;
  results.jump_turbo_compare_worker_steps_per_s = r.value;
  await page.close();
}

await main();
