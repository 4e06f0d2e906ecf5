/**
 * REINFORCE's live hyper-parameters, their ranges and the caps on its sizes: what the agent checks
 * on every assignment (live-params.ts), what the loader validates, and what a UI clamps to.
 */
import { z } from 'zod';
import type { ParamRanges } from './live-params.ts';
import { finiteNumber } from './saved-agent.ts';

export type BaselineKind = 'none' | 'mean' | 'learned';
export const BASELINE_KINDS: readonly BaselineKind[] = ['none', 'mean', 'learned'];

/**
 * Live hyper-parameters: `learningRate`, `valueLearningRate` and `baseline` are read at each
 * update, `gamma` and `batchEpisodes` at each episode end.
 */
export interface ReinforceParams {
  learningRate: number;
  gamma: number;
  batchEpisodes: number;
  baseline: BaselineKind;
  /** α_w of the learned baseline's w ← w + α_w Σ δ φ (read with baseline 'learned' only). */
  valueLearningRate: number;
}

/**
 * α_w's default, here so that a file saved before the learned baseline existed loads with it (see
 * REINFORCE_DEFAULTS for how it was chosen).
 */
export const DEFAULT_VALUE_LEARNING_RATE = 0.01;

/**
 * Most episodes per update. The batch is kept in memory until the update, so M is bounded; 200 is
 * also the playground panel's maximum.
 */
export const MAX_BATCH_EPISODES = 200;
/** Largest observation vector, and most actions, a REINFORCE agent accepts (checked before allocating). */
export const MAX_OBS_DIM = 4096;
export const MAX_REINFORCE_ACTIONS = 1024;
/** Most numbers in θ (nActions × featureDim). */
export const MAX_THETA_SIZE = 2 ** 20;

/** The allowed values of each live param: for the agent's checks and for a UI that clamps. */
export const REINFORCE_PARAM_RANGES: ParamRanges<ReinforceParams> = {
  learningRate: { kind: 'number', min: 0, max: Number.POSITIVE_INFINITY },
  gamma: { kind: 'number', min: 0, max: 1 },
  batchEpisodes: { kind: 'number', min: 1, max: MAX_BATCH_EPISODES, integer: true },
  baseline: { kind: 'choice', choices: BASELINE_KINDS },
  valueLearningRate: { kind: 'number', min: 0, max: Number.POSITIVE_INFINITY },
};

/** Range checks shared by the constructor, the loader and the UI store. */
export const reinforceParamsSchema = z.object({
  learningRate: finiteNumber.pipe(z.number().min(0)),
  gamma: finiteNumber.pipe(z.number().min(0).max(1)),
  batchEpisodes: z.number().int().min(1).max(MAX_BATCH_EPISODES),
  baseline: z.enum(['none', 'mean', 'learned']),
  /** Absent in files saved before the learned baseline: the default. */
  valueLearningRate: finiteNumber.pipe(z.number().min(0)).default(DEFAULT_VALUE_LEARNING_RATE),
});
