/**
 * The CLI's language: `--lang en|ja` if given, else the POSIX locale variables in their order of
 * precedence (LC_ALL, then LC_MESSAGES, then LANG: the first one set decides, as for any program's
 * messages), else English. Read before the flags are parsed, so even a refusal of a flag is worded
 * in the user's language.
 */
import { isLanguage, type Language, languageOfLocale } from '../i18n/index.ts';

/** The language the locale variables ask for (English when they name another, or none). */
export function languageOfEnv(env: Readonly<Record<string, string | undefined>>): Language {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value) return languageOfLocale(value) ?? 'en';
  }
  return 'en';
}

/**
 * The value given to `--lang` (`--lang ja` or `--lang=ja`), if any; the last one wins here (the
 * flag parser refuses a flag given twice anyway). Stops at `--`, which ends the options.
 */
export function langFlag(argv: readonly string[]): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') break;
    if (arg === '--lang') value = argv[i + 1] ?? '';
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
  }
  return value;
}

/** The language to speak, or the refused `--lang` value. */
export function chooseLanguage(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): { language: Language; badLang?: string } {
  const fromEnv = languageOfEnv(env);
  const flag = langFlag(argv);
  if (flag === undefined) return { language: fromEnv };
  return isLanguage(flag) ? { language: flag } : { language: fromEnv, badLang: flag };
}
