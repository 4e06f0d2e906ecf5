/**
 * The language core: switching, the catalogs' completeness at run time (the type check covers it at
 * compile time), plurals, numbers that follow the language, and locale strings as POSIX and
 * browsers write them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { formatCompact, formatCount } from '../../src/core/format.ts';
import {
  catalogOf,
  language,
  languageOfLocale,
  onLanguageChange,
  plural,
  setLanguage,
  t,
} from '../../src/i18n/index.ts';

afterEach(() => setLanguage('en'));

/** Every key path of a catalog, with the kind of value ('string' or 'function'). */
function keyPaths(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [`${prefix}:string`];
  if (typeof node === 'function') return [`${prefix}:function`];
  return Object.entries(node as object).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
}

/** Key paths of empty strings (walked, not split: keys such as 'sb-6.4' hold dots). */
function emptyTexts(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return node.trim() === '' ? [prefix] : [];
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([k, v]) => emptyTexts(v, prefix ? `${prefix}.${k}` : k));
}

describe('catalogs', () => {
  it('have the same keys and kinds in both languages, and no empty text', () => {
    const en = keyPaths(catalogOf('en')).sort();
    expect(keyPaths(catalogOf('ja')).sort()).toEqual(en);
    expect(en.length).toBeGreaterThan(40);
    for (const lang of ['en', 'ja'] as const) {
      expect(emptyTexts(catalogOf(lang)), lang).toEqual([]);
    }
  });

  it('switch with setLanguage, tell listeners once per change, and t() follows', () => {
    const heard: string[] = [];
    const stop = onLanguageChange((l) => heard.push(l));
    expect(t().common.topbar.copyLink).toBe('Copy link');
    setLanguage('ja');
    setLanguage('ja');
    expect(language()).toBe('ja');
    expect(t().common.topbar.copyLink).toBe('リンクをコピー');
    setLanguage('en');
    stop();
    setLanguage('ja');
    expect(heard).toEqual(['ja', 'en']);
  });

  it('word messages with their values in each language', () => {
    expect(catalogOf('en').common.help.title({ scene: 'Maze' })).toBe('Maze: controls');
    expect(catalogOf('ja').common.help.title({ scene: '迷路' })).toBe('迷路: 操作方法');
  });
});

describe('plurals (Intl.PluralRules)', () => {
  const forms = { one: 'episode', other: 'episodes' };
  it('English has one and other; Japanese has only other', () => {
    expect(plural('en', 1, forms)).toBe('episode');
    expect(plural('en', 0, forms)).toBe('episodes');
    expect(plural('en', 2, forms)).toBe('episodes');
    expect(plural('ja', 1, { other: 'エピソード' })).toBe('エピソード');
    expect(plural('ja', 1, forms)).toBe('episodes');
  });
});

describe('numbers follow the language', () => {
  it('shortens large counts the Japanese way (万, 億) and keeps k/M in English', () => {
    expect(formatCompact(2_500_000)).toBe('2.5M');
    setLanguage('ja');
    expect(formatCompact(12_345)).toBe('1.2万');
    expect(formatCompact(2_500_000)).toBe('250万');
    expect(formatCompact(1.5e8)).toBe('1.5億');
    expect(formatCompact(950)).toBe('950');
    expect(formatCount(1_234_567)).toBe('1,234,567');
    setLanguage('en');
    expect(formatCompact(12_345)).toBe('12k');
  });
});

describe('languageOfLocale', () => {
  it.each([
    ['ja', 'ja'],
    ['ja-JP', 'ja'],
    ['ja_JP.UTF-8', 'ja'],
    ['en_US.UTF-8', 'en'],
    ['en-GB', 'en'],
    ['EN', 'en'],
    ['fr_FR.UTF-8', undefined],
    ['C', undefined],
    ['C.UTF-8', undefined],
    ['', undefined],
    [undefined, undefined],
    ['__proto__', undefined],
    ['toString', undefined],
  ])('%s → %s', (tag, lang) => {
    expect(languageOfLocale(tag)).toBe(lang);
  });
});
