/**
 * Flags of `npm run experiment`, parsed with node:util's parseArgs and checked with zod. Each
 * refusal is a `UsageError` naming the flag, worded in the CLI's language (the train CLI's words
 * for the common refusals, src/i18n/{en,ja}/cli.ts).
 */
import { z } from 'zod';
import { t } from '../../i18n/index.ts';
import { EXPERIMENT_LIMITS } from '../../train/experiment/spec.ts';
import { parseFlags } from '../flags.ts';

/** Most worker threads (beyond the machine's cores they only share them). */
export const MAX_WORKERS = 64;

const OPTIONS = {
  preset: { type: 'string' },
  spec: { type: 'string' },
  runs: { type: 'string' },
  episodes: { type: 'string' },
  seed: { type: 'string' },
  workers: { type: 'string' },
  out: { type: 'string' },
  plot: { type: 'string' },
  json: { type: 'boolean' },
  'no-progress': { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface ExperimentArgs {
  help: boolean;
  preset?: string;
  spec?: string;
  runs?: number;
  episodes?: number;
  /** The experiment seed (a whole number or a word), if given. */
  seed?: number | string;
  workers?: number;
  out?: string;
  plot?: string;
  json: boolean;
  progress: boolean;
}

function schemas(): Record<string, z.ZodType> {
  const why = t().cli.why;
  const int = (min: number, max: number, message?: string) =>
    z
      .string()
      .regex(/^\d+$/, message ?? why.wholeNumber)
      .refine((s) => s.length <= 16 && Number(s) <= max, message ?? why.atMost({ max }))
      .transform(Number)
      .pipe(
        z
          .number()
          .int()
          .min(min, message ?? why.atLeast({ min })),
      );
  const path = z.string().min(1, why.notEmpty);
  return {
    preset: z.string().min(1, why.notEmpty),
    spec: path,
    runs: int(1, EXPERIMENT_LIMITS.runs),
    episodes: int(1, EXPERIMENT_LIMITS.episodes),
    seed: z
      .string()
      .min(1, why.notEmpty)
      .max(100, why.atMost({ max: 100 }))
      .refine((s) => !/^-?\d+$/.test(s) || Number.isSafeInteger(Number(s)), why.seedTooLarge),
    workers: int(1, MAX_WORKERS, t().cliExperiment.why.workers({ max: MAX_WORKERS })),
    out: path,
    plot: path,
    lang: z.string().refine((s) => s === 'en' || s === 'ja', why.lang),
  };
}

/** Parse argv (without node and the script). Throws `UsageError` naming the bad flag. */
export function parseExperimentArgs(argv: string[]): ExperimentArgs {
  const v = parseFlags(argv, OPTIONS, schemas());
  const seed = v.seed as string | undefined;
  return {
    help: v.help === true,
    preset: v.preset as string | undefined,
    spec: v.spec as string | undefined,
    runs: v.runs as number | undefined,
    episodes: v.episodes as number | undefined,
    seed: seed === undefined ? undefined : /^-?\d+$/.test(seed) ? Number(seed) : seed,
    workers: v.workers as number | undefined,
    out: v.out as string | undefined,
    plot: v.plot as string | undefined,
    json: v.json === true,
    progress: v['no-progress'] !== true,
  };
}
