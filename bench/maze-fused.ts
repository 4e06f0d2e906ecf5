/**
 * The fused kernel (src/train/fused) on 'bench10' with the posts' ε 0.1, α 0.1, γ 0.9, measured
 * as bench/maze.ts measures the generic runner (warm-up, then the median of 3 runs of 20M steps),
 * and the same Q-learning run through the kernel for the C comparison (bench/c-maze.ts).
 */
import { makeAgent } from '../src/agents/make-agent.ts';
import type { TabularAgentKind } from '../src/agents/types.ts';
import { makeEnv } from '../src/envs/registry.ts';
import { fusedAdvance } from '../src/train/fused/index.ts';
import { Runner } from '../src/train/runner.ts';
import { median, timeIt } from './timing.ts';

export const BENCH_PARAMS = { epsilon: 0.1, alpha: 0.1, gamma: 0.9 } as const;

/** A bench10 runner for `kind`, as the generic bench builds it (agent seed = run seed). */
export function benchRunner(kind: TabularAgentKind, seed: number): Runner<unknown> {
  const env = makeEnv('GridMaze-v0', { layout: 'bench10' });
  const agent = makeAgent(kind, env, { seed, ...BENCH_PARAMS });
  return new Runner<unknown>(env, agent as never, { seed });
}

function once(kind: TabularAgentKind, steps: number, seed: number): number {
  const runner = benchRunner(kind, seed);
  return steps / timeIt(() => fusedAdvance(runner, steps));
}

/** Steps per second of the fused kernel: warm-up, then the median of 3 runs of `steps`. */
export function fusedRates(kind: TabularAgentKind, steps: number): number[] {
  once(kind, 1_000_000, 99); // warm-up: let the JIT settle before timing
  return [1, 2, 3].map((seed) => once(kind, steps, seed));
}

export { median };
