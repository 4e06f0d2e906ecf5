/**
 * The language the playground speaks, and the catalog for it. No DOM: the page (ui/shared/
 * language-choice.ts) and the CLI each decide the language and call `setLanguage`; everything
 * that shows text reads `t()` when it draws, and redraws on `onLanguageChange`.
 */
import { createStore } from 'zustand/vanilla';
import { setFormatLocale } from '../core/format.ts';
import { en } from './en/index.ts';
import { ja } from './ja/index.ts';
import type { Shape } from './shape.ts';

export const LANGUAGES = ['en', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];
export type Catalog = Shape<typeof en>;

const CATALOGS: Record<Language, Catalog> = { en, ja };

/** Names stay names: each language is offered in its own script. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ja: '日本語' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The playground's language for a BCP 47 tag or POSIX locale ("ja-JP", "ja_JP.UTF-8"), if any. */
export function languageOfLocale(tag: string | undefined | null): Language | undefined {
  if (!tag) return undefined;
  const primary = tag.toLowerCase().split(/[-_.@]/)[0];
  return isLanguage(primary) ? primary : undefined;
}

const store = createStore<{ language: Language }>(() => ({ language: 'en' }));

export function language(): Language {
  return store.getState().language;
}

/** The catalog of the current language. Read it when drawing, not once at start-up. */
export function t(): Catalog {
  return CATALOGS[store.getState().language];
}

/** The catalog of a given language (the CLI, and tests that compare both). */
export function catalogOf(lang: Language): Catalog {
  return CATALOGS[lang];
}

export function setLanguage(lang: Language): void {
  setFormatLocale(lang);
  if (store.getState().language !== lang) store.setState({ language: lang });
}

/** Call `listener` after every change of language. Returns the unsubscribe function. */
export function onLanguageChange(listener: (lang: Language) => void): () => void {
  return store.subscribe((s, prev) => {
    if (s.language !== prev.language) listener(s.language);
  });
}
