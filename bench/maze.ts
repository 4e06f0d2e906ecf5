/**
 * Q-learning on 'bench10' through the public API (makeEnv + QLearningAgent + runEpisodes), with the
 * posts' ε 0.1, α 0.1, γ 0.9: env steps per second, median of 3 runs of 20M steps. Then every other
 * tabular kind through makeAgent with its defaults (n 4; λ 0.9 replacing; 5 planning steps), median
 * of 3 runs of 3M steps: `maze_<kind>_steps_per_s` (dashes as underscores). Then the fused kernel
 * (src/train/fused) for Q-learning and Expected SARSA the same way as the generic Q figure
 * (`maze_q_fused_steps_per_s`, `maze_expected_sarsa_fused_steps_per_s`, and the speed-up
 * `maze_q_fused_speedup` over `maze_q_steps_per_s` of the same run), and the same Q-learning loop in
 * C (bench/c-maze.ts: `maze_q_c_steps_per_s`, `maze_q_fused_to_c_ratio`).
 */
import { makeAgent } from '../src/agents/make-agent.ts';
import { QLearningAgent } from '../src/agents/q-learning.ts';
import { TABULAR_AGENT_KINDS, type TabularAgentKind } from '../src/agents/types.ts';
import { makeEnv } from '../src/envs/registry.ts';
import { runEpisodes } from '../src/train/runner.ts';
import { cResults } from './c-maze.ts';
import { fusedRates } from './maze-fused.ts';
import { median, timeIt } from './timing.ts';
import type { BenchResult } from './types.ts';

const STEPS = 20_000_000;

function once(steps: number, seed: number): number {
  const env = makeEnv('GridMaze-v0', { layout: 'bench10' });
  const agent = new QLearningAgent({
    nStates: env.observationSpace.n,
    nActions: 4,
    seed,
    epsilon: 0.1,
    alpha: 0.1,
    gamma: 0.9,
  });
  const seconds = timeIt(() => runEpisodes(env, agent, { steps, seed }));
  return steps / seconds;
}

const KIND_STEPS = 3_000_000;

function onceKind(kind: TabularAgentKind, steps: number, seed: number): number {
  const env = makeEnv('GridMaze-v0', { layout: 'bench10' });
  const agent = makeAgent(kind, env, { seed, epsilon: 0.1, alpha: 0.1, gamma: 0.9 });
  return steps / timeIt(() => runEpisodes(env, agent, { steps, seed }));
}

function kindResult(kind: TabularAgentKind): BenchResult {
  onceKind(kind, 300_000, 99); // warm-up
  const rates = [1, 2, 3].map((seed) => onceKind(kind, KIND_STEPS, seed));
  return {
    key: `maze_${kind.replaceAll('-', '_')}_steps_per_s`,
    label: `${kind} on 'bench10' (makeAgent defaults, 3M steps, median of 3)`,
    value: median(rates),
    unit: 'steps/s',
    note: `runs: ${rates.map((r) => (r / 1e6).toFixed(1)).join(', ')} M/s`,
  };
}

export function run(): BenchResult[] {
  once(1_000_000, 99); // warm-up: let the JIT settle before timing
  const rates = [1, 2, 3].map((seed) => once(STEPS, seed));
  const fusedQ = fusedRates('q-learning', STEPS);
  const fusedExpected = fusedRates('expected-sarsa', STEPS);
  const others = TABULAR_AGENT_KINDS.filter((k) => k !== 'q-learning').map(kindResult);
  const runs = (xs: number[]) => `runs: ${xs.map((r) => (r / 1e6).toFixed(1)).join(', ')} M/s`;
  return [
    {
      key: 'maze_q_steps_per_s',
      label: "Q-learning on 'bench10' (runner + env + agent, 20M steps, median of 3)",
      value: median(rates),
      unit: 'steps/s',
      note: runs(rates),
    },
    {
      key: 'maze_q_fused_steps_per_s',
      label: "Q-learning on 'bench10' through the fused kernel (fusedAdvance, 20M steps, median of 3)",
      value: median(fusedQ),
      unit: 'steps/s',
      note: runs(fusedQ),
    },
    {
      key: 'maze_q_fused_speedup',
      label: 'fused Q-learning / generic Q-learning (same run)',
      value: median(fusedQ) / median(rates),
      unit: '×',
    },
    {
      key: 'maze_expected_sarsa_fused_steps_per_s',
      label: "Expected SARSA on 'bench10' through the fused kernel (20M steps, median of 3)",
      value: median(fusedExpected),
      unit: 'steps/s',
      note: runs(fusedExpected),
    },
    ...cResults(median(fusedQ)),
    ...others,
  ];
}
