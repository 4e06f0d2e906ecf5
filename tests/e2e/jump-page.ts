/** Helpers for the jump scene's browser tests: its test hooks. The panel is driven through panel.ts. */
import type { Page } from 'playwright-core';
import type { JumpTestHooks } from '../../src/scenes/jump/test-hooks.ts';
import { waitFor } from './wait.ts';

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

/** Wait until `fn` on the jump hooks returns true; on timeout, fail with `what` and the hooks. */
export function waitSession<A = undefined>(
  page: Page,
  fn: (s: JumpTestHooks, arg: A) => boolean,
  what: string,
  timeout = 30_000,
  arg?: A,
): Promise<void> {
  return waitFor(page, what, `rl.jump !== undefined && (${fn.toString()})(rl.jump, arg)`, {
    arg: arg ?? null,
    timeout,
    polling: 100,
  });
}

export function theta(page: Page, lane = 0): Promise<number[]> {
  return withSession(page, (s, i) => s.lanes[i].theta, lane);
}
