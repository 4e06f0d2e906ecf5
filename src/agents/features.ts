/**
 * Feature maps φ(s) for linear policies, described by plain data so that an agent that uses them
 * can be saved as JSON (a function could not be).
 *
 * - `{ kind: 'linear' }`: φ(s) = (s₁, …, s_n, 1), the observation with a constant 1 appended.
 * - `{ kind: 'rbf', centers, width }`: radial basis functions
 *   φ_k(s) = exp(−‖s − c_k‖² / (2·width²)) for each centre c_k, then a constant 1.
 */
import { z } from 'zod';
import { finiteNumber, finiteNumbers, oneProblem } from './saved-agent.ts';

export type FeatureSpec =
  | { kind: 'linear' }
  | {
      kind: 'rbf';
      /** Centres c_k, each a point in observation space (length obsDim). */
      centers: number[][];
      /** Width σ of every basis function, in observation units (> 0). */
      width: number;
    };

export const featureSpecSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('linear') }),
  z.object({
    kind: z.literal('rbf'),
    centers: z.array(finiteNumbers).min(1).max(4096, 'at most 4096 centres'),
    width: finiteNumber.pipe(z.number().positive()),
  }),
]);

export interface FeatureMap {
  /** Number of features, including the constant 1. */
  readonly dim: number;
  /** Write φ(obs) into `out[offset … offset + dim)`. Allocates nothing. */
  compute(obs: ArrayLike<number>, out: Float64Array, offset: number): void;
}

/** Build the feature map of `spec` for observations of length `obsDim`; a bad spec throws an `AgentFormatError`. */
export function makeFeatures(spec: FeatureSpec, obsDim: number): FeatureMap {
  if (spec.kind === 'linear') {
    return {
      dim: obsDim + 1,
      compute(obs, out, offset) {
        for (let i = 0; i < obsDim; i++) out[offset + i] = obs[i];
        out[offset + obsDim] = 1;
      },
    };
  }
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
    compute(obs, out, offset) {
      for (let k = 0; k < K; k++) {
        let d2 = 0;
        for (let i = 0; i < obsDim; i++) {
          const d = obs[i] - flat[k * obsDim + i];
          d2 += d * d;
        }
        out[offset + k] = Math.exp(d2 * scale); // exp(−‖s − c_k‖² / (2σ²))
      }
      out[offset + K] = 1;
    },
  };
}
