/** The reaction–diffusion and Lorenz words: no empty text in either language, and the numerics import no words. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lorenz as enLorenz } from '../../../src/i18n/en/lorenz.ts';
import { rd as en } from '../../../src/i18n/en/rd.ts';
import { lorenz as jaLorenz } from '../../../src/i18n/ja/lorenz.ts';
import { rd as ja } from '../../../src/i18n/ja/rd.ts';
import { englishWords } from '../../e2e/english.ts';

/** Every text in a catalog, functions called with sample values. */
function texts(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (typeof node === 'function') return [[path, String(node({ n: 2, value: '≈ 0.256', symbol: 'r' }))]];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => texts(v, `${path}.${k}`));
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

describe('rd and lorenz catalogs', () => {
  it('have no empty strings', () => {
    for (const cat of [en, ja, enLorenz, jaLorenz]) {
      for (const [path, text] of texts(cat)) expect(text.trim(), path).not.toBe('');
    }
  });

  it('say nothing in English in Japanese, apart from names and maths', () => {
    for (const cat of [ja, jaLorenz]) {
      for (const [path, text] of texts(cat)) {
        const left = englishWords(text.replace(/undefined|NaN|\[object Object\]/g, ' '));
        expect(left, `${path}: ${text}`).toEqual([]);
      }
    }
  });

  it('fill in the values of their messages', () => {
    expect(ja.hud.substeps({ n: 3 })).toContain('3');
    expect(en.hud.postsParameters({ value: '≈ 0.211' })).toContain('≈ 0.211');
  });

  it('are not imported by the numerics (src/dynamics stays free of UI text)', () => {
    for (const file of files('src/dynamics')) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/from '[^']*i18n/);
    }
  });
});
