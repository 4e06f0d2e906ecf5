/**
 * Running statistics of the last `window` episodes (return, length, success) in fixed ring buffers,
 * plus the total count: what the CLI's progress bar and summary need, in constant memory however
 * many episodes run (it keeps no per-episode arrays).
 */
import { TrainRangeError } from './errors.ts';

export class RecentEpisodes {
  readonly window: number;
  /** Episodes added so far. */
  count = 0;
  private readonly returns: Float64Array;
  private readonly lengths: Float64Array;
  private readonly successes: Uint8Array;

  constructor(window = 100) {
    if (!Number.isInteger(window) || window < 1) {
      throw new TrainRangeError(
        'recent-window-invalid',
        { value: String(window) },
        `RecentEpisodes: window must be a positive integer, got ${window}`,
      );
    }
    this.window = window;
    this.returns = new Float64Array(window);
    this.lengths = new Float64Array(window);
    this.successes = new Uint8Array(window);
  }

  add(ret: number, length: number, success: boolean): void {
    const i = this.count % this.window;
    this.returns[i] = ret;
    this.lengths[i] = length;
    this.successes[i] = success ? 1 : 0;
    this.count++;
  }

  /** Episodes in the window (fewer than `window` at the start). */
  get size(): number {
    return Math.min(this.count, this.window);
  }

  meanReturn(): number {
    return this.mean(this.returns);
  }

  meanLength(): number {
    return this.mean(this.lengths);
  }

  successRate(): number {
    return this.mean(this.successes);
  }

  /** Summed oldest first, so the result is the plain mean of the last episodes in order. */
  private mean(xs: ArrayLike<number>): number {
    const n = this.size;
    const first = this.count > this.window ? this.count % this.window : 0;
    let s = 0;
    for (let k = 0; k < n; k++) s += xs[(first + k) % this.window];
    return n ? s / n : 0;
  }
}
