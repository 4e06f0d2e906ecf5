/**
 * Command-line flags of `npm run train`, parsed with node:util's parseArgs and validated with zod.
 * Every refusal is a `UsageError` whose message names the flag, in the CLI's language (read `t()`
 * when parsing: the language is chosen first); the CLI exits with code 2 for it.
 */
import { z } from 'zod';
import { MAX_KAPPA, MAX_PLANNING_STEPS } from '../agents/dyna-q.ts';
import { MAX_N_STEPS } from '../agents/n-step-sarsa.ts';
import { MAX_BATCH_EPISODES } from '../agents/reinforce.ts';
import { type EpsilonSchedule, MAX_INITIAL_Q, MAX_SCHEDULE_EPISODES } from '../agents/tabular-config.ts';
import { AGENT_KINDS, type AgentKind } from '../agents/types.ts';
import type { RegisteredEnvId } from '../envs/registry.ts';
import { t } from '../i18n/index.ts';
import { UsageError } from './errors.ts';
import { parseFlags } from './flags.ts';

export { UsageError };

/** The help text, in the CLI's language. */
export const helpText = (presets: readonly string[]): string => t().cli.help({ presets: presets.join(', ') });

const OPTIONS = {
  env: { type: 'string' },
  agent: { type: 'string' },
  layout: { type: 'string' },
  'max-steps': { type: 'string' },
  episodes: { type: 'string' },
  seed: { type: 'string' },
  epsilon: { type: 'string' },
  alpha: { type: 'string' },
  gamma: { type: 'string' },
  lr: { type: 'string' },
  batch: { type: 'string' },
  baseline: { type: 'string' },
  'value-lr': { type: 'string' },
  lambda: { type: 'string' },
  traces: { type: 'string' },
  'n-steps': { type: 'string' },
  'planning-steps': { type: 'string' },
  kappa: { type: 'string' },
  'initial-q': { type: 'string' },
  'epsilon-schedule': { type: 'string' },
  in: { type: 'string' },
  out: { type: 'string' },
  log: { type: 'string' },
  eval: { type: 'string' },
  force: { type: 'boolean' },
  'no-progress': { type: 'boolean' },
  'generic-runner': { type: 'boolean' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `--env` values: each registered env by its id, and a short name. */
const ENV_ALIASES: Record<string, RegisteredEnvId> = {
  maze: 'GridMaze-v0',
  'GridMaze-v0': 'GridMaze-v0',
  jump: 'JumpHole-v0',
  'JumpHole-v0': 'JumpHole-v0',
  corridor: 'ShortCorridor-v0',
  'ShortCorridor-v0': 'ShortCorridor-v0',
  'max-bias': 'MaxBias-v0',
  'MaxBias-v0': 'MaxBias-v0',
};

/** `--agent` values: every kind by its own name, and `q` for Q-learning. */
const AGENT_ALIASES: Record<string, AgentKind> = {
  q: 'q-learning',
  ...Object.fromEntries(AGENT_KINDS.map((kind) => [kind, kind])),
};

/** Largest values of the counting flags (beyond them a run would not end, or counts would round). */
export const MAX_EPISODES = Number.MAX_SAFE_INTEGER;
export const MAX_STEPS_PER_EPISODE = 1_000_000_000;
export const MAX_EVAL_EPISODES = 1_000_000;
/** The playground panel's maximum batch, and the agent's. */
export const MAX_BATCH = MAX_BATCH_EPISODES;

/** The flags' checks, with the reasons worded in the current language. */
function flagSchemas(): Record<string, z.ZodType> {
  const why = t().cli.why;
  const int = (min: number, max: number) =>
    z
      .string()
      .regex(/^\d+$/, why.wholeNumber)
      .refine((s) => s.length <= 16 && Number(s) <= max, why.atMost({ max }))
      .transform(Number)
      .pipe(z.number().int().min(min, why.atLeast({ min })));

  /**
   * A plain decimal number: no hex (0x10), no surrounding spaces, no Infinity, and not so small that
   * it underflows to 0 (1e-400) or so large that it overflows.
   */
  const decimal = z
    .string()
    .regex(/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/, why.decimal)
    .refine((s) => Number(s) !== 0 || !/[1-9]/.test(s.replace(/[eE].*$/, '')), why.underflow)
    .refine((s) => Number.isFinite(Number(s)), why.overflow)
    .transform(Number);
  const unit = decimal.pipe(z.number().min(0, why.unit).max(1, why.unit));
  const positive = decimal.pipe(z.number().positive(why.positive));

  /** Own keys only: '--agent toString' must not find Object.prototype.toString. */
  const oneOf = (table: Record<string, unknown>, message: string) =>
    z.string().refine((s) => Object.hasOwn(table, s), message);
  // An empty path is a mistake (an unset shell variable), never "no file": refuse it.
  const path = z.string().min(1, why.notEmpty);

  return {
    env: oneOf(ENV_ALIASES, why.env),
    agent: oneOf(AGENT_ALIASES, why.agent),
    'max-steps': int(1, MAX_STEPS_PER_EPISODE),
    episodes: int(0, MAX_EPISODES),
    seed: z
      .string()
      .min(1, why.notEmpty)
      .refine((s) => !/^-?\d+$/.test(s) || Number.isSafeInteger(Number(s)), why.seedTooLarge),
    epsilon: unit,
    alpha: unit,
    gamma: unit,
    lr: positive,
    batch: int(1, MAX_BATCH),
    baseline: z.enum(['mean', 'none', 'learned'], { error: why.baseline }),
    'value-lr': positive,
    lambda: unit,
    traces: z.enum(['replacing', 'accumulating'], { error: why.traces }),
    'n-steps': int(1, MAX_N_STEPS),
    'planning-steps': int(0, MAX_PLANNING_STEPS),
    kappa: decimal.pipe(
      z
        .number()
        .min(0, why.atLeast({ min: 0 }))
        .max(MAX_KAPPA, why.atMost({ max: MAX_KAPPA })),
    ),
    'initial-q': z
      .string()
      .regex(/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/, why.decimal)
      .transform(Number)
      .pipe(
        z
          .number()
          .min(-MAX_INITIAL_Q, why.atLeast({ min: -MAX_INITIAL_Q }))
          .max(MAX_INITIAL_Q, why.atMost({ max: MAX_INITIAL_Q })),
      ),
    'epsilon-schedule': z.string().transform((spec, ctx) => {
      const schedule = parseSchedule(spec);
      if (schedule === null) {
        ctx.addIssue({ code: 'custom', message: why.schedule });
        return z.NEVER;
      }
      return schedule;
    }),
    eval: int(0, MAX_EVAL_EPISODES),
    lang: oneOf({ en: true, ja: true }, why.lang),
    in: path,
    out: path,
    log: path,
    layout: path,
  };
}

export interface CliArgs {
  help: boolean;
  env?: RegisteredEnvId;
  agent?: AgentKind;
  layout?: string;
  maxSteps?: number;
  episodes: number;
  seed: string | number;
  /** Whether --seed was given (a continued maze run cannot use it, and says so). */
  seedGiven: boolean;
  force: boolean;
  epsilon?: number;
  alpha?: number;
  gamma?: number;
  lr?: number;
  batch?: number;
  baseline?: 'mean' | 'none' | 'learned';
  valueLr?: number;
  lambda?: number;
  traces?: 'replacing' | 'accumulating';
  nSteps?: number;
  planningSteps?: number;
  kappa?: number;
  initialQ?: number;
  epsilonSchedule?: EpsilonSchedule;
  in?: string;
  out?: string;
  log?: string;
  eval: number;
  progress: boolean;
  /** `--generic-runner`: never the fused kernel (`train/fused`), to compare. */
  genericRunner: boolean;
  json: boolean;
  /** `--lang`, already applied by the CLI before parsing (kept for completeness). */
  lang?: 'en' | 'ja';
}

/** Parse argv (without node and the script). Throws `UsageError` naming the bad flag. */
export function parseCliArgs(argv: string[]): CliArgs {
  const checked = parseFlags(argv, OPTIONS, flagSchemas());
  const seed = checked.seed as string | undefined;
  return {
    help: checked.help === true,
    env: checked.env ? ENV_ALIASES[checked.env as string] : undefined,
    agent: checked.agent ? AGENT_ALIASES[checked.agent as string] : undefined,
    layout: checked.layout as string | undefined,
    maxSteps: checked['max-steps'] as number | undefined,
    episodes: (checked.episodes as number | undefined) ?? 500,
    seed: seed === undefined ? 0 : /^-?\d+$/.test(seed) ? Number(seed) : seed,
    seedGiven: seed !== undefined,
    force: checked.force === true,
    epsilon: checked.epsilon as number | undefined,
    alpha: checked.alpha as number | undefined,
    gamma: checked.gamma as number | undefined,
    lr: checked.lr as number | undefined,
    batch: checked.batch as number | undefined,
    baseline: checked.baseline as CliArgs['baseline'],
    valueLr: checked['value-lr'] as number | undefined,
    lambda: checked.lambda as number | undefined,
    traces: checked.traces as CliArgs['traces'],
    nSteps: checked['n-steps'] as number | undefined,
    planningSteps: checked['planning-steps'] as number | undefined,
    kappa: checked.kappa as number | undefined,
    initialQ: checked['initial-q'] as number | undefined,
    epsilonSchedule: checked['epsilon-schedule'] as EpsilonSchedule | undefined,
    in: checked.in as string | undefined,
    out: checked.out as string | undefined,
    log: checked.log as string | undefined,
    eval: (checked.eval as number | undefined) ?? 100,
    progress: checked['no-progress'] !== true,
    genericRunner: checked['generic-runner'] === true,
    json: checked.json === true,
    lang: checked.lang as 'en' | 'ja' | undefined,
  };
}

/**
 * `--epsilon-schedule`: `constant`, `linear:FLOOR:EPISODES` or `exponential:FLOOR:DECAY`
 * (FLOOR and DECAY in [0, 1], EPISODES a whole number ≥ 1), or null if it is none of them.
 */
export function parseSchedule(spec: string): EpsilonSchedule | null {
  if (spec === 'constant') return { kind: 'constant' };
  const m = /^(linear|exponential):([0-9.eE+-]+):([0-9.eE+-]+)$/.exec(spec);
  if (!m) return null;
  const floor = Number(m[2]);
  const x = Number(m[3]);
  if (!(floor >= 0 && floor <= 1)) return null;
  if (m[1] === 'linear') {
    return Number.isInteger(x) && x >= 1 && x <= MAX_SCHEDULE_EPISODES
      ? { kind: 'linear', floor, episodes: x }
      : null;
  }
  return x >= 0 && x <= 1 ? { kind: 'exponential', floor, decay: x } : null;
}

/**
 * node:util's parseArgs refusal in the user's words. Its codes say what went wrong; the flag or
 * argument is read from its (English) message.
 */
export function parseFailure(e: Error & { code?: string }): string {
  const usage = t().cli.usage;
  const message = e.message;
  const quoted = /'(-[^' ]*|[^']*)'/.exec(message)?.[1] ?? '';
  const ambiguous = /^Option '(--[\w-]+)' argument is ambiguous/.exec(message);
  if (ambiguous) return usage.ambiguous({ flag: ambiguous[1] });
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return usage.unknownFlag({ flag: quoted });
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return usage.positional({ arg: quoted });
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const flag = /'(--?[\w-]+)/.exec(message)?.[1] ?? quoted;
      return /does not take an argument/.test(message)
        ? usage.noValue({ flag })
        : usage.missingValue({ flag });
    }
  }
  return usage.other({ detail: message.replace(/\. To specify a positional.*$/s, '') });
}
