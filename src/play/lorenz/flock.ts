/**
 * The live trajectories of the Lorenz scene: a reference and `count − 1` copies started SPREAD
 * away from it in seeded random directions, advanced together by RK4 and recorded in trail rings
 * (a point every TRAIL_SPACING time units, or every step when dt is larger).
 *
 * A step that makes any state non-finite stops the flock: `blowUp` says when, with which
 * parameters and dt, and the states keep their last finite values (nothing drawn is lost).
 * No allocation per step: the states are views into one Float64Array.
 */

import { Rng, type Seed } from '../../core/rng.ts';
import { LorenzBlowUpError, type LorenzParams, rk4Step } from '../../dynamics/lorenz/index.ts';

/** Initial distance between the reference and each copy (the 1e-6). */
export const SPREAD = 1e-6;
/** Time between two stored trail points. */
export const TRAIL_SPACING = 0.01;

/** A ring of 3-D points, oldest first. */
export class TrailRing {
  data: Float64Array;
  private start = 0;
  length = 0;
  /** Points pushed since the ring was made or cleared (the newest is number `pushed − 1`). */
  pushed = 0;

  constructor(public capacity: number) {
    this.data = new Float64Array(3 * capacity);
  }

  push(x: number, y: number, z: number): void {
    const cap = this.capacity;
    let slot: number;
    if (this.length < cap) {
      slot = (this.start + this.length) % cap;
      this.length++;
    } else {
      slot = this.start; // full: overwrite the oldest
      this.start = (this.start + 1) % cap;
    }
    this.data[3 * slot] = x;
    this.data[3 * slot + 1] = y;
    this.data[3 * slot + 2] = z;
    this.pushed++;
  }

  /** Offset in `data` of the i-th point, 0 = oldest. */
  offset(i: number): number {
    return 3 * ((this.start + i) % this.capacity);
  }

  clear(): void {
    this.start = 0;
    this.length = 0;
    this.pushed = 0;
  }

  /** Change the capacity, keeping the most recent points. */
  resize(capacity: number): void {
    if (capacity === this.capacity) return;
    const keep = Math.min(this.length, capacity);
    const data = new Float64Array(3 * capacity);
    for (let i = 0; i < keep; i++) {
      const o = this.offset(this.length - keep + i);
      data.set(this.data.subarray(o, o + 3), 3 * i);
    }
    this.data = data;
    this.capacity = capacity;
    this.start = 0;
    this.length = keep;
  }
}

/** Trail capacity in points for a history of `trail` time units at step `dt`. */
export function trailCapacity(trail: number, dt: number): number {
  return Math.max(2, Math.ceil(trail / Math.max(dt, TRAIL_SPACING)) + 1);
}

export class LorenzFlock {
  readonly count: number;
  /** x, y, z of trajectory k at 3k. */
  readonly state: Float64Array;
  readonly trails: TrailRing[];
  /** Simulated time since the flock was made. */
  time = 0;
  blowUp: LorenzBlowUpError | null = null;
  private readonly views: Float64Array[];
  private readonly rng: Rng;
  private readonly saved = new Float64Array(3);
  private sinceSample = Number.POSITIVE_INFINITY;

  constructor(count: number, capacity: number, seed: Seed, start: ArrayLike<number>) {
    this.count = count;
    this.state = new Float64Array(3 * count);
    this.views = Array.from({ length: count }, (_, k) => this.state.subarray(3 * k, 3 * k + 3));
    this.trails = Array.from({ length: count }, () => new TrailRing(capacity));
    this.rng = new Rng(seed);
    this.place(start);
  }

  /**
   * Put the reference at `start` and each copy SPREAD away in a fresh random direction. The copies'
   * trails restart; the reference's trail goes on.
   */
  place(start: ArrayLike<number>): void {
    const s = this.state;
    s[0] = start[0];
    s[1] = start[1];
    s[2] = start[2];
    for (let k = 1; k < this.count; k++) {
      let ux = 0;
      let uy = 0;
      let uz = 0;
      let n = 0;
      while (!(n > 1e-6)) {
        ux = this.rng.normal();
        uy = this.rng.normal();
        uz = this.rng.normal();
        n = Math.hypot(ux, uy, uz);
      }
      s[3 * k] = start[0] + (SPREAD * ux) / n;
      s[3 * k + 1] = start[1] + (SPREAD * uy) / n;
      s[3 * k + 2] = start[2] + (SPREAD * uz) / n;
      this.trails[k].clear();
    }
    this.blowUp = null;
    this.sinceSample = Number.POSITIVE_INFINITY;
  }

  /**
   * Advance every trajectory `steps` RK4 steps. Returns the steps completed; fewer means a blow-up
   * (then `blowUp` is set and the flock stays where it last was finite).
   */
  advance(p: LorenzParams, dt: number, steps: number): number {
    if (this.blowUp) return 0;
    const s = this.state;
    const saved = this.saved;
    for (let n = 0; n < steps; n++) {
      for (let k = 0; k < this.count; k++) {
        const v = this.views[k];
        saved[0] = v[0];
        saved[1] = v[1];
        saved[2] = v[2];
        rk4Step(p, v, dt);
        if (!Number.isFinite(v[0] + v[1] + v[2])) {
          v.set(saved);
          this.blowUp = new LorenzBlowUpError(p, dt, this.time + dt);
          return n;
        }
      }
      this.time += dt;
      this.sinceSample += dt;
      if (this.sinceSample >= TRAIL_SPACING - 1e-12) {
        this.sinceSample = 0;
        for (let k = 0; k < this.count; k++) this.trails[k].push(s[3 * k], s[3 * k + 1], s[3 * k + 2]);
      }
    }
    return steps;
  }

  /** Distance of copy k (k ≥ 1) from the reference. */
  distance(k: number): number {
    const s = this.state;
    return Math.hypot(s[3 * k] - s[0], s[3 * k + 1] - s[1], s[3 * k + 2] - s[2]);
  }

  resizeTrails(capacity: number): void {
    for (const t of this.trails) t.resize(capacity);
  }
}
