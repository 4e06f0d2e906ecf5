/**
 * What every tabular agent is configured with: table sizes, ε, α, γ, the seed, the initial Q and
 * the ε schedule, with their defaults, ranges and zod schemas. Each algorithm adds its own
 * parameters (λ, n, κ…) on top (see `TabularExtra`).
 */
import { z } from 'zod';
import type { Seed } from '../core/rng.ts';
import type { ParamRanges } from './live-params.ts';
import { codedCheck, finiteNumber, seedSchema } from './saved-agent.ts';

/** Most Q-values a table may hold (128 MiB of doubles): checked before anything is allocated. */
export const MAX_Q_TABLE_SIZE = 2 ** 24;
/** Most actions a tabular agent may have. */
export const MAX_TABULAR_ACTIONS = 1024;
/** Largest |initialQ|: optimistic starts are small numbers; this keeps sums of them finite. */
export const MAX_INITIAL_Q = 1e6;

/**
 * How ε changes over episodes k = 0, 1, … (k counts the episodes the agent has learned from, so a
 * loaded agent continues its schedule). ε₀ is `params.epsilon`:
 * - `constant`: ε_k = ε₀;
 * - `linear`: ε_k = max(floor, ε₀ − (ε₀ − floor)·k / episodes), reaching the floor after `episodes`;
 * - `exponential`: ε_k = max(floor, ε₀ · decay^k).
 */
export type EpsilonSchedule =
  | { kind: 'constant' }
  | { kind: 'linear'; floor: number; episodes: number }
  | { kind: 'exponential'; floor: number; decay: number };

export const EPSILON_SCHEDULE_KINDS = ['constant', 'linear', 'exponential'] as const;

/** Most episodes a linear schedule may span. */
export const MAX_SCHEDULE_EPISODES = 1e9;

const unit = finiteNumber.pipe(z.number().min(0).max(1));

export const epsilonScheduleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('constant') }),
  z.object({
    kind: z.literal('linear'),
    floor: unit,
    episodes: z.number().int().min(1).max(MAX_SCHEDULE_EPISODES),
  }),
  z.object({
    kind: z.literal('exponential'),
    floor: unit,
    // decay = 1 would be constant, 0 would drop to the floor at once: both allowed, both documented.
    decay: unit,
  }),
]);

/** ε for episode `k` under `schedule`, starting from ε₀ (see `EpsilonSchedule`). */
export function scheduledEpsilon(schedule: EpsilonSchedule, epsilon0: number, k: number): number {
  switch (schedule.kind) {
    case 'constant':
      return epsilon0;
    case 'linear': {
      const { floor, episodes } = schedule;
      if (epsilon0 <= floor) return epsilon0;
      // ε_k = ε₀ − (ε₀ − floor)·k/N, held at the floor from k = N on
      return k >= episodes ? floor : epsilon0 - ((epsilon0 - floor) * k) / episodes;
    }
    case 'exponential': {
      const { floor, decay } = schedule;
      if (epsilon0 <= floor) return epsilon0;
      return Math.max(floor, epsilon0 * decay ** k); // ε_k = max(floor, ε₀·decay^k)
    }
  }
}

export interface TabularConfig {
  /** Number of discrete states (the env's observation space size). */
  nStates: number;
  /** Number of discrete actions. */
  nActions: number;
  /** Exploration rate ε of the ε-greedy behaviour policy (the posts used 0.1); ε₀ of a schedule. */
  epsilon: number;
  /** Step size α of the TD update (the posts used 0.1). */
  alpha: number;
  /** Discount factor γ (the posts used 0.9). */
  gamma: number;
  /** Seed of the agent's own generator (exploration, tie-breaking, planning). */
  seed: Seed;
  /** Initial value of every Q(s, a); optimistic values (above the returns) drive exploration. */
  initialQ: number;
  /** How ε falls over episodes (default constant). */
  epsilonSchedule: EpsilonSchedule;
}

export const TABULAR_DEFAULTS: Omit<TabularConfig, 'nStates' | 'nActions'> = {
  epsilon: 0.1,
  alpha: 0.1,
  gamma: 0.9,
  seed: 0,
  initialQ: 0,
  epsilonSchedule: { kind: 'constant' },
};

/**
 * Live hyper-parameters: change a field and the next step uses it. Assignments are validated
 * against `TABULAR_PARAM_RANGES` (see live-params.ts): a bad value throws a `RangeError`.
 */
export interface TabularParams {
  epsilon: number;
  alpha: number;
  gamma: number;
}

/** The allowed values of each live param: for the agents' checks and for a UI that clamps. */
export const TABULAR_PARAM_RANGES: ParamRanges<TabularParams> = {
  epsilon: { kind: 'number', min: 0, max: 1 },
  alpha: { kind: 'number', min: 0, max: 1 },
  gamma: { kind: 'number', min: 0, max: 1 },
};

/** Range checks shared by the constructor, the loader and the UI store. */
export const tabularParamsSchema = z.object({ epsilon: unit, alpha: unit, gamma: unit });

export const tabularConfigSchema = tabularParamsSchema
  .extend({
    nStates: z.number().int().positive(),
    nActions: z.number().int().positive().max(MAX_TABULAR_ACTIONS, `must be at most ${MAX_TABULAR_ACTIONS}`),
    seed: seedSchema,
    initialQ: finiteNumber.pipe(z.number().min(-MAX_INITIAL_Q).max(MAX_INITIAL_Q)),
    // Files saved before schedules existed have none: their ε was constant.
    epsilonSchedule: epsilonScheduleSchema.default({ kind: 'constant' }),
  })
  .superRefine((c, ctx) => {
    const size = c.nStates * c.nActions;
    if (size <= MAX_Q_TABLE_SIZE) return;
    ctx.addIssue({
      code: 'custom',
      path: ['nStates'],
      message: `nStates × nActions = ${size} is above the limit of ${MAX_Q_TABLE_SIZE} Q-values`,
      ...codedCheck('table-too-large', { size, max: MAX_Q_TABLE_SIZE }),
    });
  });

/**
 * An algorithm's own live parameters (λ, n, κ…): their defaults, ranges and schema. The schema
 * checks them in a config or a saved file; the ranges check every live assignment.
 */
export interface TabularExtra<X extends object> {
  readonly defaults: X;
  readonly ranges: ParamRanges<X>;
  readonly schema: z.ZodType<X>;
}

/** For the agents with no parameters of their own (Q-learning, SARSA, Expected SARSA, Double Q). */
export const NO_EXTRA: TabularExtra<object> = { defaults: {}, ranges: {}, schema: z.object({}) };
