/**
 * Dyna-Q on the book's mazes (Sutton & Barto §8.2–8.3) with γ 0.95 and ε 0.1:
 *  - Example 8.1 / Figure 8.2, `'dyna'` with α 0.1: 50 planning steps per real step find a good
 *    path within a few episodes, where n = 0 (Q-learning) still wanders for about 25;
 *  - Example 8.3 / Figure 8.5, `'shortcut'` with α 1 and n 50 (as in the book's experiments): the
 *    right-hand gap opens after 3000 steps; within the book's budget of 6000 steps Dyna-Q never
 *    takes it, Dyna-Q+ (κ 10⁻³) is drawn back to the long-untried wall and often does.
 */
import { describe, expect, it } from 'vitest';
import { makeAgent } from '../../src/agents/index.ts';
import { makeEnv } from '../../src/envs/index.ts';
import { Runner } from '../../src/train/index.ts';

/** Steps per episode of one Dyna-Q run. */
function episodeLengths(options: {
  layout: string;
  seed: number;
  alpha: number;
  planningSteps: number;
  kappa?: number;
  budget: { episodes?: number; steps?: number };
}): number[] {
  const env = makeEnv('GridMaze-v0', { layout: options.layout, maxEpisodeSteps: 100_000 });
  const agent = makeAgent('dyna-q', env, {
    seed: options.seed,
    epsilon: 0.1,
    alpha: options.alpha,
    gamma: 0.95,
    planningSteps: options.planningSteps,
    kappa: options.kappa ?? 0,
  });
  const lengths: number[] = [];
  new Runner(env, agent, {
    seed: options.seed,
    seedEpisodes: true,
    onEpisode: (e) => {
      lengths.push(e.length);
    },
  }).run(options.budget);
  return lengths;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const SEEDS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

describe('the Dyna maze (Figure 8.2)', () => {
  // Measured over 10 seeds, mean steps in episodes 2–10: n = 0 about 260, n = 50 about 18.
  const early = (n: number) =>
    mean(
      SEEDS.map((seed) =>
        mean(
          episodeLengths({
            layout: 'dyna',
            seed,
            alpha: 0.1,
            planningSteps: n,
            budget: { episodes: 10 },
          }).slice(1),
        ),
      ),
    );

  it('n = 50 needs far fewer steps than n = 0 in episodes 2–10', () => {
    const q = early(0);
    const dyna = early(50);
    expect(q).toBeGreaterThan(100);
    expect(dyna).toBeLessThan(40);
    expect(dyna * 4).toBeLessThan(q);
  });

  it('n = 50 settles near the shortest path (14 steps, plus ε-greedy detours) by episode 20', () => {
    for (const seed of SEEDS.slice(0, 3)) {
      const lengths = episodeLengths({
        layout: 'dyna',
        seed,
        alpha: 0.1,
        planningSteps: 50,
        budget: { episodes: 30 },
      });
      expect(Math.min(...lengths.slice(19))).toBeLessThanOrEqual(16);
      expect(mean(lengths.slice(19))).toBeLessThan(20);
    }
  });
});

describe('the shortcut maze (Figure 8.5)', () => {
  /** Whether the run ends on the 10-step shortcut rather than the old 16-step way round. */
  const takesShortcut = (seed: number, kappa: number) => {
    const lengths = episodeLengths({
      layout: 'shortcut',
      seed,
      alpha: 1,
      planningSteps: 50,
      kappa,
      budget: { steps: 6000 },
    });
    const last = lengths.slice(-5).sort((a, b) => a - b);
    return last[2] <= 13;
  };
  const seeds = Array.from({ length: 20 }, (_, i) => i);

  it('Dyna-Q+ finds the shortcut within 6000 steps where Dyna-Q does not', () => {
    // Measured: Dyna-Q 0 of 20 runs, Dyna-Q+ 9 of 20.
    const plain = seeds.filter((s) => takesShortcut(s, 0)).length;
    const plus = seeds.filter((s) => takesShortcut(s, 1e-3)).length;
    expect(plain).toBe(0);
    expect(plus).toBeGreaterThanOrEqual(5);
  });
});
