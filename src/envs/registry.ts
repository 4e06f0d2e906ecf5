/**
 * The env registry: `makeEnv(id, options)` builds a registered env wrapped in its `TimeLimit`.
 * `options.maxEpisodeSteps` overrides the default limit; every other option goes to the env.
 */
import { EnvRangeError } from './errors.ts';
import { GridMazeEnv, type GridMazeOptions } from './grid-maze.ts';
import { JumpHoleEnv, type JumpHoleOptions } from './jump-hole.ts';
import { MaxBiasEnv } from './max-bias.ts';
import { countFreeCells } from './maze-layout.ts';
import { ShortCorridorEnv } from './short-corridor.ts';
import type { Box, Discrete } from './spaces.ts';
import { TimeLimit } from './time-limit.ts';
import type { Env } from './types.ts';

export interface EnvEntry<O, Opts> {
  id: string;
  description: string;
  /** Default step limit of the `TimeLimit` wrapper for these options. */
  defaultMaxEpisodeSteps(env: Env<O, number>): number;
  create(options: Opts): Env<O, number>;
}

/**
 * Maze episodes are cut at 100 steps per free cell (at least 1000). With Q = 0 everywhere an
 * untrained agent's first episodes are random walks, whose hitting time of G measured on the presets
 * is up to ~25 000 steps on 'bench10' (62 cells) and ~20 000 on 'large' (201 cells); a limit far
 * below that would hide the goal for many episodes.
 */
const gridMaze: EnvEntry<number, GridMazeOptions> = {
  id: 'GridMaze-v0',
  description: 'Grid maze (SPEC §1): reach G; walls block, cliffs send you back to S.',
  defaultMaxEpisodeSteps: (env) => Math.max(1000, 100 * countFreeCells((env as GridMazeEnv).layout)),
  create: (options) => new GridMazeEnv(options),
};

const jumpHole: EnvEntry<Float64Array, Partial<JumpHoleOptions>> = {
  id: 'JumpHole-v0',
  description: 'Jump over a hole (SPEC §2): the runner runs right on its own; jump at the right time.',
  defaultMaxEpisodeSteps: () => 500,
  create: (options) => new JumpHoleEnv(options),
};

/** S&B's limit-free episodes average 12 steps at p = 0.5; 1000 stops a policy stuck at p ≈ 0 or 1. */
const shortCorridor: EnvEntry<number, Record<string, never>> = {
  id: 'ShortCorridor-v0',
  description: 'Short corridor with switched actions (Sutton & Barto, Example 13.1): all states look alike.',
  defaultMaxEpisodeSteps: () => 1000,
  create: () => new ShortCorridorEnv(),
};

/** Episodes last one or two steps; the limit only keeps the wrapper's contract. */
const maxBias: EnvEntry<number, Record<string, never>> = {
  id: 'MaxBias-v0',
  description:
    'Maximization bias (Sutton & Barto, Example 6.7): right ends at 0; left leads to B, N(−0.1, 1).',
  defaultMaxEpisodeSteps: () => 100,
  create: () => new MaxBiasEnv(),
};

export const ENV_REGISTRY = {
  'GridMaze-v0': gridMaze,
  'JumpHole-v0': jumpHole,
  'ShortCorridor-v0': shortCorridor,
  'MaxBias-v0': maxBias,
} as const;
export type RegisteredEnvId = keyof typeof ENV_REGISTRY;
export const ENV_IDS = Object.keys(ENV_REGISTRY) as RegisteredEnvId[];

type WithLimit<T> = T & { maxEpisodeSteps?: number };
/** The registered envs as `makeEnv` returns them, with their concrete spaces. */
export type MazeEnv = TimeLimit<number> & {
  readonly observationSpace: Discrete;
  readonly actionSpace: Discrete;
};
/** A registered env with discrete observations and actions (ShortCorridor, MaxBias). */
export type TabularEnv = TimeLimit<number> & {
  readonly observationSpace: Discrete;
  readonly actionSpace: Discrete;
};
export type JumpEnv = TimeLimit<Float64Array> & {
  readonly observationSpace: Box;
  readonly actionSpace: Discrete;
};

export function makeEnv(id: 'GridMaze-v0', options?: WithLimit<GridMazeOptions>): MazeEnv;
export function makeEnv(id: 'JumpHole-v0', options?: WithLimit<Partial<JumpHoleOptions>>): JumpEnv;
export function makeEnv(id: 'ShortCorridor-v0' | 'MaxBias-v0', options?: WithLimit<object>): TabularEnv;
export function makeEnv(id: string, options?: Record<string, unknown>): TimeLimit<unknown>;
export function makeEnv(id: string, options: object = {}): TimeLimit<unknown> {
  // Own keys only: 'toString' or '__proto__' must not find Object.prototype's members.
  const entry = Object.hasOwn(ENV_REGISTRY, id)
    ? (ENV_REGISTRY as Record<string, EnvEntry<unknown, Record<string, unknown>>>)[id]
    : undefined;
  if (!entry) {
    throw new EnvRangeError(
      'env-unknown',
      { id: String(id), known: ENV_IDS },
      `makeEnv: unknown env id ${JSON.stringify(String(id))}; registered: ${ENV_IDS.join(', ')}`,
    );
  }
  const { maxEpisodeSteps, ...envOptions } = options as Record<string, unknown>;
  const env = entry.create(envOptions);
  return new TimeLimit(env, (maxEpisodeSteps as number | undefined) ?? entry.defaultMaxEpisodeSteps(env));
}
