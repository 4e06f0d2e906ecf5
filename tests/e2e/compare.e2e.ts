/**
 * "Compare over N seeds" in Chromium: in the maze (desktop, English) a small comparison runs to the
 * end, its chart and verdict appear while the scene keeps training, and a larger one cancelled
 * midway keeps the runs that finished; the same in the jump scene in Japanese (no English words in
 * the dialog); and in the maze on a phone (390×844), where the dialog fits the screen. One page
 * per case; screenshots in test-output/screenshots/compare-*.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { catalogOf } from '../../src/i18n/language.ts';
import { DESKTOP, openPage, PHONE, screenshot, useBrowser, waitForScene } from './browser.ts';
import { englishWords } from './english.ts';
import { hook, press, waitMaze } from './maze-helpers.ts';
import { waitFor } from './wait.ts';

const browser = useBrowser();
const en = catalogOf('en').compare;
const ja = catalogOf('ja').compare;

const dialogState = (page: Page) =>
  page.evaluate(() => {
    const d = document.getElementById('compare-dialog') as HTMLDialogElement | null;
    return {
      open: d?.open ?? false,
      state: d?.dataset.state ?? '',
      runsDone: Number(d?.dataset.runsDone ?? 0),
      status: document.getElementById('compare-status')?.textContent ?? '',
      verdict: document.getElementById('compare-verdict')?.textContent ?? '',
      kind: document.getElementById('compare-verdict')?.dataset.kind ?? '',
      canvases: document.querySelectorAll('#compare-chart canvas').length,
      legend: document.querySelector('#compare-chart .compare-legend')?.textContent ?? '',
    };
  });

function waitDialog(page: Page, what: string, condition: string, timeout = 60_000): Promise<void> {
  return waitFor(
    page,
    what,
    `(() => { const d = document.getElementById('compare-dialog'); return d !== null && (${condition}); })()`,
    { timeout, polling: 100 },
  );
}

/** Fill the form (the dialog's own fields) and press Run. */
async function runComparison(
  page: Page,
  o: { runs: number; episodes: number; b?: string; param?: string; run: string },
): Promise<void> {
  if (o.param) await page.locator('#compare-param').selectOption(o.param);
  if (o.b !== undefined) await page.locator('#compare-b').fill(o.b);
  await page.locator('#compare-runs').fill(String(o.runs));
  await page.locator('#compare-episodes').fill(String(o.episodes));
  await page.locator('#compare-run', { hasText: o.run }).click();
}

/** A finished run, then a long one cancelled after a few runs: both leave a chart and a verdict. */
async function runAndCancel(page: Page, w: typeof en, shot: string): Promise<void> {
  await runComparison(page, { runs: 6, episodes: 60, run: w.run });
  await waitDialog(page, 'the comparison to finish', "d.dataset.state === 'done'");
  let s = await dialogState(page);
  expect(s.runsDone).toBe(12);
  expect(s.canvases).toBeGreaterThan(0);
  expect(['higher', 'lower', 'overlap', 'identical']).toContain(s.kind);
  expect(s.verdict.length).toBeGreaterThan(20);
  expect(s.legend).toContain('A: ');
  expect(s.legend).toContain('B: ');
  await screenshot(page, `${shot}-done`);

  // A long one, cancelled once a few runs are in: what finished stays, with its verdict.
  await runComparison(page, { runs: 1000, episodes: 500, run: w.run });
  await waitDialog(page, 'a few runs of the long comparison', 'Number(d.dataset.runsDone) >= 6');
  // Filling in: the chart and the count of runs so far while it runs.
  const mid = await dialogState(page);
  expect(mid.state).toBe('running');
  expect(mid.canvases).toBeGreaterThan(0);
  expect(mid.status).toContain('2000');
  expect(
    await page.evaluate(() => document.getElementById('compare-dialog')?.contains(document.activeElement)),
  ).toBe(true);
  await page.locator('#compare-cancel', { hasText: w.cancel }).click();
  await waitDialog(page, 'the cancel', "d.dataset.state === 'cancelled'");
  s = await dialogState(page);
  expect(s.runsDone).toBeGreaterThanOrEqual(6);
  expect(s.runsDone).toBeLessThan(2000);
  expect(s.status).toBe(w.cancelled({ done: s.runsDone, total: 2000 }));
  expect(s.canvases).toBeGreaterThan(0);
  expect(s.kind).not.toBe('');
  await screenshot(page, `${shot}-cancelled`);
}

