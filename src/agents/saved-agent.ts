/**
 * Validation of saved agents (CLI `--out`, browser export/import, worker transfer) with zod.
 * A bad file raises `AgentFormatError`, whose message lists every problem with its JSON path;
 * nothing is built from it, so the agent that was running is never touched.
 */
import { z } from 'zod';
import type { AgentKind, SavedAgent } from './types.ts';

export class AgentFormatError extends Error {
  override name = 'AgentFormatError';
}

const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const seed = z.union([z.number(), z.string()]);

export const rngStateSchema = z.object({ c: finite, s0: finite, s1: finite, s2: finite });

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

export { finite as finiteNumber, seed as seedSchema };

/** Parse `input` (a JSON string or an already-parsed value) with `schema`, or throw a readable error. */
export function parseWith<T>(schema: z.ZodType<T>, input: unknown, what: string): T {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (e) {
      throw new AgentFormatError(`${what}: not valid JSON (${(e as Error).message})`);
    }
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues
      .slice(0, 8)
      .map((i) => `at ${i.path.length ? i.path.join('.') : '(top level)'}: ${i.message}`)
      .join('; ');
    throw new AgentFormatError(`${what}: ${problems}`);
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
