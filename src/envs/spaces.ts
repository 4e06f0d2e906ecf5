/**
 * Action and observation spaces, shaped like Gymnasium's `Discrete` and `Box`.
 * Constructors validate their arguments and name the bad value in the error.
 */
import type { Rng } from '../core/rng.ts';
import { EnvRangeError } from './errors.ts';

export interface Space<T> {
  readonly kind: 'discrete' | 'box';
  /** Whether `x` is a member of the space. Never throws. */
  contains(x: unknown): x is T;
  /** A uniformly random member, drawn from the given seeded generator. */
  sample(rng: Rng): T;
  /** A short human description, used in error messages: `Discrete(4)`, `Box([-1, 0], [1, 1])`. */
  toString(): string;
}

/** The integers {0, 1, …, n − 1}. */
export class Discrete implements Space<number> {
  readonly kind = 'discrete' as const;
  readonly n: number;

  constructor(n: number) {
    if (!Number.isInteger(n) || n < 1) {
      throw new EnvRangeError(
        'discrete-size-invalid',
        { value: String(n) },
        `Discrete(n): n must be a positive integer, got ${String(n)}`,
      );
    }
    this.n = n;
  }

  contains(x: unknown): x is number {
    return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x < this.n;
  }

  sample(rng: Rng): number {
    return rng.int(this.n);
  }

  toString(): string {
    return `Discrete(${this.n})`;
  }
}

/** A box of real vectors: low[i] ≤ x[i] ≤ high[i]. Bounds may be ±Infinity. */
export class Box implements Space<Float64Array> {
  readonly kind = 'box' as const;
  readonly low: Float64Array;
  readonly high: Float64Array;
  readonly shape: readonly [number];

  constructor(low: ArrayLike<number> | number, high: ArrayLike<number> | number, shape?: readonly [number]) {
    const size =
      shape?.[0] ?? (typeof low === 'number' ? (typeof high === 'number' ? 1 : high.length) : low.length);
    if (!Number.isInteger(size) || size < 1) {
      throw new EnvRangeError(
        'box-shape-invalid',
        { value: String(shape?.[0] ?? size) },
        `Box: shape must be a positive integer length, got ${String(shape?.[0] ?? size)}`,
      );
    }
    this.shape = [size];
    this.low = Box.fill('low', low, size);
    this.high = Box.fill('high', high, size);
    for (let i = 0; i < size; i++) {
      if (Number.isNaN(this.low[i]) || Number.isNaN(this.high[i])) {
        throw new EnvRangeError(
          'box-bound-nan',
          { index: i, low: String(this.low[i]), high: String(this.high[i]) },
          `Box: bound ${i} is NaN (low ${this.low[i]}, high ${this.high[i]})`,
        );
      }
      if (this.low[i] > this.high[i]) {
        throw new EnvRangeError(
          'box-bounds-reversed',
          { index: i, low: String(this.low[i]), high: String(this.high[i]) },
          `Box: low[${i}] = ${this.low[i]} is above high[${i}] = ${this.high[i]}`,
        );
      }
    }
  }

  private static fill(name: string, v: ArrayLike<number> | number, size: number): Float64Array {
    if (typeof v === 'number') return new Float64Array(size).fill(v);
    if (v.length !== size) {
      throw new EnvRangeError(
        'box-length-mismatch',
        { name, length: v.length, size },
        `Box: ${name} has length ${v.length}, but the shape is [${size}]`,
      );
    }
    return Float64Array.from(v);
  }

  contains(x: unknown): x is Float64Array {
    if (!(x instanceof Float64Array || Array.isArray(x)) || x.length !== this.shape[0]) return false;
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      if (typeof v !== 'number' || Number.isNaN(v) || v < this.low[i] || v > this.high[i]) return false;
    }
    return true;
  }

  /** Uniform inside finite bounds; a normal draw where a side is unbounded (as Gymnasium does). */
  sample(rng: Rng): Float64Array {
    const out = new Float64Array(this.shape[0]);
    for (let i = 0; i < out.length; i++) {
      const lo = this.low[i];
      const hi = this.high[i];
      if (Number.isFinite(lo) && Number.isFinite(hi)) out[i] = rng.uniform(lo, hi);
      else if (Number.isFinite(lo)) out[i] = lo + Math.abs(rng.normal());
      else if (Number.isFinite(hi)) out[i] = hi - Math.abs(rng.normal());
      else out[i] = rng.normal();
    }
    return out;
  }

  toString(): string {
    return `Box([${Array.from(this.low).join(', ')}], [${Array.from(this.high).join(', ')}])`;
  }
}
