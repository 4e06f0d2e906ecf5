/**
 * REINFORCE (default config) on JumpHole-v0 (default options) through the public API
 * (JumpHoleEnv + ReinforceAgent + runEpisodes), learning on: env steps and episodes per second,
 * median of 3 runs of 200k episodes (≈ 4M steps, about a second each here), after a warm-up.
 */
import { ReinforceAgent } from '../src/agents/reinforce.ts';
import { JumpHoleEnv } from '../src/envs/jump-hole.ts';
import { runEpisodes } from '../src/train/runner.ts';
import { median, timeIt } from './timing.ts';
import type { BenchResult } from './types.ts';

const EPISODES = 200_000;

function once(episodes: number, seed: number): { steps: number; episodes: number } {
  const env = new JumpHoleEnv();
  const agent = new ReinforceAgent({ nActions: 2, obsDim: 2, seed });
  let steps = 0;
  const seconds = timeIt(() => {
    steps = runEpisodes(env, agent, { episodes, seed }).lengths.reduce((a, b) => a + b, 0);
  });
  return { steps: steps / seconds, episodes: episodes / seconds };
}

export function run(): BenchResult[] {
  once(20_000, 99); // warm-up: let the JIT settle before timing
  const runs = [1, 2, 3].map((seed) => once(EPISODES, seed));
  const steps = runs.map((r) => r.steps);
  const episodes = runs.map((r) => r.episodes);
  return [
    {
      key: 'jump_reinforce_steps_per_s',
      label: 'REINFORCE on JumpHole-v0 (runner + env + agent, learning, 200k episodes, median of 3)',
      value: median(steps),
      unit: 'steps/s',
      note: `runs: ${steps.map((r) => (r / 1e6).toFixed(2)).join(', ')} M/s`,
    },
    {
      key: 'jump_reinforce_episodes_per_s',
      label: 'REINFORCE on JumpHole-v0 (same runs)',
      value: median(episodes),
      unit: 'episodes/s',
      note: `runs: ${episodes.map((r) => (r / 1e3).toFixed(0)).join(', ')} k/s`,
    },
  ];
}
