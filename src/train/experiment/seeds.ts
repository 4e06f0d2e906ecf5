/**
 * Run k's seeds. They depend only on the experiment seed and k, so a run is the same whichever
 * worker runs it and in whatever order; every condition's run k shares them (common random numbers,
 * which makes differences between conditions less noisy than independent seeds would).
 */
import { deriveSeed, type Seed } from '../../core/rng.ts';

export function runSeed(experimentSeed: Seed, run: number): string {
  return deriveSeed(experimentSeed, `run${run}`);
}

/** The agent's and the env's seeds for run k. */
export function runSeeds(experimentSeed: Seed, run: number): { agent: string; env: string } {
  const seed = runSeed(experimentSeed, run);
  return { agent: deriveSeed(seed, 'agent'), env: deriveSeed(seed, 'env') };
}
