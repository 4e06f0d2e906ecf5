/**
 * The one wait of the browser tests: poll a condition in the page (over `window.__rl`, the test
 * hooks) until it holds; on timeout, fail with what was awaited and what the hooks showed then.
 * No fixed sleeps where a condition can be awaited; `frames` waits for the game to draw.
 */
import type { Page } from 'playwright-core';
import type { TestHooks } from '../../src/scenes/test-hooks.ts';

export interface WaitOptions<A> {
  /** A JSON value handed to the condition (it runs in the page: no closures). */
  arg?: A;
  /** ms; 15 s unless told. */
  timeout?: number;
  /** ms between two checks in the page, or every animation frame (the default: no page timers). */
  polling?: number | 'raf';
}

/**
 * Wait until `condition(rl, arg)` is truthy in the page. `condition` is a function (serialized: it
 * sees only its arguments) or a JS expression over `rl` and `arg`.
 */
export async function waitFor<A = null>(
  page: Page,
  what: string,
  condition: ((rl: TestHooks, arg: A) => unknown) | string,
  options: WaitOptions<A> = {},
): Promise<void> {
  const { timeout = 15_000, polling = 'raf' } = options;
  const source = typeof condition === 'string' ? `(rl, arg) => (${condition})` : condition.toString();
  try {
    await page.waitForFunction(
      ([src, arg]) => {
        const rl = window.__rl;
        if (!rl) return false;
        return Boolean(new Function('rl', 'arg', `return (${src})(rl, arg);`)(rl, arg));
      },
      [source, options.arg ?? null] as const,
      { timeout, polling },
    );
  } catch (e) {
    const seen = await hooksSnapshot(page).catch((err: Error) => `(hooks unreadable: ${err.message})`);
    throw new Error(
      `timed out after ${timeout} ms waiting for: ${what}\n  condition: ${source}\n  hooks: ${seen}\n  (${(e as Error).message.split('\n')[0]})`,
    );
  }
}

/**
 * What the hooks show now: the active scene, the frame count, and every plain value of each scene's
 * hooks that is installed (objects cut short), for the message of a failed wait.
 */
export function hooksSnapshot(page: Page): Promise<string> {
  return page.evaluate(() => {
    const rl = window.__rl as unknown as Record<string, unknown> & TestHooks;
    if (!rl) return 'window.__rl is not set';
    const out: Record<string, unknown> = {
      activeScene: rl.activeScene(),
      frame: rl.game.loop.frame,
      lifecycle: rl.lifecycle?.counts(),
    };
    const plain = (v: unknown, depth: number): unknown => {
      if (v === null || typeof v !== 'object') return typeof v === 'function' ? undefined : v;
      if (ArrayBuffer.isView(v)) return `[${(v as unknown as ArrayLike<number>).length} numbers]`;
      if (depth === 0) return Array.isArray(v) ? `[${v.length} items]` : '{…}';
      if (Array.isArray(v)) return v.length > 12 ? `[${v.length} items]` : v.map((x) => plain(x, depth - 1));
      const o: Record<string, unknown> = {};
      for (const k of Object.keys(v as object)) {
        try {
          o[k] = plain((v as Record<string, unknown>)[k], depth - 1);
        } catch {
          o[k] = '(unreadable)';
        }
      }
      return o;
    };
    for (const scene of ['menu', 'maze', 'jump', 'lorenz', 'rd']) {
      const hooks = rl[scene] as Record<string, unknown> | undefined;
      if (!hooks) continue;
      const values: Record<string, unknown> = {};
      // Getters live on the object itself (hooks) or on its prototype chain (a session).
      const keys = new Set<string>();
      for (let p: object | null = hooks; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
        for (const k of Object.getOwnPropertyNames(p)) if (k !== 'constructor') keys.add(k);
      }
      for (const k of keys) {
        try {
          const v = plain(hooks[k], 2);
          if (v !== undefined) values[k] = v;
        } catch {
          values[k] = '(unreadable)';
        }
      }
      out[scene] = values;
    }
    return JSON.stringify(out).slice(0, 4000);
  });
}

/** Wait until the game has drawn `n` more frames. */
export async function frames(page: Page, n = 2): Promise<void> {
  const start = await page.evaluate(() => window.__rl?.game.loop.frame ?? 0);
  await waitFor(page, `${n} more frames`, (rl, target) => rl.game.loop.frame >= target, {
    arg: start + n,
    timeout: 30_000,
  });
}
