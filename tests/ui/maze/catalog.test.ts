/**
 * The maze catalogs (issue 10): both languages have the same keys and kinds of entry, nothing is
 * empty, every message gives text for any values, and the Japanese one has no English words left
 * (names and maths aside, as the browser test checks the page).
 */
import { describe, expect, it } from 'vitest';
import { maze as en } from '../../../src/i18n/en/maze.ts';
import { maze as ja } from '../../../src/i18n/ja/maze.ts';
import { englishWords } from '../../e2e/english.ts';

/** Sample values for any message: counts are `n`, flags true, everything else a number as text. */
const sample = (n: number) =>
  new Proxy({} as Record<string, unknown>, {
    get: (_target, key) =>
      key === 'n' ? n : key === 'success' || key === 'best' || key === 'named' ? true : '7',
  });

/** Every text of a catalog, calling its messages with sample values (one and many). */
function strings(catalog: object, path = ''): [string, string][] {
  const out: [string, string][] = [];
  for (const [key, value] of Object.entries(catalog)) {
    const at = `${path}${key}`;
    if (typeof value === 'string') out.push([at, value]);
    else if (typeof value === 'function') {
      for (const n of [1, 7]) out.push([`${at}(n=${n})`, String(value(sample(n)))]);
    } else if (value && typeof value === 'object') out.push(...strings(value, `${at}.`));
  }
  return out;
}

/** Each key with the kind of its entry (text, message or group). */
function shape(catalog: object, path = ''): string[] {
  return Object.entries(catalog).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? shape(value, `${path}${key}.`)
      : [`${path}${key}:${typeof value}`],
  );
}

describe('maze catalogs', () => {
  it('have the same keys, each a text in both or a message in both', () => {
    expect(shape(ja).sort()).toEqual(shape(en).sort());
  });

  it('have no empty strings, and every message gives text, in either language', () => {
    for (const catalog of [en, ja]) {
      const all = strings(catalog);
      expect(all.length).toBeGreaterThan(100);
      for (const [key, text] of all) {
        expect(text.trim(), key).not.toBe('');
        expect(text, key).not.toMatch(/undefined|NaN|\[object/);
      }
    }
  });

  it('leave no English words in Japanese, apart from names and maths', () => {
    for (const [key, text] of strings(ja)) expect(englishWords(text), `${key}: ${text}`).toEqual([]);
  });

  it('count in English: one step, seven steps', () => {
    expect(en.hud.bannerReturn({ ret: '3', steps: '1', n: 1 })).toBe('Return 3 in 1 step');
    expect(en.hud.bannerReturn({ ret: '3', steps: '7', n: 7 })).toBe('Return 3 in 7 steps');
    expect(en.hud.turboPaused({ episodes: '1', n: 1 })).toBe('Turbo paused · 1 episode');
  });
});
