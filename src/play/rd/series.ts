/**
 * Bounded, allocation-free recorders for the reaction–diffusion scene: a ring buffer of samples for
 * the time-series charts and the phase-plane trail, and a rolling period/amplitude meter for the
 * limit cycles (the live counterpart of `measurePeriod`, SPEC §4: ≈ 0.256 for sim 1, ≈ 0.211 for sim 2).
 */

/** A ring buffer of (t, x₀, …, x_{k−1}) rows with a fixed capacity; the oldest rows drop out. */
export class RingSeries {
  readonly capacity: number;
  readonly channels: number;
  /** Rows written since the last clear (also counts the ones that dropped out). */
  written = 0;
  private readonly t: Float64Array;
  private readonly x: Float64Array;

  constructor(capacity: number, channels: number) {
    if (!(capacity >= 2 && channels >= 1))
      throw new RangeError(`RingSeries: bad size ${capacity}×${channels}`);
    this.capacity = capacity;
    this.channels = channels;
    this.t = new Float64Array(capacity);
    this.x = new Float64Array(capacity * channels);
  }

  get length(): number {
    return Math.min(this.written, this.capacity);
  }

  clear(): void {
    this.written = 0;
  }

  /** Append a row: the time and one value per channel (pass exactly `channels` values). */
  push(t: number, x0: number, x1 = 0, x2 = 0): void {
    const slot = this.written % this.capacity;
    this.t[slot] = t;
    const base = slot * this.channels;
    this.x[base] = x0;
    if (this.channels > 1) this.x[base + 1] = x1;
    if (this.channels > 2) this.x[base + 2] = x2;
    this.written++;
  }

  /** Index into the buffers of the i-th stored row, oldest first (0 ≤ i < length). */
  private slot(i: number): number {
    return this.written <= this.capacity ? i : (this.written + i) % this.capacity;
  }

  timeAt(i: number): number {
    return this.t[this.slot(i)];
  }

  valueAt(i: number, channel: number): number {
    return this.x[this.slot(i) * this.channels + channel];
  }

  /** The last row's time (NaN when empty). */
  get lastTime(): number {
    return this.written === 0 ? Number.NaN : this.t[(this.written - 1) % this.capacity];
  }

  /** Oldest-first copies for a chart: times and one array per channel. */
  toArrays(): { t: Float64Array; x: Float64Array[] } {
    const n = this.length;
    const t = new Float64Array(n);
    const x = Array.from({ length: this.channels }, () => new Float64Array(n));
    for (let i = 0; i < n; i++) {
      const s = this.slot(i);
      t[i] = this.t[s];
      for (let c = 0; c < this.channels; c++) x[c][i] = this.x[s * this.channels + c];
    }
    return { t, x };
  }
}

/**
 * Period of an oscillation from upward crossings of a level (linear interpolation between samples),
 * averaged over the last few cycles, and the min/max of the signal over the last complete cycle.
 */
export class RollingPeriod {
  /** Mean period over the last up to `window` cycles; NaN before two crossings. */
  period = Number.NaN;
  /** Cycles the period is averaged over. */
  cycles = 0;
  /** Signal range over the last complete cycle (NaN before one). */
  min = Number.NaN;
  max = Number.NaN;
  private level = 0;
  private readonly times: Float64Array;
  private count = 0;
  private prevT = Number.NaN;
  private prevX = Number.NaN;
  private runMin = Number.POSITIVE_INFINITY;
  private runMax = Number.NEGATIVE_INFINITY;

  constructor(window = 6) {
    this.times = new Float64Array(window + 1);
  }

  /** Start over, crossing `level` from now on. */
  reset(level: number): void {
    this.level = level;
    this.count = 0;
    this.period = Number.NaN;
    this.cycles = 0;
    this.min = Number.NaN;
    this.max = Number.NaN;
    this.prevT = Number.NaN;
    this.prevX = Number.NaN;
    this.runMin = Number.POSITIVE_INFINITY;
    this.runMax = Number.NEGATIVE_INFINITY;
  }

  push(t: number, x: number): void {
    const x0 = this.prevX;
    if (x0 < this.level && x >= this.level) {
      const tc = this.prevT + ((this.level - x0) / (x - x0)) * (t - this.prevT);
      const cap = this.times.length;
      this.times[this.count % cap] = tc;
      this.count++;
      if (this.count >= 2) {
        this.min = this.runMin;
        this.max = this.runMax;
        const k = Math.min(this.count, cap);
        const first = this.times[(this.count - k) % cap];
        this.cycles = k - 1;
        this.period = (tc - first) / this.cycles;
      }
      this.runMin = Number.POSITIVE_INFINITY;
      this.runMax = Number.NEGATIVE_INFINITY;
    }
    if (x < this.runMin) this.runMin = x;
    if (x > this.runMax) this.runMax = x;
    this.prevT = t;
    this.prevX = x;
  }
}
