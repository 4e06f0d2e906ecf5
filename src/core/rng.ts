/**
 * Seeded random numbers for everything in the simulation core.
 *
 * Every env and agent owns one `Rng`, made from an explicit seed. The generator is seedrandom's
 * Alea: it gives the same sequence in Node, in a worker and in the page, it is several times faster
 * than seedrandom's default ARC4, and its whole state is four numbers, so an agent's stream can be
 * saved, sent to a worker and resumed exactly (`state()` / `Rng.fromState`).
 *
 * seedrandom seeds it (its Mash hash turns the seed into the first state); the stepping is Alea's
 * `next` written out here on fields of this object (the same arithmetic, so the same numbers), so
 * that the fused training kernel (src/train/fused) can read the four numbers into locals, step them
 * itself and write them back with `setState`, without allocating.
 */
import seedrandom from 'seedrandom';

export type RngState = seedrandom.State.Alea;
export type Seed = number | string;

/** 2^-32, Alea's carry scale. */
export const ALEA_2_32 = 2.3283064365386963e-10;
/** Alea's multiplier. */
export const ALEA_A = 2091639;

export class Rng {
  /** Uniform float in [0, 1). One closure call, as seedrandom's own generator. */
  readonly random: () => number;
  /**
   * Alea's state (internal: read and written only by `setState` and the fused kernel, which steps
   * the same arithmetic as `random`).
   */
  s0: number;
  s1: number;
  s2: number;
  c: number;

  constructor(seed: Seed, state?: RngState) {
    const st = state ?? seedrandom.alea(String(seed), { state: true }).state();
    this.s0 = st.s0;
    this.s1 = st.s1;
    this.s2 = st.s2;
    this.c = st.c;
    // seedrandom's Alea next(): t = 2091639·s0 + c·2^-32; shift; s2 = t − (c = t | 0)
    this.random = () => {
      const t = ALEA_A * this.s0 + this.c * ALEA_2_32;
      this.s0 = this.s1;
      this.s1 = this.s2;
      this.c = t | 0;
      this.s2 = t - this.c;
      return this.s2;
    };
  }

  /** Resume a generator exactly where `state()` left it. */
  static fromState(state: RngState): Rng {
    return new Rng('', state);
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.random() * n);
  }

  /** Uniform float in [low, high). */
  uniform(low: number, high: number): number {
    return low + (high - low) * this.random();
  }

  /** Standard normal draw (Box–Muller; one of the pair is discarded to keep no hidden state). */
  normal(): number {
    let u = 0;
    while (u === 0) u = this.random();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.random());
  }

  /** A copy of the generator's state: plain numbers, safe to JSON-encode or post to a worker. */
  state(): RngState {
    // seedrandom's key order (c first), so saved files read the same as before.
    return { c: this.c, s0: this.s0, s1: this.s1, s2: this.s2 };
  }

  /** Continue from this state (no allocation: the fused kernel writes its locals back here). */
  setState(s0: number, s1: number, s2: number, c: number): void {
    this.s0 = s0;
    this.s1 = s1;
    this.s2 = s2;
    this.c = c;
  }
}

/** Derive a child seed so that env and agent streams made from one run seed never coincide. */
export function deriveSeed(seed: Seed, label: string): string {
  return `${seed}/${label}`;
}
