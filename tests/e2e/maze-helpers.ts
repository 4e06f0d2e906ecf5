/**
 * Helpers for the maze browser tests: read `window.__rl.maze`, wait on it, and drive the
 * Tweakpane panel the way a user does (by the labels shown on screen).
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { MazeTestHooks } from '../../src/scenes/maze/test-hooks.ts';

import { gamePixel } from './browser.ts';
import { press, row } from './panel.ts';
import { waitFor } from './wait.ts';

export { choose, notices, numberShown, press, row, setNumber, tab, toggle } from './panel.ts';

type Hooked = { maze: MazeTestHooks };

/** One value of the maze test hooks. */
export function hook<K extends keyof MazeTestHooks>(page: Page, key: K): Promise<MazeTestHooks[K]> {
  return page.evaluate((k) => (window.__rl as unknown as Hooked).maze[k], key) as Promise<MazeTestHooks[K]>;
}

/** Wait until `condition` (a JS expression over `m`, the maze hooks) holds; on timeout, show the hooks. */
export function waitMaze(page: Page, condition: string, timeout = 30_000): Promise<void> {
  return waitFor(page, condition, `rl.maze !== undefined && ((m) => (${condition}))(rl.maze)`, {
    timeout,
    polling: 100,
  });
}

/** Click a slider's track at `fraction` of its width (0 = min, 1 = max). */
export async function slide(page: Page, label: string, fraction: number): Promise<void> {
  const track = row(page, label).locator('.tp-sldv_t');
  await track.scrollIntoViewIfNeeded();
  const box = await track.boundingBox();
  if (!box) throw new Error(`slider ${label} is not visible`);
  await page.mouse.click(box.x + box.width * fraction, box.y + box.height / 2);
}

/** Click Import and hand the file chooser a file (a path, or a name and its text). */
export async function importFile(page: Page, file: string | { name: string; text: string }): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), press(page, 'Import agent…')]);
  expect(await chooser.element().getAttribute('id')).toBe('agent-file-input');
  await page.setInputFiles(
    '#agent-file-input',
    typeof file === 'string'
      ? file
      : { name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) },
  );
}

/** Give the keys back to the game (a text field keeps them after typing), as a user clicks it. */
export async function focusGame(page: Page): Promise<void> {
  await page.locator('#game canvas').click({ position: { x: 20, y: 300 } });
}

export async function clickCell(page: Page, r: number, c: number): Promise<void> {
  const p = await page.evaluate(
    ([rr, cc]) => (window.__rl as unknown as Hooked).maze.cellToClient(rr, cc),
    [r, c],
  );
  await page.mouse.click(p.x, p.y);
}

export async function dragCell(page: Page, from: [number, number], to: [number, number]): Promise<void> {
  const a = await page.evaluate(([r, c]) => (window.__rl as unknown as Hooked).maze.cellToClient(r, c), from);
  const b = await page.evaluate(([r, c]) => (window.__rl as unknown as Hooked).maze.cellToClient(r, c), to);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 4 });
  await page.mouse.move(b.x, b.y, { steps: 4 });
  await page.mouse.up();
}

/** The colour drawn in cell (r, c) (a quarter tile up and left of its centre), read from the game canvas. */
export async function cellPixel(page: Page, r: number, c: number): Promise<[number, number, number]> {
  const p = await page.evaluate(
    ([rr, cc]) => {
      const rl = window.__rl as unknown as {
        game: { canvas: HTMLCanvasElement; scale: { width: number; height: number } };
        maze: { cellToClient(r: number, c: number): { x: number; y: number } };
      };
      const at = rl.maze.cellToClient(rr, cc);
      // A quarter of a tile up and left of the centre: clear of the greedy arrow drawn there.
      const quarter = Math.abs(rl.maze.cellToClient(rr, cc > 0 ? cc - 1 : cc + 1).x - at.x) / 4;
      const rect = rl.game.canvas.getBoundingClientRect();
      return {
        x: Math.round(((at.x - quarter - rect.left) / rect.width) * rl.game.scale.width),
        y: Math.round(((at.y - quarter - rect.top) / rect.height) * rl.game.scale.height),
      };
    },
    [r, c],
  );
  return gamePixel(page, p.x, p.y);
}

export const chroma = ([r, g, b]: [number, number, number]) => Math.max(r, g, b) - Math.min(r, g, b);
