/**
 * Command-line flags of `npm run train`, parsed with node:util's parseArgs and validated with zod.
 * Every refusal is a `UsageError` whose message names the flag; the CLI exits with code 2 for it.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { MAX_BATCH_EPISODES } from '../agents/reinforce.ts';

export class UsageError extends Error {
  override name = 'UsageError';
}

export const helpText = (presets: readonly string[]): string => `Train an agent headless, at full speed.

Usage:
  npm run train -- --env maze|jump --agent q|sarsa|reinforce --episodes N --seed S [options]

Environment:
  --env maze|jump        GridMaze-v0 or JumpHole-v0 (default: from --in, else maze)
  --layout L             maze only: a preset (${presets.join(', ')}), a text file of rows,
                         or generated:WxH[:seed] (odd sizes, e.g. generated:21x21:7)
  --max-steps N          time limit per episode (default: the env's own)

Agent:
  --agent q|sarsa|reinforce   (default: from --in, else q for the maze, reinforce for jump)
  --epsilon E  --alpha A  --gamma G        Q-learning / SARSA (defaults 0.1, 0.1, 0.9)
  --lr ETA  --batch M  --baseline mean|none  --gamma G   REINFORCE
  --in agent.json        continue training a saved agent (keeps its env and --max-steps)
  --out agent.json       save the trained agent (loads in the browser too); written atomically
  --force                continue an --in agent on a --layout other than the one it was trained on

Run:
  --episodes N           training episodes (default 500)
  --seed S               seed of the run: the env's first reset and a new agent (default 0)
  --eval N               greedy/policy evaluation episodes after training (default 100, 0 to skip)
  --log episodes.csv     one CSV row per episode: episode,return,length,success
  --no-progress          no progress bar on stderr
  --json                 print the summary as JSON on stdout
  -h, --help             this help

Files: --out and --log are written to a temporary file and renamed, so an interrupted run never
leaves a half-written file; output paths are checked before training. --in is read up to 128 MiB,
a --layout file up to 4 MiB (regular files only); mazes up to 1001 × 1001.

Exit codes: 0 done, 2 bad flag, value, combination or file (the message names it), or training
stopped (divergence, a non-finite Q-table), 1 a final write failed (the agent is saved beside it)
or anything else.`;

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
  in: { type: 'string' },
  out: { type: 'string' },
  log: { type: 'string' },
  eval: { type: 'string' },
  force: { type: 'boolean' },
  'no-progress': { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const ENV_ALIASES: Record<string, 'GridMaze-v0' | 'JumpHole-v0'> = {
  maze: 'GridMaze-v0',
  'GridMaze-v0': 'GridMaze-v0',
  jump: 'JumpHole-v0',
  'JumpHole-v0': 'JumpHole-v0',
};

const AGENT_ALIASES: Record<string, 'q-learning' | 'sarsa' | 'reinforce'> = {
  q: 'q-learning',
  'q-learning': 'q-learning',
  sarsa: 'sarsa',
  reinforce: 'reinforce',
};

/** Largest values of the counting flags (beyond them a run would not end, or counts would round). */
export const MAX_EPISODES = Number.MAX_SAFE_INTEGER;
export const MAX_STEPS_PER_EPISODE = 1_000_000_000;
export const MAX_EVAL_EPISODES = 1_000_000;
/** The playground panel's maximum batch, and the agent's. */
export const MAX_BATCH = MAX_BATCH_EPISODES;

