/**
 * Open a shared link's settings in a store: the link names only what differs from the defaults,
 * so the store goes back to its defaults and then takes the link's values, each checked alone and
 * then together (a value may depend on another: the Lorenz sweep's ends on the swept parameter).
 * A value refused keeps its default and becomes a link problem naming its key (src/ui/shared/link-notices.ts says it). No DOM: the scene passes the parameters.
 */
import type { z } from 'zod';
import { type LinkProblem, paramsToSettings } from './link-codec.ts';
import type { SettingsStore } from './settings-store.ts';

export function applyLink<S extends object>(
  store: SettingsStore<S>,
  params: URLSearchParams,
  schema: z.ZodObject,
  defaults: S,
  keys: readonly (keyof S & string)[],
): LinkProblem[] {
  const { values, problems } = paramsToSettings(params, schema, defaults, keys);
  if (params.toString() === '' || problems.some((p) => p.kind === 'too-long')) return problems;
  store.getState().resetSettings();
  // Each value passed its own field's check; now the whole, where a value may depend on another.
  const taken = keys.filter((k) => Object.hasOwn(values, k));
  let merged = { ...defaults, ...values } as S;
  for (let tries = 0; tries <= taken.length; tries++) {
    const result = schema.safeParse(merged);
    if (result.success) break;
    // The link's keys the issues name, else the last link key taken: back to their defaults.
    const named = result.error.issues
      .map((i) => String(i.path[0]))
      .filter((k): k is keyof S & string => taken.includes(k as keyof S & string));
    const refused = named.length ? [...new Set(named)] : taken.slice(-1);
    for (const key of refused) {
      taken.splice(taken.indexOf(key), 1);
      merged = { ...merged, [key]: defaults[key] };
      problems.push({ kind: 'invalid', key, value: params.get(key) ?? '', fallback: String(defaults[key]) });
    }
  }
  store.getState().update(merged);
  return problems;
}
