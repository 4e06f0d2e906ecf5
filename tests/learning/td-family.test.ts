/**
 * Learning criteria for the TD families of Sutton & Barto chapters 6, 7 and 12, over several seeds:
 * each learns the bench10 maze's shortest path with the posts' settings, and the cliff's online
 * returns order as the book's Figure 6.4 (and Figure 6.3 at α = 0.5) show.
 */
import { describe, expect, it } from 'vitest';
import { makeAgent, type TabularAgentKind } from '../../src/agents/index.ts';
import { type GridMazeEnv, makeEnv, shortestPathLength } from '../../src/envs/index.ts';
import { greedyMazeEvaluation } from '../../src/train/evaluate.ts';
import { Runner } from '../../src/train/index.ts';

const NEW_KINDS: TabularAgentKind[] = [
  'expected-sarsa',
  'double-q',
  'n-step-sarsa',
  'sarsa-lambda',
  'q-lambda',
  'dyna-q',
];

describe("each new tabular agent learns bench10's shortest path (ε 0.1, α 0.1, γ 0.9, defaults)", () => {
  // Measured (episodes until the greedy path is shortest, seeds 1–5): Expected SARSA 30–40,
  // Double Q 80–90, n-step 20, SARSA(λ), Q(λ) and Dyna-Q 10. Q-learning itself needs ≤ 200.
  it.each(NEW_KINDS)('%s within 200 episodes on seeds 1–5', (kind) => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const env = makeEnv('GridMaze-v0', { layout: 'bench10' });
      const optimum = shortestPathLength((env.unwrapped as GridMazeEnv).layout);
      const agent = makeAgent(kind, env, { seed });
      const runner = new Runner(env, agent, { seed });
      const probe = makeEnv('GridMaze-v0', { layout: 'bench10' });
      let reached = false;
      for (let done = 0; done < 200 && !reached; done += 10) {
        runner.run({ episodes: 10 });
        reached = greedyMazeEvaluation(agent, probe).greedyPathLength === optimum;
      }
      expect(reached, `${kind}, seed ${seed}`).toBe(true);
    }
  });
});

describe('cliff walking online returns (Figure 6.4: ε 0.1, α 0.5, γ 1, the book’s rewards)', () => {
  /** Mean online return over episodes 101–500, averaged over 10 runs. */
  const online = (kind: TabularAgentKind) => {
    let sum = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const env = makeEnv('GridMaze-v0', { layout: 'cliff', stepReward: -1, goalReward: -1 });
      const agent = makeAgent(kind, env, { seed, alpha: 0.5, gamma: 1, epsilon: 0.1 });
      const { returns } = new Runner(env, agent, { seed }).run({ episodes: 500 });
      sum += returns.slice(100).reduce((a, b) => a + b, 0) / 400;
    }
    return sum / 10;
  };

  it('Sarsa earns about −25 online, Q-learning about −50, Expected Sarsa the most', () => {
    // Measured: Sarsa −29.3, Q-learning −49.8, Expected Sarsa −20.6 (seeds 1–10).
    const sarsa = online('sarsa');
    const q = online('q-learning');
    const expected = online('expected-sarsa');
    expect(sarsa).toBeGreaterThan(-36);
    expect(sarsa).toBeLessThan(-20);
    expect(q).toBeGreaterThan(-60);
    expect(q).toBeLessThan(-40);
    expect(expected).toBeGreaterThan(sarsa);
    expect(expected).toBeGreaterThan(-26);
  });
});
