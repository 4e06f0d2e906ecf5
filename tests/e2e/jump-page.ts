/** Helpers for the jump scene's browser tests: its panel controls, its test hooks and notices. */
import type { Page } from 'playwright-core';
import type { JumpTestHooks } from '../../src/scenes/jump/test-hooks.ts';

const row = (label: string) => `#jump-panel .tp-lblv:has(.tp-lblv_l:text-is("${label}"))`;

/** Type into a number field (or a slider's text box) of the panel and commit it. */
export async function setField(page: Page, label: string, value: string | number): Promise<void> {
  const input = page.locator(`${row(label)} input.tp-txtv_i`);
  await input.fill(String(value));
  await input.press('Enter');
}

/** Pick an option of a list control of the panel by its visible label. */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.locator(`${row(label)} select`).selectOption({ label: option });
}

export async function toggle(page: Page, label: string): Promise<void> {
  // The input itself is hidden behind Tweakpane's drawn box: click its label.
  await page.locator(`${row(label)} label.tp-ckbv_l`).click();
}

export async function button(page: Page, title: string): Promise<void> {
  await page.locator('#jump-panel button.tp-btnv_b', { hasText: title }).click();
}

/** Evaluate `fn` with the jump scene's test hooks (read-only views and commands). */
export function withSession<T, A = undefined>(
  page: Page,
  fn: (s: JumpTestHooks, arg: A) => T,
  arg?: A,
): Promise<T> {
  return page.evaluate(
    ([src, a]) => {
      const s = window.__rl?.jump;
      if (!s) throw new Error('no jump scene hooks');
      return new Function('s', 'a', `return (${src})(s, a);`)(s, a) as T;
    },
    [fn.toString(), arg] as [string, A | undefined],
  );
}

/** Poll `fn` on the session until it returns true (or fail after `timeout` ms with `what`). */
export async function waitSession<A = undefined>(
  page: Page,
  fn: (s: JumpTestHooks, arg: A) => boolean,
  what: string,
  timeout = 30_000,
  arg?: A,
): Promise<void> {
  const t0 = Date.now();
  while (Date.now() - t0 < timeout) {
    if (await withSession(page, fn, arg)) return;
    await page.waitForTimeout(100);
  }
  const state = await withSession(page, (s) =>
    JSON.stringify({
      mode: s.mode,
      episodes: s.episodes,
      paused: s.paused,
      switching: s.switching,
      turbo: s.turboRunning,
      speed: s.settings.speed,
      phase: s.track.phase,
      frame: window.__rl?.game.loop.frame,
    }),
  );
  throw new Error(`timed out after ${timeout} ms waiting for: ${what} (session: ${state})`);
}

export function theta(page: Page, lane = 0): Promise<number[]> {
  return withSession(page, (s, i) => s.lanes[i].theta, lane);
}

/** The notices shown at the bottom left. */
export function notices(page: Page): Promise<string[]> {
  return page.locator('#notices .notice').allTextContents();
}
