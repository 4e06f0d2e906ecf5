/** The jump catalogs: every entry, string or function, gives non-empty words in both languages. */
import { describe, expect, it } from 'vitest';
import { jump as en } from '../../../src/i18n/en/jump.ts';
import { jump as ja } from '../../../src/i18n/ja/jump.ts';

const SAMPLE = new Proxy({}, { get: (_, key) => `‹${String(key)}›` });

function leaves(node: unknown, path: string, out: [string, string][]): [string, string][] {
  if (typeof node === 'string') out.push([path, node]);
  else if (typeof node === 'function') out.push([path, String((node as (p: unknown) => unknown)(SAMPLE))]);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) leaves(v, `${path}.${k}`, out);
  }
  return out;
}

describe('jump catalogs', () => {
  for (const [name, catalog] of [
    ['en', en],
    ['ja', ja],
  ] as const) {
    it(`${name} has no empty words`, () => {
      const entries = leaves(catalog, name, []);
      expect(entries.length).toBeGreaterThan(0);
      for (const [path, words] of entries) expect(words.trim(), path).not.toBe('');
    });
  }

  it('ja has the same keys as en', () => {
    const keys = (c: unknown) =>
      leaves(c, '', [])
        .map(([p]) => p)
        .sort();
    expect(keys(ja)).toEqual(keys(en));
  });

  it('ja fills in every parameter it is given', () => {
    const used = (c: unknown) => leaves(c, '', []).map(([p, w]) => [p, (w.match(/‹\w+›/g) ?? []).sort()]);
    expect(used(ja)).toEqual(used(en));
  });
});
