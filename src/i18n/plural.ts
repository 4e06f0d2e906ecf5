/** Plural forms by `Intl.PluralRules`: English has "one" and "other"; Japanese uses "other" only. */
import type { Language } from './language.ts';

const RULES = new Map<Language, Intl.PluralRules>();

export interface PluralForms {
  one?: string;
  other: string;
}

/** The form of `forms` that `n` takes in `lang`: plural('en', 1, {one: 'episode', other: 'episodes'}). */
export function plural(lang: Language, n: number, forms: PluralForms): string {
  let rules = RULES.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    RULES.set(lang, rules);
  }
  const category = rules.select(n);
  return category === 'one' && forms.one !== undefined ? forms.one : forms.other;
}