const int = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .refine((s) => s.length <= 16 && Number(s) <= max, `must be at most ${max}`)
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`));

/**
 * A plain decimal number: no hex (0x10), no surrounding spaces, no Infinity, and not so small that
 * it underflows to 0 (1e-400) or so large that it overflows.
 */
const decimal = z
  .string()
  .regex(/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/, 'must be a decimal number (like 0.1 or 1e-3)')
  .refine((s) => Number(s) !== 0 || !/[1-9]/.test(s.replace(/[eE].*$/, '')), 'underflows to 0')
  .refine((s) => Number.isFinite(Number(s)), 'overflows (too large a number)')
  .transform(Number);
const unit = decimal.pipe(z.number().min(0, 'must be in [0, 1]').max(1, 'must be in [0, 1]'));
const positive = decimal.pipe(z.number().positive('must be positive'));

/** Own keys only: '--agent toString' must not find Object.prototype.toString. */
const oneOf = (table: Record<string, unknown>, message: string) =>
  z.string().refine((s) => Object.hasOwn(table, s), message);

const FLAG_SCHEMAS: Record<string, z.ZodType> = {
  env: oneOf(ENV_ALIASES, 'must be maze or jump'),
  agent: oneOf(AGENT_ALIASES, 'must be q, sarsa or reinforce'),
  'max-steps': int(1, MAX_STEPS_PER_EPISODE),
  episodes: int(0, MAX_EPISODES),
  seed: z
    .string()
    .min(1, 'must not be empty')
    .refine(
      (s) => !/^-?\d+$/.test(s) || Number.isSafeInteger(Number(s)),
      'a whole-number seed must be below 2^53 (larger ones round); quote a word instead',
    ),
  epsilon: unit,
  alpha: unit,
  gamma: unit,
  lr: positive,
  batch: int(1, MAX_BATCH),
  baseline: z.enum(['mean', 'none'], { error: 'must be mean or none' }),
  eval: int(0, MAX_EVAL_EPISODES),
  // An empty path is a mistake (an unset shell variable), never "no file": refuse it.
  in: z.string().min(1, 'must not be empty'),
  out: z.string().min(1, 'must not be empty'),
  log: z.string().min(1, 'must not be empty'),
  layout: z.string().min(1, 'must not be empty'),
};

export interface CliArgs {
  help: boolean;
  env?: 'GridMaze-v0' | 'JumpHole-v0';
  agent?: 'q-learning' | 'sarsa' | 'reinforce';
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
  baseline?: 'mean' | 'none';
  in?: string;
  out?: string;
  log?: string;
  eval: number;
  progress: boolean;
  json: boolean;
}

/** Parse argv (without node and the script). Throws `UsageError` naming the bad flag. */
export function parseCliArgs(argv: string[]): CliArgs {
  let values: Record<string, string | boolean | undefined>;
  let tokens: { kind: string; name?: string }[];
  try {
    ({ values, tokens } = parseArgs({
      args: argv,
      options: OPTIONS,
      strict: true,
      allowPositionals: false,
      tokens: true,
    }));
  } catch (e) {
    const message = (e as Error).message;
    const ambiguous = /^Option '(--[\w-]+)' argument is ambiguous/.exec(message);
    if (ambiguous) {
      const flag = ambiguous[1];
      throw new UsageError(
        `${flag}: its value starts with '-' and reads as another flag (write ${flag}=VALUE to give it anyway)`,
      );
    }
    throw new UsageError(`${message.replace(/\. To specify a positional.*$/s, '')} (see --help)`);
  }
  const seen = new Set<string>();
  for (const t of tokens) {
    if (t.kind !== 'option' || t.name === undefined) continue;
    if (seen.has(t.name)) throw new UsageError(`--${t.name} is given twice; give it once`);
    seen.add(t.name);
  }
  const checked: Record<string, unknown> = {};
  for (const [flag, raw] of Object.entries(values)) {
    const schema = Object.hasOwn(FLAG_SCHEMAS, flag) ? FLAG_SCHEMAS[flag] : undefined;
    if (!schema || raw === undefined) {
      checked[flag] = raw;
      continue;
    }
    const r = schema.safeParse(raw);
    if (!r.success) throw new UsageError(`--${flag} ${JSON.stringify(raw)}: ${r.error.issues[0].message}`);
    checked[flag] = r.data;
  }
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
    baseline: checked.baseline as 'mean' | 'none' | undefined,
    in: checked.in as string | undefined,
    out: checked.out as string | undefined,
    log: checked.log as string | undefined,
    eval: (checked.eval as number | undefined) ?? 100,
    progress: checked['no-progress'] !== true,
    json: checked.json === true,
  };
}
