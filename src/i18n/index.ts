/** The playground's words in English and Japanese: see ./language.ts, and docs/i18n.md for the rules. */
export {
  type Catalog,
  catalogOf,
  isLanguage,
  LANGUAGE_NAMES,
  LANGUAGES,
  type Language,
  language,
  languageOfLocale,
  onLanguageChange,
  setLanguage,
  t,
} from './language.ts';
export { plural } from './plural.ts';
export type { Shape } from './shape.ts';
