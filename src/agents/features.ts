/**
 * Feature maps φ(s) for linear policies, described by plain data so that an agent that uses them
 * can be saved as JSON (a function could not be).
 *
 * - `{ kind: 'linear' }`: φ(s) = (s₁, …, s_n, 1), the observation with a constant 1 appended.
 * - `{ kind: 'rbf', centers, width }`: radial basis functions
 *   φ_k(s) = exp(−‖s − c_k‖² / (2·width²)) for each centre c_k, then a constant 1.
 * - `{ kind: 'one-hot', n }`: for a `Discrete(n)` observation (a plain number s ∈ {0…n−1}),
 *   φ(s) = (1[s=0], …, 1[s=n−1], 1): the one-hot vector, then a constant 1 (dimension n + 1). With it
 *   the policy-gradient agents run on tabular envs; the observation is a number, not a vector, and
 *   the config's `obsDim` is not read (makeAgent passes 1).
 * - `{ kind: 'gated', index, off, on }`: for an observation whose component `index` is 0 or 1 (a
 *   switch, like JumpHole-v0's on-ground flag), φ(s) = ((1 − s_i)·φ_off(s), s_i·φ_on(s)): two
 *   feature maps (each linear or rbf) of which only one is non-zero, so a linear function of φ is
 *   a separate function on each side of the switch (dimension dim_off + dim_on).
 */
import { z } from 'zod';
import { finiteNumber, finiteNumbers, oneProblem } from './saved-agent.ts';

/** The feature maps a 'gated' map can switch between. */
export type PlainFeatureSpec =
  | { kind: 'linear' }
  | {
      kind: 'rbf';
      /** Centres c_k, each a point in observation space (length obsDim). */
      centers: number[][];
      /** Width σ of every basis function, in observation units (> 0). */
      width: number;
    };

export type FeatureSpec =
  | PlainFeatureSpec
  | {
      kind: 'gated';
      /** Index of the observation component (0 or 1) that selects `off` or `on`. */
      index: number;
      /** Features where s_index = 0. */
      off: PlainFeatureSpec;
      /** Features where s_index = 1. */
      on: PlainFeatureSpec;
    }
  | {
      kind: 'one-hot';
      /** Number of discrete observations (states). */
      n: number;
    };

/** Most states a one-hot feature map accepts (as many as a tabular agent's table, roughly). */
export const MAX_ONE_HOT_STATES = 2 ** 16;

const linearSchema = z.object({ kind: z.literal('linear') });
const rbfSchema = z.object({
  kind: z.literal('rbf'),
  centers: z.array(finiteNumbers).min(1).max(4096, 'at most 4096 centres'),
  width: finiteNumber.pipe(z.number().positive()),
});
const plainSchema = z.discriminatedUnion('kind', [linearSchema, rbfSchema]);

export const featureSpecSchema = z.discriminatedUnion('kind', [
  linearSchema,
  rbfSchema,
  z.object({
    kind: z.literal('gated'),
    index: z.number().int().min(0),
    off: plainSchema,
    on: plainSchema,
  }),
  z.object({
    kind: z.literal('one-hot'),
    n: z.number().int().positive().max(MAX_ONE_HOT_STATES, `at most ${MAX_ONE_HOT_STATES} states`),
  }),
]);

export interface FeatureMap {
  /** Number of features, including the constant 1. */
  readonly dim: number;
  /**
   * Write φ(obs) into `out[offset … offset + dim)`. Allocates nothing. `obs` is a vector, or for
   * one-hot features a state number (the caller has checked it: `discreteStates`).
   */
  compute(obs: ArrayLike<number> | number, out: Float64Array, offset: number): void;
  /** For one-hot features the number n of states (observations are numbers 0…n−1); else null. */
  readonly discreteStates: number | null;
}

/** Build the feature map of `spec` for observations of length `obsDim`; a bad spec throws an `AgentFormatError`. */
export function makeFeatures(spec: FeatureSpec, obsDim: number): FeatureMap {
  if (spec.kind === 'linear') {
    return {
      dim: obsDim + 1,
      discreteStates: null,
      compute(obs, out, offset) {
        const v = obs as ArrayLike<number>;
        for (let i = 0; i < obsDim; i++) out[offset + i] = v[i];
        out[offset + obsDim] = 1;
      },
    };
  }
  if (spec.kind === 'one-hot') {
    const n = spec.n;
    return {
      dim: n + 1,
      discreteStates: n,
      compute(obs, out, offset) {
        out.fill(0, offset, offset + n);
        out[offset + (obs as number)] = 1; // φ_s = 1[s = obs]
        out[offset + n] = 1;
      },
    };
  }
  if (spec.kind === 'gated') return gatedFeatures(spec.index, spec.off, spec.on, obsDim);
  const { centers, width } = spec;
  centers.forEach((c, k) => {
    if (c.length !== obsDim) {
      throw oneProblem(
        'rbf features',
        {
          path: ['features', 'centers', String(k)],
          kind: 'rbf-center-length',
          values: { index: k, length: c.length, obsDim },
        },
        `centers[${k}] has ${c.length} numbers, expected obsDim = ${obsDim}`,
      );
    }
  });
  if (!(width > 0) || !Number.isFinite(width)) {
    throw oneProblem(
      'rbf features',
      { path: ['features', 'width'], kind: 'rbf-width', values: { width: String(width) } },
      `width must be a finite number > 0, got ${width}`,
    );
  }
  const flat = Float64Array.from(centers.flat());
  const K = centers.length;
  const scale = -1 / (2 * width * width);
  return {
    dim: K + 1,
    discreteStates: null,
    compute(obs, out, offset) {
      const v = obs as ArrayLike<number>;
      for (let k = 0; k < K; k++) {
        let d2 = 0;
        for (let i = 0; i < obsDim; i++) {
          const d = v[i] - flat[k * obsDim + i];
          d2 += d * d;
        }
        out[offset + k] = Math.exp(d2 * scale); // exp(−‖s − c_k‖² / (2σ²))
      }
      out[offset + K] = 1;
    },
  };
}

/** φ(s) = ((1 − s_i)·φ_off(s), s_i·φ_on(s)) for a component s_i that is 0 or 1. */
function gatedFeatures(
  index: number,
  off: PlainFeatureSpec,
  on: PlainFeatureSpec,
  obsDim: number,
): FeatureMap {
  if (index >= obsDim) {
    throw oneProblem(
      'gated features',
      { path: ['features', 'index'], kind: 'gated-index', values: { index, obsDim } },
      `index ${index} is not below obsDim = ${obsDim}`,
    );
  }
  const a = makeFeatures(off, obsDim);
  const b = makeFeatures(on, obsDim);
  return {
    dim: a.dim + b.dim,
    discreteStates: null,
    compute(obs, out, offset) {
      const s = (obs as ArrayLike<number>)[index];
      a.compute(obs, out, offset);
      b.compute(obs, out, offset + a.dim);
      for (let j = 0; j < a.dim; j++) out[offset + j] *= 1 - s; // (1 − s_i)·φ_off(s)
      for (let j = 0; j < b.dim; j++) out[offset + a.dim + j] *= s; // s_i·φ_on(s)
    },
  };
}