describe('compare over N seeds', () => {
  it('maze (desktop): runs A against B on its own workers, the scene keeps training; cancel keeps results', async () => {
    const { page, errors } = await openPage(browser(), 'maze?speed=300', DESKTOP);
    await waitForScene(page, 'MazeScene');
    await waitMaze(page, 'm.mode === "watch"');
    await press(page, en.open);
    await waitDialog(page, 'the dialog', 'd.open');
    // Condition A is what the panel shows: ε 0.1 now, B suggested at 0.5.
    expect(await page.locator('#compare-a').textContent()).toBe('0.1');
    expect(await page.locator('#compare-b').inputValue()).toBe('0.5');
    // A B equal to A is refused with a reason, before anything runs.
    await page.locator('#compare-b').fill('0.1');
    await page.locator('#compare-run').click();
    expect(await page.locator('#compare-problem').textContent()).toBe(en.problems['value-same']);
    expect((await dialogState(page)).state).toBe('idle');
    await page.locator('#compare-b').fill('0.5');
    const before = await hook(page, 'steps');
    await runAndCancel(page, en, 'compare-maze-desktop');
    // ε 0.5 explores five times as often: more steps per episode, a real difference at 6 seeds.
    await runComparison(page, { runs: 6, episodes: 200, run: en.run });
    await waitDialog(page, 'the ε comparison', "d.dataset.state === 'done'");
    expect((await dialogState(page)).kind).toBe('higher');
    await screenshot(page, 'compare-maze-desktop-epsilon');
    // The scene trained on meanwhile (its own steps), its agent's ε untouched by the comparison.
    expect(await hook(page, 'steps')).toBeGreaterThan(before);
    expect((await hook(page, 'params')).epsilon).toBe(0.1);
    // Another algorithm as B: a list in place of the number, A named as the panel names it.
    await page.locator('#compare-param').selectOption('agentKind');
    await expect.poll(() => page.locator('#compare-b-choice').isVisible()).toBe(true);
    expect(await page.locator('#compare-b').isVisible()).toBe(false);
    expect(await page.locator('#compare-a').textContent()).toBe(catalogOf('en').maze.agents['q-learning']);
    await page.locator('#compare-b-choice').selectOption('sarsa');
    await runComparison(page, { runs: 4, episodes: 50, run: en.run });
    await waitDialog(page, 'the algorithm comparison', "d.dataset.state === 'done'");
    expect((await dialogState(page)).legend).toContain(
      `B: ${en.params.agentKind} = ${catalogOf('en').maze.agents.sarsa}`,
    );
    await screenshot(page, 'compare-maze-desktop-sarsa');
    await page.locator('#compare-close').click();
    await waitFor(page, 'the dialog to close', () => document.getElementById('compare-dialog') === null);
    expect(errors).toEqual([]);
  });

  it('maze (desktop): Open in Lab lands in the Lab with the comparison loaded, ready to run there', async () => {
    const { page, errors } = await openPage(browser(), 'maze', DESKTOP);
    await waitForScene(page, 'MazeScene');
    await press(page, en.open);
    await waitDialog(page, 'the dialog', 'd.open');
    await page.locator('#compare-b').fill('0.5');
    await page.locator('#compare-runs').fill('5');
    await page.locator('#compare-episodes').fill('20');
    await expect.poll(() => page.locator('#compare-open-lab').textContent()).toBe(en.openLab);
    await screenshot(page, 'compare-open-lab-dialog');
    await page.locator('#compare-open-lab').click();
    await waitForScene(page, 'LabScene');
    expect(await page.evaluate(() => document.getElementById('compare-dialog'))).toBeNull();
    expect(await page.evaluate(() => location.hash)).toMatch(/^#lab\?spec=/);
    await waitFor(page, 'the Lab with the spec', 'rl.lab !== undefined && rl.lab.runsTotal === 10', {
      timeout: 30_000,
    });
    const source = (await page.evaluate(() => window.__rl?.lab?.source)) as {
      kind: string;
      spec: {
        name: string;
        env: { id: string };
        runs: number;
        episodes: number;
        agents: { grid?: object }[];
      };
    };
    expect(source.kind).toBe('custom');
    // Titled in the dialog's words (the Lab shows a built spec's name as its title).
    expect(source.spec.name).toBe(`${en.title}: ${en.params.epsilon} 0.1 → 0.5`);
    expect(source.spec).toMatchObject({ runs: 5, episodes: 20, agents: [{ grid: { epsilon: [0.1, 0.5] } }] });
    // Run there: the table shows the two conditions, each over its 5 runs.
    await page.locator('#lab-run').click();
    await waitFor(page, 'the Lab run', "rl.lab.phase === 'done'", { timeout: 60_000 });
    const rows = (await page.evaluate(() => window.__rl?.lab?.table())) as string[];
    expect(rows.slice(1)).toHaveLength(2);
    expect(rows[1]).toMatch(/0\.1/);
    expect(rows[2]).toMatch(/0\.5/);
    await screenshot(page, 'compare-open-lab-landed');
    expect(errors).toEqual([]);
  });

  it('jump (desktop, Japanese): the same, every word Japanese', async () => {
    const { page, errors } = await openPage(browser(), 'jump', DESKTOP, { query: 'lang=ja' });
    await waitForScene(page, 'JumpScene');
    await page.locator('#panel .tp-btnv_b', { hasText: ja.open }).click();
    await waitDialog(page, 'the dialog', 'd.open');
    // REINFORCE's η first; success first among the measures.
    expect(await page.locator('#compare-param').inputValue()).toBe('learningRate');
    expect(await page.locator('#compare-metric').inputValue()).toBe('success');
    await runAndCancel(page, ja, 'compare-jump-ja');
    // Every text node on its own (labels, options, the hidden list's too), so no two run together.
    const text = await page.locator('#compare-dialog').evaluate((d: HTMLElement) => {
      const walker = document.createTreeWalker(d, NodeFilter.SHOW_TEXT);
      const parts: string[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push(n.textContent ?? '');
      return parts.join(' \n ');
    });
    expect(englishWords(text)).toEqual([]);
    await page.keyboard.press('Escape');
    await waitFor(
      page,
      'Escape to close the dialog',
      () => document.getElementById('compare-dialog') === null,
    );
    expect(errors).toEqual([]);
  });

  it('phone (390×844): the dialog opens from the bottom sheet and fits the screen', async () => {
    const { page, errors } = await openPage(browser(), 'maze', PHONE, { touch: true });
    await waitForScene(page, 'MazeScene');
    await page.locator('#sheet-button').click();
    await press(page, en.open);
    await waitDialog(page, 'the dialog', 'd.open');
    await runComparison(page, { runs: 4, episodes: 50, run: en.run });
    await waitDialog(page, 'the comparison to finish', "d.dataset.state === 'done'");
    const box = await page.locator('#compare-dialog').boundingBox();
    expect(box?.width).toBeLessThanOrEqual(PHONE.width);
    const fits = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('#compare-dialog *')].every(
        (e) => e.getBoundingClientRect().right <= window.innerWidth + 0.5,
      ),
    );
    expect(fits).toBe(true);
    await screenshot(page, 'compare-maze-phone');
    await page.locator('#compare-verdict').scrollIntoViewIfNeeded();
    await screenshot(page, 'compare-maze-phone-verdict');
    expect(errors).toEqual([]);
  });
});
