/**
 * Accessibility in Chromium with axe-core: each scene (menu, maze, jump, Lorenz, reaction–diffusion, Lab)
 * at desktop size, with its help overlay open once, has no serious or critical violation (names,
 * contrast to WCAG AA, landmarks, ARIA). The counts of every impact are printed, so moderate and
 * minor findings show up in the log too. One page for the whole file; axe is injected once (the
 * scenes change by hash, not by reload).
 */
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type OpenPage, openPage, waitForScene } from './browser.ts';
import { frames } from './wait.ts';

const SCENES = [
  { hash: '', key: 'MenuScene', name: 'menu' },
  { hash: 'maze', key: 'MazeScene', name: 'maze' },
  { hash: 'jump', key: 'JumpScene', name: 'jump' },
  { hash: 'lorenz', key: 'LorenzScene', name: 'lorenz' },
  { hash: 'reaction-diffusion', key: 'ReactionDiffusionScene', name: 'reaction-diffusion' },
  { hash: 'lab', key: 'LabScene', name: 'lab' },
] as const;

/** What a violation is reported as: its rule, impact and the first few elements it names. */
interface Finding {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

interface Audit {
  findings: Finding[];
  unsure: number;
}

const require = createRequire(import.meta.url);
const axeSource: string = require('axe-core').source;

let browser: Browser;
let shell: OpenPage;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  shell = await openPage(browser);
  page = shell.page;
  await page.addScriptTag({ content: axeSource });
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Run axe on the whole document: the violations, shortened for the message, and how many texts
 * axe could not judge for contrast (over an image, a gradient or a canvas: checked by eye).
 */
async function audit(p: Page): Promise<Audit> {
  const results = (await p.evaluate(() =>
    (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<unknown> } }).axe.run(document, {
      resultTypes: ['violations'],
    }),
  )) as AxeResults;
  const unsure = results.incomplete.find((r) => r.id === 'color-contrast')?.nodes.length ?? 0;
  const findings = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? 'unknown',
    help: v.help,
    nodes: v.nodes
      .slice(0, 4)
      .map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1] ?? ''}`.trim()),
  }));
  return { findings, unsure };
}

function counts(findings: Finding[]): Record<string, number> {
  const out: Record<string, number> = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  for (const f of findings) out[f.impact] = (out[f.impact] ?? 0) + 1;
  return out;
}

describe('accessibility (axe-core)', () => {
  it('no scene has a serious or critical violation, with or without its help open', async () => {
    const severe: Record<string, Finding[]> = {};
    const summary: string[] = [];
    for (const scene of SCENES) {
      await page.evaluate((h) => {
        location.hash = h;
      }, scene.hash);
      await waitForScene(page, scene.key);
      await frames(page, 3);
      const views: [string, Audit][] = [[scene.name, await audit(page)]];
      // The help overlay once, over the maze (the same card in every scene).
      if (scene.key === 'MazeScene') {
        await page.keyboard.press('?');
        await page.waitForFunction(() => document.getElementById('help-overlay')?.hidden === false);
        views.push([`${scene.name} + help`, await audit(page)]);
        await page.keyboard.press('Escape');
        await page.waitForFunction(() => document.getElementById('help-overlay')?.hidden === true);
      }
      for (const [where, { findings, unsure }] of views) {
        const c = counts(findings);
        summary.push(
          `${where}: ${c.critical} critical, ${c.serious} serious, ${c.moderate} moderate, ${c.minor} minor; contrast not judged: ${unsure}` +
            (findings.length ? ` (${findings.map((f) => `${f.id}/${f.impact}`).join(', ')})` : ''),
        );
        const bad = findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');
        if (bad.length) severe[where] = bad;
      }
    }
    console.log(`axe summary:\n  ${summary.join('\n  ')}`);
    expect(severe).toEqual({});
    expect(shell.errors).toEqual([]);
  }, 180_000);
});
