/**
 * The numeric kernels of REINFORCE with a softmax-linear policy (SPEC §2), over typed arrays and
 * caller-owned scratch, so the agent allocates nothing per step or per update.
 *
 *   π_θ(a|s) = exp(θ_a·φ(s)) / Σ_b exp(θ_b·φ(s))
 *   ∇θ_k log π(a|s) = (1[a=k] − π(k|s)) φ(s)
 *
 * With an action mask (1 legal, 0 illegal per action) the sums run over the legal actions only:
 * an illegal action has probability 0, and the score above uses that masked π (so an illegal row of
 * θ gets no gradient from the step).
 */

/** θ and its shape: row-major, θ_a,j at `theta[a * featureDim + j]`. */
export interface LinearPolicy {
  readonly theta: Float64Array;
  readonly nActions: number;
  readonly featureDim: number;
}

/**
 * π_θ(·|s) for the features at `feats[offset…]`, into `out`. With `mask` (read at
 * `mask[maskOffset + a]`), actions whose entry is 0 get probability 0 and the rest share 1; the
 * caller ensures at least one action is legal.
 */
export function softmaxPolicy(
  policy: LinearPolicy,
  feats: Float64Array,
  offset: number,
  out: Float64Array,
  mask?: ArrayLike<number> | null,
  maskOffset = 0,
): void {
  const { theta, nActions, featureDim: fd } = policy;
  let max = Number.NEGATIVE_INFINITY;
  for (let a = 0; a < nActions; a++) {
    if (mask && mask[maskOffset + a] === 0) continue;
    let z = 0;
    for (let j = 0; j < fd; j++) z += theta[a * fd + j] * feats[offset + j]; // θ_a · φ(s)
    out[a] = z;
    if (z > max) max = z;
  }
  let sum = 0;
  for (let a = 0; a < nActions; a++) {
    if (mask && mask[maskOffset + a] === 0) {
      out[a] = 0; // illegal: π(a|s) = 0
      continue;
    }
    out[a] = Math.exp(out[a] - max); // shifted by the max for stability
    sum += out[a];
  }
  for (let a = 0; a < nActions; a++) out[a] /= sum;
}

/** w·φ for the features at `feats[offset…]`: the linear value v̂(s, w). */
export function dot(w: Float64Array, feats: Float64Array, offset: number): number {
  let v = 0;
  for (let j = 0; j < w.length; j++) v += w[j] * feats[offset + j];
  return v;
}

/**
 * Add `c`·∇θ log π(a|s) to `g`, with π = `probs` (already computed for the features at
 * `feats[offset…]`): g_k += c (1[a=k] − π(k|s)) φ(s).
 */
export function addScore(
  g: Float64Array,
  nActions: number,
  fd: number,
  feats: Float64Array,
  offset: number,
  probs: Float64Array,
  a: number,
  c: number,
): void {
  for (let k = 0; k < nActions; k++) {
    const ck = c * ((k === a ? 1 : 0) - probs[k]); // c · (1[a=k] − π(k|s))
    if (ck === 0) continue;
    for (let j = 0; j < fd; j++) g[k * fd + j] += ck * feats[offset + j];
  }
}

/**
 * The stored steps of a batch: features (n × featureDim), actions and returns R^m_t; optionally the
 * action mask of each step (n × nActions, 1 legal) and γ^t, t the step's index in its episode.
 */
export interface StoredBatch {
  readonly feats: Float64Array;
  readonly actions: Int32Array;
  readonly returns: Float64Array;
  readonly steps: number;
  readonly masks?: Uint8Array;
  readonly discounts?: Float64Array;
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
    softmaxPolicy(policy, feats, off, probs, batch.masks, i * nA);
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

/**
 * REINFORCE with a learned baseline v̂(s, w) = w·φ(s) (S&B §13.4) over a whole batch, θ fixed at its
 * value at the batch's start. The stored steps are visited in order (episode by episode, step t of
 * each), and w is updated at each one as in the book:
 *
 *   δ_i = R_i − w·φ_i,   w ← w + α_w δ_i φ_i,   g += γ^t δ_i ∇θ log π(a_i|s_i)
 *
 * `g0` gets γ^t R_i ∇θ log π (the same without a baseline). The caller then applies θ ← θ + α_θ g.
 * `batch.discounts` must hold γ^t. Returns the mean of the v̂(s_i) that were subtracted.
 */
export function learnedBaselineGradient(
  policy: LinearPolicy,
  batch: StoredBatch,
  w: Float64Array,
  valueLearningRate: number,
  probs: Float64Array,
  g: Float64Array,
  g0: Float64Array,
): number {
  const { nActions: nA, featureDim: fd } = policy;
  const { feats, actions, returns } = batch;
  const discounts = batch.discounts as Float64Array;
  g.fill(0);
  g0.fill(0);
  let vSum = 0;
  for (let i = 0; i < batch.steps; i++) {
    const off = i * fd;
    const v = dot(w, feats, off);
    vSum += v;
    const delta = returns[i] - v; // δ = G_t − v̂(S_t, w)
    for (let j = 0; j < fd; j++) w[j] += valueLearningRate * delta * feats[off + j]; // w ← w + α_w δ ∇v̂
    softmaxPolicy(policy, feats, off, probs, batch.masks, i * nA);
    addScore(g, nA, fd, feats, off, probs, actions[i], discounts[i] * delta); // γ^t δ ∇log π
    addScore(g0, nA, fd, feats, off, probs, actions[i], discounts[i] * returns[i]);
  }
  return batch.steps > 0 ? vSum / batch.steps : 0;
}
