import { describe, expect, it } from 'vitest';
import { maze as en } from '../../../src/i18n/en/maze.ts';
import { maze as ja } from '../../../src/i18n/ja/maze.ts';

/** Every string of a catalog, calling its functions with sample values. */
function strings(catalog: object, path = ''): [string, string][] {
  const out: [string, string][] = [];
  for (const [key, value] of Object.entries(catalog)) {
    const at = `${path}${key}`;
    if (typeof value === 'string') out.push([at, value]);
    else if (typeof value === 'function')
      out.push([at, String(value({ mode: 'm', episodes: '1', ret: '0', n: 1 }))]);
    else if (value && typeof value === 'object') out.push(...strings(value, `${at}.`));
  }
  return out;
}

describe('maze catalogs', () => {
  it('have no empty strings in either language', () => {
    for (const catalog of [en, ja]) {
      const all = strings(catalog);
      expect(all.length).toBeGreaterThan(0);
      for (const [key, text] of all) expect(text.trim(), key).not.toBe('');
    }
  });
});
