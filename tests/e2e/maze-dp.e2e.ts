/**
 * The maze's dynamic-programming reference in Chromium: value iteration stepped by key and button
 * (the sweep count and the residual change; after Run, V at S is γ^(L−1)), the optimal overlay
 * switched by O, the distance readout naming its reference (V* or V^π of the ε-greedy policy), the
 * same on a phone in the bottom sheet, and in Japanese. Screenshots: test-output/screenshots/maze-dp-*.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shortestPathLength } from '../../src/envs/maze-layout.ts';
import { catalogOf } from '../../src/i18n/language.ts';
import { DESKTOP, openPage, PHONE, screenshot, useBrowser, waitForScene } from './browser.ts';
import { englishWords } from './english.ts';
import { choose, focusGame, hook, press, setNumber, waitMaze } from './maze-helpers.ts';
import { frames } from './wait.ts';

const browser = useBrowser();

const en = catalogOf('en').maze.dp;
const ja = catalogOf('ja').maze.dp;

const status = (page: Page) =>
  page
    .locator('#maze-dp-status')
    .textContent()
    .then((t) => t ?? '');
const readout = (page: Page) =>
  page
    .locator('#maze-reference')
    .textContent()
    .then((t) => t ?? '');

/** Sweep by key and by button, then run to convergence: V at S must be γ^(L−1) (goal reward 1). */
async function sweepToConvergence(page: Page, sweepButton: string, runButton: string): Promise<void> {
  const before = await status(page);
  await page.keyboard.press('b');
  await waitMaze(page, 'm.optimal.shown && m.optimal.kind === "sweep" && m.optimal.sweeps === 1');
  // One sweep: only G's neighbours have a value (1), so the residual is 1.
  expect(await hook(page, 'optimal')).toMatchObject({ residual: 1, converged: false, shownAtStart: 0 });
  await expect.poll(() => status(page)).not.toBe(before);
  const afterOne = await status(page);
  await press(page, sweepButton);
  await waitMaze(page, 'm.optimal.sweeps === 2');
  await expect.poll(() => status(page)).not.toBe(afterOne);
  await press(page, runButton);
  await waitMaze(page, 'm.optimal.converged');
  const rows = await hook(page, 'rows');
  const gamma = (await hook(page, 'params')).gamma;
  const L = shortestPathLength(rows);
  const o = await hook(page, 'optimal');
  expect(o.shownAtStart).toBeCloseTo(gamma ** (L - 1), 9);
  expect(o.vStarAtStart).toBeCloseTo(gamma ** (L - 1), 9);
}

