/**
 * Helpers for the reaction–diffusion browser tests: read `window.__rl.rd`, wait on it, drive the
 * Tweakpane panel by the labels on screen, and read the game canvas's pixels.
 */
import type { Page } from 'playwright-core';
import type { RdTestHooks } from '../../src/scenes/rd/test-hooks.ts';
import { englishWords } from './english.ts';
import { waitFor } from './wait.ts';

export { choose, notices, numberShown, press, row, setNumber, tab, toggle } from './panel.ts';
export { frames } from './wait.ts';

type Hooked = { rd: RdTestHooks };

/** One value of the hooks. */
export function rd<K extends keyof RdTestHooks>(page: Page, key: K): Promise<RdTestHooks[K]> {
  return page.evaluate((k) => (window.__rl as unknown as Hooked).rd[k], key) as Promise<RdTestHooks[K]>;
}

/** u (or v) of every cell, row-major. */
export function fieldOf(page: Page, which: 'u' | 'v' = 'u'): Promise<number[]> {
  return page.evaluate((w) => (window.__rl as unknown as Hooked).rd.field(w), which);
}

/** Wait until `condition` (a JS expression over `r`, the RD hooks) holds; on timeout, show the hooks. */
export function waitRd(page: Page, condition: string, timeout = 15_000): Promise<void> {
  return waitFor(page, condition, `rl.rd !== undefined && ((r) => (${condition}))(rl.rd)`, { timeout });
}

/**
 * Pixels of a rectangle of the game canvas (game coordinates = canvas pixels), sampled on an
 * n×n grid of points at the centres of n×n equal cells: [r, g, b] per point, row-major.
 */
export async function samplePixels(
  page: Page,
  area: { x: number; y: number; w: number; h: number },
  n: number,
): Promise<Uint8Array> {
  const data = await page.evaluate(
    ([a, count]) => {
      const src = document.querySelector('#game canvas') as HTMLCanvasElement;
      const c = document.createElement('canvas');
      c.width = src.width;
      c.height = src.height;
      const ctx = c.getContext('2d') as CanvasRenderingContext2D;
      ctx.drawImage(src, 0, 0);
      const img = ctx.getImageData(a.x, a.y, a.w, a.h).data;
      const out: number[] = [];
      for (let j = 0; j < count; j++) {
        for (let i = 0; i < count; i++) {
          const px = Math.floor(((i + 0.5) / count) * a.w);
          const py = Math.floor(((j + 0.5) / count) * a.h);
          const k = 4 * (py * a.w + px);
          out.push(img[k], img[k + 1], img[k + 2]);
        }
      }
      return out;
    },
    [area, n] as const,
  );
  return Uint8Array.from(data);
}

/** Luminance (Rec. 709) of [r, g, b] triples. */
export function luminance(rgb: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < rgb.length; i += 3)
    out.push(0.2126 * rgb[i] + 0.7152 * rgb[i + 1] + 0.0722 * rgb[i + 2]);
  return out;
}

export function variance(xs: number[]): number {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length;
}

/** Drag the mouse from one cell to another (cell coordinates), optionally with Shift held. */
export async function dragCells(
  page: Page,
  from: [number, number],
  to: [number, number],
  shift = false,
): Promise<void> {
  const a = await page.evaluate(([x, y]) => (window.__rl as unknown as Hooked).rd.cellToClient(x, y), from);
  const b = await page.evaluate(([x, y]) => (window.__rl as unknown as Hooked).rd.cellToClient(x, y), to);
  if (shift) await page.keyboard.down('Shift');
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(b.x, b.y, { steps: 8 });
  await page.mouse.up();
  if (shift) await page.keyboard.up('Shift');
}

/**
 * English words on screen: the visible text of the top bar, the side column and the notices, and
 * the game's canvas texts (tests/e2e/english.ts allows names and maths). Logs the text when any.
 */
export async function englishOnScreen(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const seen = ['#topbar', '#side', '#notices']
      // biome-ignore lint/performance/useDomNodeTextContent: the visible text is what is checked
      .map((id) => (document.querySelector(id) as HTMLElement | null)?.innerText ?? '')
      .join('\n');
    return [seen, ...(window.__rl?.canvasTexts() ?? [])].join('\n');
  });
  const words = englishWords(text);
  if (words.length) console.log('English left:', words.join(' '), '\n---\n', text);
  return words;
}
