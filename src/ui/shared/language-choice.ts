/**
 * Which language the page speaks. In order: `?lang=ja|en` in the query string (before the hash),
 * then the choice saved from the top bar's switch, then the browser's languages, then English.
 * A `?lang` the playground does not speak falls back with a notice. Switching takes effect at once
 * (everything that shows text redraws on `onLanguageChange`) and is saved.
 */
import {
  isLanguage,
  LANGUAGE_NAMES,
  LANGUAGES,
  type Language,
  language,
  languageOfLocale,
  onLanguageChange,
  setLanguage,
} from '../../i18n/language.ts';
import { notify } from '../../state/notices.ts';

export const LANGUAGE_STORAGE_KEY = 'rl-playground.language';

function storedLanguage(): Language | undefined {
  try {
    const v = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

function browserLanguage(): Language {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const lang = languageOfLocale(tag);
    if (lang) return lang;
  }
  return 'en';
}

/** The language to start in, and the `?lang` value that was refused, if any. */
export function initialLanguage(search: string): { lang: Language; refused?: string } {
  const asked = new URLSearchParams(search).get('lang');
  const fallback = storedLanguage() ?? browserLanguage();
  if (asked === null) return { lang: fallback };
  return isLanguage(asked) ? { lang: asked } : { lang: fallback, refused: asked.slice(0, 40) };
}

/** The page's address for a scene address (`maze?alpha=0.5`), with the current language. */
export function shareableUrl(sceneAddress: string): string {
  const url = new URL(location.href);
  url.search = '';
  url.searchParams.set('lang', language());
  url.hash = sceneAddress;
  return url.toString();
}

/** Choose the starting language, fill the top bar's switch and follow it. Call once. */
export function installLanguageSwitch(select: HTMLSelectElement): void {
  const { lang, refused } = initialLanguage(location.search);
  setLanguage(lang);
  document.documentElement.lang = lang;
  select.replaceChildren(
    ...LANGUAGES.map((l) => {
      const option = document.createElement('option');
      option.value = l;
      option.textContent = LANGUAGE_NAMES[l];
      option.lang = l;
      return option;
    }),
  );
  select.value = lang;
  if (refused !== undefined) {
    notify('warning', (t) => t.common.language.badQuery({ value: refused, fallback: LANGUAGE_NAMES[lang] }));
    setQueryLanguage(undefined);
  }
  select.addEventListener('change', () => {
    if (!isLanguage(select.value)) return;
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, select.value);
    } catch {
      // Storage may be full or blocked; the switch still applies to this page.
    }
    setLanguage(select.value);
  });
  onLanguageChange((l) => {
    document.documentElement.lang = l;
    select.value = l;
    // A `?lang` in the address would undo the switch at the next reload: keep it in step.
    if (new URLSearchParams(location.search).has('lang')) setQueryLanguage(l);
  });
}

function setQueryLanguage(lang: Language | undefined): void {
  const url = new URL(location.href);
  if (lang) url.searchParams.set('lang', lang);
  else url.searchParams.delete('lang');
  history.replaceState(history.state, '', url.toString());
}
