/**
 * REINFORCE's batch: the steps of the episodes since the last update, in growable typed arrays
 * (doubling when full, so storing a step allocates nothing once the batch size is reached).
 *
 * Per step: φ(s) (featureDim numbers), the action, the reward, the action mask (nActions entries,
 * 1 legal) and, once its episode has ended, the return R_t = Σ_{k≥t} γ^{k−t} r_{k+1} and γ^t
 * (t the step's index in its episode, for the learned baseline's γ^t δ ∇log π).
 */
import type { StoredBatch } from './reinforce-gradient.ts';

const INITIAL_CAPACITY = 1024;

export class EpisodeBatch implements StoredBatch {
  feats: Float64Array;
  actions: Int32Array;
  rewards: Float64Array;
  returns: Float64Array;
  discounts: Float64Array;
  masks: Uint8Array;
  /** Steps stored (closed episodes and the open one). */
  steps = 0;
  /** Episodes closed since the last clear, and the sum of their undiscounted returns. */
  episodes = 0;
  returnSum = 0;
  private capacity = INITIAL_CAPACITY;
  private episodeStart = 0;

  constructor(
    private readonly featureDim: number,
    private readonly nActions: number,
  ) {
    this.feats = new Float64Array(this.capacity * featureDim);
    this.actions = new Int32Array(this.capacity);
    this.rewards = new Float64Array(this.capacity);
    this.returns = new Float64Array(this.capacity);
    this.discounts = new Float64Array(this.capacity);
    this.masks = new Uint8Array(this.capacity * nActions);
  }

  /** Room for one more step; returns its index (the caller writes its features at index·featureDim). */
  push(action: number, reward: number, mask: Uint8Array): number {
    if (this.steps === this.capacity) this.grow();
    const i = this.steps++;
    this.actions[i] = action;
    this.rewards[i] = reward;
    this.masks.set(mask, i * this.nActions);
    return i;
  }

  /** Close the open episode: its returns R_t and discounts γ^t. */
  closeEpisode(gamma: number): void {
    let G = 0;
    let total = 0;
    for (let i = this.steps - 1; i >= this.episodeStart; i--) {
      G = this.rewards[i] + gamma * G; // R_t = r_{t+1} + γ R_{t+1}
      this.returns[i] = G;
      total += this.rewards[i];
    }
    let d = 1;
    for (let i = this.episodeStart; i < this.steps; i++) {
      this.discounts[i] = d; // γ^t
      d *= gamma;
    }
    this.returnSum += total;
    this.episodes++;
    this.episodeStart = this.steps;
  }

  clear(): void {
    this.steps = 0;
    this.episodeStart = 0;
    this.episodes = 0;
    this.returnSum = 0;
  }

  /** Double every buffer (amortised: no allocation once the batch size is reached). */
  private grow(): void {
    const cap = this.capacity * 2;
    const grown = <T extends Float64Array | Int32Array | Uint8Array>(
      a: T,
      make: (n: number) => T,
      per: number,
    ): T => {
      const b = make(cap * per);
      b.set(a);
      return b;
    };
    this.feats = grown(this.feats, (n) => new Float64Array(n), this.featureDim);
    this.actions = grown(this.actions, (n) => new Int32Array(n), 1);
    this.rewards = grown(this.rewards, (n) => new Float64Array(n), 1);
    this.returns = grown(this.returns, (n) => new Float64Array(n), 1); // the closed episodes' returns
    this.discounts = grown(this.discounts, (n) => new Float64Array(n), 1);
    this.masks = grown(this.masks, (n) => new Uint8Array(n), this.nActions);
    this.capacity = cap;
  }
}
