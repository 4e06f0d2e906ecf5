/**
 * Validation of saved agents (CLI `--out`, browser export/import, worker transfer) with zod.
 * A bad file raises `AgentFormatError`, whose message lists every problem with its JSON path;
 * nothing is built from it, so the agent that was running is never touched.
 */
import { z } from 'zod';
import type { Coded } from '../core/coded-error.ts';
import type { AgentErrorCode, AgentErrorValues, AgentProblem, AgentProblemValues } from './errors.ts';
import { AGENT_KINDS, type AgentKind, type SavedAgent } from './types.ts';

/**
 * A saved agent (or an agent config) that cannot be used. `saved-agent-invalid` lists the problems,
 * each with its JSON path and a code, so the app layer can word them; `.message` lists them in English.
 */
export class AgentFormatError<C extends AgentErrorCode = AgentErrorCode>
  extends Error
  implements Coded<C, AgentErrorValues[C]>
{
  override name = 'AgentFormatError';
  readonly code: C;
  readonly values: AgentErrorValues[C];
  constructor(code: C, values: AgentErrorValues[C], message: string) {
    super(message);
    this.code = code;
    this.values = values;
  }
}

/**
 * An `AgentFormatError` for one problem: `what` says what was read (`saved sarsa agent`), `english`
 * the problem for `.message`.
 */
export function oneProblem(what: string, problem: AgentProblem, english: string): AgentFormatError {
  return new AgentFormatError('saved-agent-invalid', { problems: [problem], more: 0 }, `${what}: ${english}`);
}

/** A custom zod check's code and values, read back into an `AgentProblem` (see `problemOf`). */
function coded<K extends keyof AgentProblemValues>(kind: K, values: AgentProblemValues[K]) {
  return { params: { problem: kind, values } };
}

const finite = z.number().refine(Number.isFinite, {
  message: 'must be a finite number',
  ...coded('not-finite', { got: '' }),
});
const seed = z.union([z.number(), z.string()]);

/**
 * An array of finite numbers (a Q-table, θ). Checked by hand so that a file of a million bad values
 * costs one issue, naming the first bad index, not a million issue objects.
 */
const finiteNumbers = z.array(z.unknown()).transform((xs, ctx) => {
  for (let i = 0; i < xs.length; i++) {
    const v = xs[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      ctx.addIssue({
        code: 'custom',
        path: [i],
        message: `must be a finite number, got ${describe(v)}`,
        ...coded('not-finite', { got: describe(v) }),
      });
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
  .refine((v) => Number.isFinite(v) && v >= 0 && v < 1 && Number.isInteger(v * 2 ** 32), {
    message: 'must be in [0, 1), a multiple of 2^-32 as the generator writes it',
    ...coded('rng-fraction', {}),
  });
export const rngStateSchema = z
  .object({
    c: z.number().refine((v) => Number.isInteger(v) && v >= 0 && v <= ALEA_C_MAX, {
      message: `must be a whole number in [0, ${ALEA_C_MAX}]`,
      ...coded('rng-carry', { max: ALEA_C_MAX }),
    }),
    s0: aleaFraction,
    s1: aleaFraction,
    s2: aleaFraction,
  })
  .refine((r) => r.c !== 0 || r.s0 !== 0 || r.s1 !== 0 || r.s2 !== 0, {
    message: 'is all zero: such a generator draws 0 for ever (the agent would always take its first action)',
    ...coded('rng-all-zero', {}),
  });

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
  kind: z.enum(AGENT_KINDS),
  config: z.record(z.string(), z.unknown()),
  params: z.record(z.string(), z.unknown()),
  state: z.looseObject({ rng: rngStateSchema }),
  provenance: provenanceSchema,
});

export { coded as codedCheck, finite as finiteNumber, finiteNumbers, seed as seedSchema };

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

/** A zod issue as a coded problem at its full JSON path (`prefix` + the issue's path). */
function problemOf(issue: z.core.$ZodIssue, prefix: string[]): AgentProblem {
  const path = [...prefix, ...issue.path.map(String)];
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined
        ? { path, kind: 'missing', values: { expected: issue.expected } }
        : { path, kind: 'wrong-type', values: { expected: issue.expected, got: describe(input) } };
    case 'too_small':
      if (typeof input === 'number') {
        const min = Number(issue.minimum);
        return {
          path,
          kind: 'too-small',
          values: { min, inclusive: issue.inclusive !== false, got: describe(input) },
        };
      }
      break;
    case 'too_big':
      if (typeof input === 'number') {
        const max = Number(issue.maximum);
        return {
          path,
          kind: 'too-big',
          values: { max, inclusive: issue.inclusive !== false, got: describe(input) },
        };
      }
      break;
    case 'invalid_value':
      return {
        path,
        kind: 'not-one-of',
        values: {
          options: issue.values.map((v) => JSON.stringify(v)),
          got: input === undefined ? null : describe(input),
        },
      };
    case 'custom': {
      const params = issue.params as { problem?: keyof AgentProblemValues; values?: object } | undefined;
      if (params?.problem === 'not-finite') {
        const got = (params.values as { got?: string } | undefined)?.got || describe(input);
        return { path, kind: 'not-finite', values: { got } };
      }
      if (params?.problem) return { path, kind: params.problem, values: params.values } as AgentProblem;
      break;
    }
  }
  return { path, kind: 'other', values: { message: issue.message } };
}

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
      const detail = (e as Error).message;
      throw new AgentFormatError('saved-agent-not-json', { detail }, `${what}: not valid JSON (${detail})`);
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
    const problems = issues.slice(0, MAX_LISTED).map((i) => problemOf(i, path));
    const more = Math.max(0, issues.length - MAX_LISTED);
    throw new AgentFormatError('saved-agent-invalid', { problems, more }, `${what}: ${listed.join('; ')}`);
  }
  return result.data;
}

/** Check the envelope and that the file holds the expected kind of agent. */
export function parseSavedAgent(input: unknown, expected?: AgentKind): SavedAgent {
  const saved = parseWith(savedAgentSchema, input, 'saved agent') as SavedAgent;
  if (expected && saved.kind !== expected) {
    throw new AgentFormatError(
      'saved-agent-wrong-kind',
      { kind: saved.kind, expected },
      `saved agent: the file holds a '${saved.kind}' agent, expected '${expected}'`,
    );
  }
  return saved;
}