describe('maze: the dynamic-programming reference', () => {
  it('steps value iteration, switches the optimal overlay, measures the agent against its reference (desktop, phone, ja)', async () => {
    // Desktop, English.
    const { page, errors } = await openPage(browser(), 'maze?speed=300');
    await waitForScene(page, 'MazeScene');
    await waitMaze(page, 'm.mode === "watch"');
    expect((await hook(page, 'optimal')).shown).toBe(false);
    await sweepToConvergence(page, en.panel.sweep, en.panel.run);
    await expect.poll(() => status(page)).toContain(en.panel.converged);
    await frames(page, 3);
    await screenshot(page, 'maze-dp-desktop-vstar');

    // O: back to the agent's values, and to the optimal ones again.
    await focusGame(page);
    await page.keyboard.press('o');
    await waitMaze(page, '!m.optimal.shown');
    await page.keyboard.press('o');
    await waitMaze(page, 'm.optimal.shown');
    // The inspector (I: the agent's cell) gives V*(s) beside the agent's Q.
    await page.keyboard.press('i');
    await expect
      .poll(() => page.locator('#maze-inspector').textContent())
      .toMatch(/optimal value V\*\(s\) = \d/);
    await screenshot(page, 'maze-dp-desktop-inspector');
    await page.keyboard.press('i');

    // Q-learning trains a little: measured against V*, a finite distance over the visited cells.
    await waitMaze(
      page,
      'm.episodes >= 3 && m.optimal.report && m.optimal.report.compared > 5 && Number.isFinite(m.optimal.report.maxError)',
    );
    await expect.poll(() => readout(page)).toContain(en.readout.vsOptimal);
    expect(await readout(page)).toMatch(/max \|V − V_ref\| = \d/);
    await page.locator('#maze-reference').scrollIntoViewIfNeeded();
    await screenshot(page, 'maze-dp-desktop-readout');
    // SARSA: against V^π of its own ε-greedy policy, ε named.
    await choose(page, 'agent', catalogOf('en').maze.agents.sarsa);
    await waitMaze(
      page,
      'm.agentKind === "sarsa" && m.optimal.report?.kind === "on-policy" && m.episodes >= 2',
    );
    await expect.poll(() => readout(page)).toContain(en.readout.vsOnPolicy({ epsilon: '0.10' }));
    // A γ change starts the sweeps again, and the folder says why.
    await page.keyboard.press('b');
    await waitMaze(page, 'm.optimal.kind === "sweep" && m.optimal.sweeps >= 1');
    await setNumber(page, catalogOf('en').maze.panel.gamma, 0.8);
    await waitMaze(page, 'm.params.gamma === 0.8 && m.optimal.resetBy === "gamma" && m.optimal.sweeps === 0');
    await expect.poll(() => status(page)).toContain(en.panel.resetGamma);
    await frames(page, 3);
    await screenshot(page, 'maze-dp-desktop-sarsa');
    expect(errors).toEqual([]);

    // Phone: the folder in the bottom sheet, the overlay and the readout fit.
    const phone = await openPage(browser(), 'maze?speed=300', PHONE, { touch: true });
    await waitForScene(phone.page, 'MazeScene');
    await waitMaze(phone.page, 'm.mode === "watch"');
    await phone.page.locator('#sheet-button').click();
    await phone.page.locator('#panel .tp-btnv_b', { hasText: en.panel.sweep }).scrollIntoViewIfNeeded();
    await screenshot(phone.page, 'maze-dp-phone-sheet');
    await press(phone.page, en.panel.sweep);
    await waitMaze(phone.page, 'm.optimal.sweeps === 1');
    await press(phone.page, en.panel.run);
    await waitMaze(phone.page, 'm.optimal.converged && m.optimal.report && m.optimal.report.compared > 3');
    await expect.poll(() => status(phone.page)).toContain(en.panel.converged);
    await phone.page.locator('#maze-reference').scrollIntoViewIfNeeded();
    await expect.poll(() => readout(phone.page)).toContain(en.readout.vsOptimal);
    await screenshot(phone.page, 'maze-dp-phone-readout');
    await phone.page.locator('#sheet-button').click();
    await frames(phone.page, 3);
    await screenshot(phone.page, 'maze-dp-phone-board');
    const o = await hook(phone.page, 'optimal');
    expect(o.shown).toBe(true);
    expect(phone.errors).toEqual([]);

    // Japanese: the same words, none of them English.
    const jp = await openPage(browser(), 'maze?speed=300', DESKTOP, { query: 'lang=ja' });
    await waitForScene(jp.page, 'MazeScene');
    await waitMaze(jp.page, 'm.mode === "watch"');
    for (let i = 0; i < 6; i++) await jp.page.keyboard.press('b');
    await waitMaze(jp.page, 'm.optimal.sweeps === 6 && m.optimal.report && m.optimal.report.compared > 3');
    await expect.poll(() => readout(jp.page)).toContain(ja.readout.vsOptimal);
    expect(await status(jp.page)).toContain('スイープ 6 回');
    expect(englishWords(`${await status(jp.page)}\n${await readout(jp.page)}`)).toEqual([]);
    await frames(jp.page, 3);
    await screenshot(jp.page, 'maze-dp-ja-sweeps');
    expect(jp.errors).toEqual([]);
  });
});
