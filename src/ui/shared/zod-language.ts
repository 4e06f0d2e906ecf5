/**
 * Zod's own messages (shown when a file or a typed value fails its schema) follow the page's
 * language. Zod keeps one global locale, so the app layer sets it here; src/core etc. stay free of
 * i18n.
 */
import { z } from 'zod';
// Only the two locales the page speaks, not the whole z.locales set.
import en from 'zod/v4/locales/en.js';
import ja from 'zod/v4/locales/ja.js';
import { type Language, language, onLanguageChange } from '../../i18n/language.ts';

const LOCALES: Record<Language, () => Parameters<typeof z.config>[0]> = {
  en: () => en(),
  ja: () => ja(),
};

/** Set zod's locale now and on every language change. Returns the unsubscribe function. */
export function followLanguageInZod(): () => void {
  z.config(LOCALES[language()]());
  return onLanguageChange((lang) => z.config(LOCALES[lang]()));
}
