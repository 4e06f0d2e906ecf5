/**
 * Seeded random numbers for everything in the simulation core.
 *
 * Every env and agent owns one `Rng`, made from an explicit seed. The generator is seedrandom's
 * Alea: it gives the same sequence in Node, in a worker and in the page, it is several times faster
 * than seedrandom's default ARC4, and its whole state is four numbers, so an agent's stream can be
 * saved, sent to a worker and resumed exactly (`state()` / `Rng.fromState`).
 */
import seedrandom from 'seedrandom';

export type RngState = seedrandom.State.Alea;
export type Seed = number | string;

export class Rng {
  /** Uniform float in [0, 1). The generator itself, so a call is one closure call. */
  readonly random: () => number;
  private readonly prng: seedrandom.StatefulPRNG<RngState>;

  constructor(seed: Seed, state?: RngState) {
    this.prng = state
      ? seedrandom.alea('', { state: { ...state } })
      : seedrandom.alea(String(seed), { state: true });
    this.random = this.prng;
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
    return { ...this.prng.state() };
  }
}

/** Derive a child seed so that env and agent streams made from one run seed never coincide. */
export function deriveSeed(seed: Seed, label: string): string {
  return `${seed}/${label}`;
}
