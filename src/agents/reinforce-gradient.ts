/**
 * The numeric kernels of REINFORCE with a softmax-linear policy (SPEC §2), over typed arrays and
 * caller-owned scratch, so the agent allocates nothing per step or per update.
 *
 *   π_θ(a|s) = exp(θ_a·φ(s)) / Σ_b exp(θ_b·φ(s))
 *   ∇θ_k log π(a|s) = (1[a=k] − π(k|s)) φ(s)
 */

/** θ and its shape: row-major, θ_a,j at `theta[a * featureDim + j]`. */
export interface LinearPolicy {
  readonly theta: Float64Array;
  readonly nActions: number;
  readonly featureDim: number;
}

/** π_θ(·|s) for the features at `feats[offset…]`, into `out`. */
export function softmaxPolicy(
  policy: LinearPolicy,
  feats: Float64Array,
  offset: number,
  out: Float64Array,
): void {
  const { theta, nActions, featureDim: fd } = policy;
  let max = Number.NEGATIVE_INFINITY;
  for (let a = 0; a < nActions; a++) {
    let z = 0;
    for (let j = 0; j < fd; j++) z += theta[a * fd + j] * feats[offset + j]; // θ_a · φ(s)
    out[a] = z;
    if (z > max) max = z;
  }
  let sum = 0;
  for (let a = 0; a < nActions; a++) {
    out[a] = Math.exp(out[a] - max); // shifted by the max for stability
    sum += out[a];
  }
  for (let a = 0; a < nActions; a++) out[a] /= sum;
}

/** The stored steps of a batch: features (n × featureDim), actions and returns R^m_t. */
export interface StoredBatch {
  readonly feats: Float64Array;
  readonly actions: Int32Array;
  readonly returns: Float64Array;
  readonly steps: number;
}

/** b̄: the mean of every R^m_t in the batch. */
export function meanReturn(batch: StoredBatch): number {
  let b = 0;
  for (let i = 0; i < batch.steps; i++) b += batch.returns[i];
  return b / batch.steps;
}

/**
 * The batch's policy gradient with baseline `b` into `g`, and without any baseline into `g0` (the
 * same batch, so the page can compare their norms):
 *
 *   g = Σ_m Σ_t (R^m_t − b) ∇θ log π_θ(a^m_t | s^m_t),   g0 = Σ_m Σ_t R^m_t ∇θ log π_θ(a^m_t | s^m_t)
 *
 * `probs` is scratch of length nActions. θ must be the one the actions were drawn from.
 */
export function batchGradient(
  policy: LinearPolicy,
  batch: StoredBatch,
  b: number,
  probs: Float64Array,
  g: Float64Array,
  g0: Float64Array,
): void {
  const { nActions: nA, featureDim: fd } = policy;
  const { feats, actions, returns } = batch;
  g.fill(0);
  g0.fill(0);
  for (let i = 0; i < batch.steps; i++) {
    const off = i * fd;
    softmaxPolicy(policy, feats, off, probs);
    const a = actions[i];
    const R = returns[i];
    for (let k = 0; k < nA; k++) {
      const score = (k === a ? 1 : 0) - probs[k]; // ∇θ_k log π(a|s) = (1[a=k] − π(k|s)) φ(s)
      const c = (R - b) * score;
      const c0 = R * score;
      for (let j = 0; j < fd; j++) {
        const f = feats[off + j];
        g[k * fd + j] += c * f;
        g0[k * fd + j] += c0 * f;
      }
    }
  }
}
