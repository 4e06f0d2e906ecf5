/**
 * The Lorenz presets' words by id (src/play/lorenz/presets.ts keeps the numbers; the lorenz catalog
 * the names and what to look for), read when drawn so a language change relabels them.
 */
import { t } from '../../i18n/language.ts';

/** A preset's name in the current language; an unknown id stays as it is. */
export function presetLabel(id: string): string {
  const words = t().lorenz.presets;
  return Object.hasOwn(words, id) ? words[id as keyof typeof words].label : id;
}

/** What to look for at a preset, in the current language. */
export function presetNote(id: string): string {
  const words = t().lorenz.presets;
  return Object.hasOwn(words, id) ? words[id as keyof typeof words].note : '';
}
