/**
 * Maximization bias (Sutton & Barto Example 6.7, Figure 6.5) on MaxBias-v0 with the book's ε 0.1,
 * α 0.1, γ 1: Q-learning's max over noisy estimates of B's ten actions makes "left" look good, so it
 * goes left from A far more often than the ε-greedy optimum of 5 %; Double Q-learning does not.
 */
import { describe, expect, it } from 'vitest';
import { makeAgent, type TabularAgentKind } from '../../src/agents/index.ts';
import { makeEnv } from '../../src/envs/index.ts';
import { Runner } from '../../src/train/index.ts';

/** The share of runs that went left in A, per episode. */
function leftShare(kind: TabularAgentKind, runs: number, episodes: number): number[] {
  const left = new Float64Array(episodes);
  for (let run = 0; run < runs; run++) {
    const env = makeEnv('MaxBias-v0', {});
    const agent = makeAgent(kind, env, { seed: run, epsilon: 0.1, alpha: 0.1, gamma: 1 });
    let episode = 0;
    new Runner(env, agent, {
      seed: run,
      seedEpisodes: true,
      onStep: (t) => {
        if (t.observation === 0 && t.action === 1) left[episode]++;
      },
      onEpisode: () => {
        episode++;
      },
    }).run({ episodes });
  }
  return Array.from(left, (n) => n / runs);
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('maximization bias (Figure 6.5)', () => {
  // Measured over 2000 runs: episodes 1–20 Q-learning 81 % left (rising to 94 %), Double Q 41 %
  // (falling); episodes 251–300 Q-learning 12 %, Double Q 7 %.
  const q = leftShare('q-learning', 1000, 300);
  const double = leftShare('double-q', 1000, 300);

  it('Q-learning goes left far more often than Double Q over episodes 1–20', () => {
    expect(mean(q.slice(0, 20))).toBeGreaterThan(0.65);
    expect(mean(double.slice(0, 20))).toBeLessThan(0.5);
    expect(mean(q.slice(0, 20)) - mean(double.slice(0, 20))).toBeGreaterThan(0.25);
  });

  it('Double Q approaches the ε-greedy optimum of 5 % by episode 300, Q-learning lags', () => {
    expect(mean(double.slice(250))).toBeLessThan(0.1);
    expect(mean(q.slice(250))).toBeGreaterThan(mean(double.slice(250)));
  });
});
