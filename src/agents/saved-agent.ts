/**
 * Validation of saved agents (CLI `--out`, browser export/import, worker transfer) with zod.
 * A bad file raises `AgentFormatError`, whose message lists every problem with its JSON path;
 * nothing is built from it, so the agent that was running is never touched.
 */
import { z } from 'zod';
import type { AgentKind, SavedAgent } from './types.ts';

export class AgentFormatError extends Error {
  override name = 'AgentFormatError';
  /** The problems alone, each as `json.path: what is wrong` (without the leading context), if known. */
  readonly problems: string | undefined;
  constructor(message: string, problems?: string) {
    super(message);
    this.problems = problems;
  }
}

const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const seed = z.union([z.number(), z.string()]);

/**
 * An array of finite numbers (a Q-table, θ). Checked by hand so that a file of a million bad values
 * costs one issue, naming the first bad index, not a million issue objects.
 */
const finiteNumbers = z.array(z.unknown()).transform((xs, ctx) => {
  for (let i = 0; i < xs.length; i++) {
    const v = xs[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      ctx.addIssue({ code: 'custom', path: [i], message: `must be a finite number, got ${describe(v)}` });
      return z.NEVER;
    }
  }
  return xs as number[];
});

/**
 * The generator state (seedrandom's Alea): s0, s1, s2 are fractions in [0, 1) on a 2^-32 grid and c
 * a carry below 2091640 (t = 2091639·s0 + c·2^-32, c = ⌊t⌋). All zero would draw 0 for ever.
 */
const ALEA_C_MAX = 2091639;
const aleaFraction = z
  .number()
  .refine(
    (v) => Number.isFinite(v) && v >= 0 && v < 1 && Number.isInteger(v * 2 ** 32),
    'must be in [0, 1), a multiple of 2^-32 as the generator writes it',
  );
export const rngStateSchema = z
  .object({
    c: z
      .number()
      .refine(
        (v) => Number.isInteger(v) && v >= 0 && v <= ALEA_C_MAX,
        `must be a whole number in [0, ${ALEA_C_MAX}]`,
      ),
    s0: aleaFraction,
    s1: aleaFraction,
    s2: aleaFraction,
  })
  .refine(
    (r) => r.c !== 0 || r.s0 !== 0 || r.s1 !== 0 || r.s2 !== 0,
    'is all zero: such a generator draws 0 for ever (the agent would always take its first action)',
  );

export const provenanceSchema = z.object({
  env: z
    .object({
      id: z.string(),
      options: z.record(z.string(), z.unknown()),
      maxEpisodeSteps: z.number().int().positive().optional(),
    })
    .optional(),
  seed,
  episodesTrained: z.number().int().nonnegative(),
  stepsTrained: z.number().int().nonnegative(),
});

/** The envelope every saved agent shares; `config`, `params` and `state` are checked per kind. */
export const savedAgentSchema = z.object({
  format: z.literal('rl-playground-agent'),
  version: z.literal(1),
  kind: z.enum(['q-learning', 'sarsa', 'reinforce']),
  config: z.record(z.string(), z.unknown()),
  params: z.record(z.string(), z.unknown()),
  state: z.looseObject({ rng: rngStateSchema }),
  provenance: provenanceSchema,
});

export { finite as finiteNumber, finiteNumbers, seed as seedSchema };

/** A value as a message shows it: strings quoted, long ones cut. */
export function describe(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  return String(v);
}

const article = (type: string) => {
  const t = type === 'record' ? 'object' : type;
  return /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`;
};

/** zod's messages in the user's words: "expected a number, got "abc"". */
const errorMap = (issue: z.core.$ZodRawIssue): string | undefined => {
  if (issue.code === 'invalid_type') {
    return issue.input === undefined
      ? `missing (expected ${article(issue.expected)})`
      : `expected ${article(issue.expected)}, got ${describe(issue.input)}`;
  }
  const numeric = typeof issue.input === 'number';
  if (issue.code === 'too_small' && numeric) {
    return `must be ${issue.inclusive ? '≥' : '>'} ${issue.minimum}, got ${describe(issue.input)}`;
  }
  if (issue.code === 'too_big' && numeric) {
    return `must be ${issue.inclusive ? '≤' : '<'} ${issue.maximum}, got ${describe(issue.input)}`;
  }
  if (issue.code === 'invalid_value') {
    if (issue.input === undefined)
      return `missing (must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')})`;
    return `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, got ${describe(issue.input)}`;
  }
  return undefined;
};

/** Issues listed in a message; the rest are counted. */
const MAX_LISTED = 3;

/**
 * Parse `input` (a JSON string or an already-parsed value) with `schema`, or throw a readable error
 * listing the first problems, each with its JSON path (`path` is the prefix of `input` in the file).
 */
export function parseWith<T>(schema: z.ZodType<T>, input: unknown, what: string, path: string[] = []): T {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (e) {
      throw new AgentFormatError(`${what}: not valid JSON (${(e as Error).message})`);
    }
  }
  const result = schema.safeParse(value, { error: errorMap, reportInput: true });
  if (!result.success) {
    const issues = result.error.issues;
    const listed = issues.slice(0, MAX_LISTED).map((i) => {
      const at = [...path, ...i.path.map(String)];
      return `${at.length ? at.join('.') : '(top level)'}: ${i.message}`;
    });
    if (issues.length > MAX_LISTED) listed.push(`and ${issues.length - MAX_LISTED} more`);
    const problems = listed.join('; ');
    throw new AgentFormatError(`${what}: ${problems}`, problems);
  }
  return result.data;
}

/** Check the envelope and that the file holds the expected kind of agent. */
export function parseSavedAgent(input: unknown, expected?: AgentKind): SavedAgent {
  const saved = parseWith(savedAgentSchema, input, 'saved agent') as SavedAgent;
  if (expected && saved.kind !== expected) {
    throw new AgentFormatError(`saved agent: the file holds a '${saved.kind}' agent, expected '${expected}'`);
  }
  return saved;
}
