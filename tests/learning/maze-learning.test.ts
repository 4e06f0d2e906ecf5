/**
 * Learning criteria over several seeds, with the posts' ε 0.1, α 0.1, γ 0.9:
 * the greedy path from S (argmax Q, ties to the lowest action) must be a BFS-shortest path.
 */
import { describe, expect, it } from 'vitest';
import { QLearningAgent, SarsaAgent, type TabularAgent } from '../../src/agents/index.ts';
import { type GridMazeEnv, makeEnv, shortestPathLength, TILE } from '../../src/envs/index.ts';
import { greedyMazeEvaluation } from '../../src/train/evaluate.ts';
import { Runner } from '../../src/train/index.ts';

const SEEDS = [1, 2, 3, 4, 5];

/** Train until the greedy path is optimal; return the episode count, or -1 past the budget. */
function episodesToOptimal(layout: string, seed: number, budget: number, check = 10): number {
  const env = makeEnv('GridMaze-v0', { layout });
  const optimum = shortestPathLength((env.unwrapped as GridMazeEnv).layout);
  const agent = new QLearningAgent({
    nStates: env.observationSpace.n,
    nActions: 4,
    seed,
    epsilon: 0.1,
    alpha: 0.1,
    gamma: 0.9,
  });
  const runner = new Runner(env, agent, { seed });
  const probe = makeEnv('GridMaze-v0', { layout });
  for (let done = 0; done < budget; done += check) {
    runner.run({ episodes: check });
    if (greedyMazeEvaluation(agent, probe).greedyPathLength === optimum) return done + check;
  }
  return -1;
}

describe('Q-learning learns the shortest path', () => {
  it.each(SEEDS)("on 'bench10' within 200 episodes (seed %i)", (seed) => {
    const n = episodesToOptimal('bench10', seed, 200);
    expect(n).toBeGreaterThan(0);
  });

  // N = 300 for the 19×19 'large' preset (shortest path 62): measured 70–80 episodes over seeds 1–20.
  it.each(SEEDS)("on 'large' within 300 episodes (seed %i)", (seed) => {
    const n = episodesToOptimal('large', seed, 300);
    expect(n).toBeGreaterThan(0);
  });
});

/** Cells of the greedy path from S, followed through the env's transition table. */
function greedyCells(agent: TabularAgent, env: GridMazeEnv): number[] {
  const cells = [env.layout.start];
  let s = env.layout.start;
  for (let i = 0; i < 200 && s !== env.layout.goal; i++) {
    s = env.transitions.next[s * 4 + agent.greedyAction(s)];
    cells.push(s);
  }
  return cells;
}

/** How many cells of the path lie directly above a cliff cell. */
function cellsAlongCliff(path: number[], env: GridMazeEnv): number {
  const { tiles, width, height } = env.layout;
  return path.filter((c) => c + width < width * height && tiles[c + width] === TILE.CLIFF).length;
}

describe('cliff walking (Sutton & Barto, Example 6.6)', () => {
  it.each([1, 2, 3])('SARSA keeps away from the edge, Q-learning runs along it (seed %i)', (seed) => {
    const train = (agent: TabularAgent) => {
      // The book's rewards: −1 per step, −100 for the cliff.
      const env = makeEnv('GridMaze-v0', { layout: 'cliff', stepReward: -1 });
      new Runner(env, agent, { seed }).run({ episodes: 1500 });
      const inner = env.unwrapped as GridMazeEnv;
      const path = greedyCells(agent, inner);
      expect(path.at(-1)).toBe(inner.layout.goal);
      return { path, edge: cellsAlongCliff(path, inner) };
    };
    const base = { nStates: 48, nActions: 4, seed, epsilon: 0.1, alpha: 0.1, gamma: 0.9 };
    const q = train(new QLearningAgent(base));
    const sarsa = train(new SarsaAgent(base));
    // The optimal (edge) path is 13 steps with all 10 cells between S and G right above the cliff.
    expect(q.path.length - 1).toBe(13);
    expect(q.edge).toBe(10);
    // SARSA's path is longer and spends (almost) no time next to the cliff.
    expect(sarsa.path.length - 1).toBeGreaterThan(13);
    expect(sarsa.edge).toBeLessThanOrEqual(1);
  });
});
