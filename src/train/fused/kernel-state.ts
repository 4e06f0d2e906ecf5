/**
 * What the fused kernel (kernel.ts) reads and writes: the maze's tables, and one plain object with
 * every number that the runner, the TimeLimit and the agent keep between steps. `fused-advance.ts`
 * fills it from a `Runner` before a chunk and writes it back after, so the kernel itself touches
 * no class and can keep all of it in locals.
 */
import type { DynaModelTables } from '../../agents/dyna-q.ts';
import type { EpsilonSchedule } from '../../agents/tabular-config.ts';
import type { EpisodeSummary } from '../runner.ts';

/** The five agents the kernel runs; it branches on these small integers, not on strings. */
export const KERNEL_KIND = { Q: 0, SARSA: 1, EXPECTED_SARSA: 2, DOUBLE_Q: 3, DYNA_Q: 4 } as const;
export type KernelKind = (typeof KERNEL_KIND)[keyof typeof KERNEL_KIND];

/** GridMaze's transition tables (indexed s * 4 + a), its start cell and the TimeLimit's limit. */
export interface KernelTables {
  next: Int32Array;
  reward: Float64Array;
  outcome: Uint8Array;
  start: number;
  maxEpisodeSteps: number;
}

/** Dyna-Q's model (what dyna-q.ts writes per real step); n = 0, so it is written, never read. */
export type KernelModel = DynaModelTables;

export interface KernelState {
  kind: KernelKind;
  /** The table the agent acts on (for Double Q: q1 + q2, kept equal cell by cell). */
  q: Float64Array;
  /** Double Q's two tables (null for the others). */
  q1: Float64Array | null;
  q2: Float64Array | null;
  model: KernelModel | null;
  alpha: number;
  gamma: number;
  /** ε in force, ε₀ (params.epsilon) and the schedule (null when constant: ε never moves). */
  eps: number;
  epsilon0: number;
  schedule: EpsilonSchedule | null;
  /** Alea's state (see core/rng.ts). */
  s0: number;
  s1: number;
  s2: number;
  c: number;
  /** The committed next action (−1 none) and the state it was drawn for (SARSA's A′). */
  committedAction: number;
  committedState: number;
  stepsTrained: number;
  episodesTrained: number;
  /** The runner's current observation, counters and reset flag; the TimeLimit's clock. */
  observation: number;
  elapsed: number;
  steps: number;
  episodes: number;
  episodeReturn: number;
  episodeLength: number;
  needsReset: boolean;
  /** Table index `s * 4 + a` of the last step taken (−1: none this chunk). */
  last: number;
}

export interface KernelHooks {
  /** Per-step visit counts, incremented at each step's next observation (as Turbo's onStep does). */
  visits: Float64Array | null;
  /**
   * After each episode, with a reused summary. The Q table(s) are up to date then; the generator,
   * ε and provenance are written back only when the chunk ends (stop with `maxEpisodes` to read them).
   */
  onEpisode: ((e: EpisodeSummary) => void) | null;
}
