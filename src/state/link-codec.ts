/**
 * Settings in a link, and back: the part of a scene's address after `?` (`#maze/cliff?alpha=0.5`).
 *
 * A link carries only the settings that differ from the defaults, one `key=value` pair each, in
 * the store's own key names: numbers as JavaScript writes them (shortest round trip), booleans as
 * 1/0, everything else as text. Reading one back checks each value alone against the store's schema,
 * so one bad value falls back to its default and the others still apply. No DOM: the scenes pass
 * `URLSearchParams` in and out.
 */
import type { z } from 'zod';

/** Longer settings than this in a link are refused whole (the maze layout has its own cap). */
export const MAX_LINK_SETTINGS_CHARS = 8192;

export type LinkProblem =
  | { kind: 'unknown'; key: string }
  | { kind: 'invalid'; key: string; value: string; fallback: string }
  | { kind: 'too-long'; limit: number };

type Shape = Record<string, z.ZodType>;

function write(value: unknown): string {
  if (typeof value === 'boolean') return value ? '1' : '0';
  return String(value);
}

function read(text: string, like: unknown): unknown {
  if (typeof like === 'number') return text.trim() === '' ? Number.NaN : Number(text);
  if (typeof like === 'boolean') return text === '1' ? true : text === '0' ? false : text;
  return text;
}

/** The settings of `keys` that differ from `defaults`, as link parameters. */
export function settingsToParams<S extends object>(
  values: S,
  defaults: S,
  keys: readonly (keyof S & string)[],
): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of keys) {
    if (!Object.is(values[key], defaults[key])) params.set(key, write(values[key]));
  }
  return params;
}

/**
 * Read `params` against the schema of an object of settings. Each key must be one of `keys` (own
 * keys only) and its value must pass that field's schema; anything else is reported and left out.
 * `ignore` names parameters another reader handles (the maze layout).
 */
export function paramsToSettings<S extends object>(
  params: URLSearchParams,
  schema: z.ZodObject,
  defaults: S,
  keys: readonly (keyof S & string)[],
  ignore: readonly string[] = [],
): { values: Partial<S>; problems: LinkProblem[] } {
  const values: Partial<S> = {};
  if (params.toString().length > MAX_LINK_SETTINGS_CHARS) {
    return { values, problems: [{ kind: 'too-long', limit: MAX_LINK_SETTINGS_CHARS }] };
  }
  const shape = schema.shape as Shape;
  const problems: LinkProblem[] = [];
  for (const [key, text] of params) {
    if (ignore.includes(key)) continue;
    if (!(keys as readonly string[]).includes(key) || !Object.hasOwn(shape, key)) {
      problems.push({ kind: 'unknown', key });
      continue;
    }
    const k = key as keyof S & string;
    const parsed = shape[key].safeParse(read(text, defaults[k]));
    if (parsed.success) values[k] = parsed.data as S[typeof k];
    else problems.push({ kind: 'invalid', key, value: text, fallback: write(defaults[k]) });
  }
  return { values, problems };
}
