/**
 * The flag parsing both CLIs share: node:util's parseArgs (strict), a flag given twice refused, and
 * each string value checked by its zod schema. Every refusal is a `UsageError` naming the flag.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { z } from 'zod';
import { t } from '../i18n/index.ts';
import { parseFailure } from './args.ts';
import { UsageError } from './errors.ts';

/** The flags as given, each string value replaced by what its schema makes of it. */
export function parseFlags(
  argv: string[],
  options: NonNullable<ParseArgsConfig['options']>,
  schemas: Record<string, z.ZodType>,
): Record<string, unknown> {
  let values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  let tokens: { kind: string; name?: string }[];
  try {
    ({ values, tokens } = parseArgs({
      args: argv,
      options,
      strict: true,
      allowPositionals: false,
      tokens: true,
    }));
  } catch (e) {
    throw new UsageError(parseFailure(e as Error & { code?: string }));
  }
  const usage = t().cli.usage;
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name === undefined) continue;
    if (seen.has(token.name)) throw new UsageError(usage.twice({ flag: `--${token.name}` }));
    seen.add(token.name);
  }
  const checked: Record<string, unknown> = {};
  for (const [flag, raw] of Object.entries(values)) {
    const schema = Object.hasOwn(schemas, flag) ? schemas[flag] : undefined;
    if (schema === undefined || typeof raw !== 'string') {
      checked[flag] = raw;
      continue;
    }
    const r = schema.safeParse(raw);
    if (!r.success) {
      throw new UsageError(
        usage.badValue({ flag: `--${flag}`, value: JSON.stringify(raw), why: r.error.issues[0].message }),
      );
    }
    checked[flag] = r.data;
  }
  return checked;
}
