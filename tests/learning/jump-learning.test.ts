/**
 * Learning criterion of SPEC §2: REINFORCE (default config, mean baseline) on JumpHole-v0 (default
 * options) learns to jump in time, from θ = 0 and from a random θ, for every seed. The posts'
 * version sometimes failed; this one must not.
 *
 * Evaluation samples from the policy (not greedy) with learning off, so the policy itself must be
 * nearly deterministic where it matters, not just its argmax.
 *
 * "Random θ" means entries uniform in [−0.5, 0.5]. A θ saturated from the start (the policy
 * jumps at once, or never, with probability ≈ 1) cannot be learned from by REINFORCE with a
 * constant baseline: every episode then has the same return and the gradient is zero.
 */
import { describe, expect, it } from 'vitest';
import { ReinforceAgent } from '../../src/agents/reinforce.ts';
import { Rng } from '../../src/core/rng.ts';
import { JumpHoleEnv } from '../../src/envs/jump-hole.ts';
import { runEpisodes } from '../../src/train/runner.ts';

const SEEDS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
const TRAIN_EPISODES = 2000;
const EVAL_EPISODES = 200;

function randomTheta(seed: number): number[][] {
  const rng = new Rng(`theta/${seed}`);
  return [0, 1].map(() => [0, 0, 0].map(() => rng.uniform(-0.5, 0.5)));
}

/** Mean return and success rate of `agent` over the evaluation episodes, learning off. */
function evaluate(agent: ReinforceAgent, seed: number) {
  const r = runEpisodes(new JumpHoleEnv(), agent, {
    episodes: EVAL_EPISODES,
    seed: `eval/${seed}`,
    learn: false,
  });
  const mean = r.returns.reduce((a, b) => a + b, 0) / EVAL_EPISODES;
  const success = r.successes.filter(Boolean).length / EVAL_EPISODES;
  return { mean, success };
}

describe('REINFORCE learns JumpHole-v0 for every seed', () => {
  // "Jump at every chance": π(jump) = 1 − e^−50 everywhere.
  const everyChance = evaluate(
    new ReinforceAgent({
      nActions: 2,
      obsDim: 2,
      initialTheta: [
        [0, 0, 0],
        [0, 0, 50],
      ],
    }),
    0,
  );

  it('jumping at every chance scores badly', () => {
    expect(everyChance.success).toBe(0);
    expect(everyChance.mean).toBeCloseTo(-101, 6);
  });

  for (const init of ['zero', 'random'] as const) {
    it.each(SEEDS)(`from θ = ${init}, seed %i: ≥ 95 %% success within ${TRAIN_EPISODES} episodes`, (seed) => {
      const env = new JumpHoleEnv();
      const agent = new ReinforceAgent({
        nActions: 2,
        obsDim: 2,
        seed,
        initialTheta: init === 'random' ? randomTheta(seed) : undefined,
      });
      runEpisodes(env, agent, { episodes: TRAIN_EPISODES, seed: `train/${seed}` });
      expect(agent.diverged).toBeNull();
      const result = evaluate(agent, seed);
      expect(result.success).toBeGreaterThanOrEqual(0.95);
      // A clear win over jumping at every chance (−101): about 99 per cleared hole.
      expect(result.mean).toBeGreaterThan(80);
      expect(result.mean - everyChance.mean).toBeGreaterThan(180);
    });
  }
});
