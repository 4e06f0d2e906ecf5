/**
 * An evaluation after training that does not disturb the trained agent (it runs on a clone): for a
 * tabular agent the greedy path from S against the BFS shortest path, for REINFORCE the success
 * rate of episodes sampled from the policy. The CLI words it (src/cli/summary.ts).
 */

import { type AnyAgent, loadAgent, type TabularAgent } from '../agents/index.ts';
import { isPolicyGradient } from '../agents/policy-gradient.ts';
import type { ActionMask } from '../agents/types.ts';
import { deriveSeed, type Seed } from '../core/rng.ts';
import { type Env, GridMazeEnv, makeEnv, type RegisteredEnvId, shortestPathLength } from '../envs/index.ts';
import { runEpisodes } from './runner.ts';

export interface Evaluation {
  episodes: number;
  successRate: number;
  meanReturn: number;
  /** Maze only: steps of the greedy path from S (null if it never reaches G) and the BFS optimum. */
  greedyPathLength?: number | null;
  shortestPathLength?: number;
  /** Maze only: the greedy path came back to a cell it had visited after this many steps (it cycles). */
  loopsAfter?: number;
  /** A tabular agent off the maze: the episodes followed the greedy policy (else they sampled it). */
  greedy?: boolean;
}

export function evaluate(
  agent: AnyAgent,
  envId: RegisteredEnvId,
  envOptions: Record<string, unknown>,
  episodes: number,
  seed: Seed,
): Evaluation {
  const clone = loadAgent(agent.toJSON());
  const env = makeEnv(envId, envOptions);
  if (isPolicyGradient(clone)) {
    const res = runEpisodes(env as Env<Float64Array, number>, clone, {
      episodes,
      seed: deriveSeed(seed, 'eval'),
      learn: false,
    });
    return {
      episodes,
      successRate: fraction(res.successes),
      meanReturn: mean(res.returns),
    };
  }
  if (unwrap(env as Env<number, number>) !== undefined)
    return greedyMazeEvaluation(clone, env as Env<number, number>);
  return greedyEpisodes(clone, env as Env<number, number>, episodes, deriveSeed(seed, 'eval'));
}

/**
 * `episodes` episodes of the greedy policy on an env other than the maze (its rewards may be
 * random, or its observations may not tell states apart, so one rollout would not say it all);
 * the first reset takes `seed` and the env's own stream goes on from there.
 */
function greedyEpisodes(
  agent: TabularAgent,
  env: Env<number, number>,
  episodes: number,
  seed: Seed,
): Evaluation {
  const run: GreedyRun = { return: 0, length: 0, success: false };
  let returns = 0;
  let successes = 0;
  for (let e = 0; e < episodes; e++) {
    greedyReturn(agent, env, run, e === 0 ? seed : null);
    returns += run.return;
    if (run.success) successes++;
  }
  return { episodes, successRate: successes / episodes, meanReturn: returns / episodes, greedy: true };
}

/**
 * Follow argmax Q (ties to the lowest action) from S; deterministic, so one episode says it all.
 * The maze and the greedy policy are deterministic, so a cell reached twice means the path cycles
 * for ever: the rollout stops there and reports `loopsAfter` rather than walking to the time limit.
 */
export function greedyMazeEvaluation(agent: TabularAgent, env: Env<number, number>): Evaluation {
  const maze = unwrap(env);
  const shortest = maze ? shortestPathLength(maze.layout) : undefined;
  const visited = new Uint8Array(agent.nStates);
  const start = env.reset({ seed: 0 });
  let s = start.observation;
  let mask = start.info.actionMask as ActionMask | undefined;
  visited[s] = 1;
  let total = 0;
  let steps = 0;
  for (;;) {
    const r = env.step(agent.greedyAction(s, mask));
    mask = r.info.actionMask as ActionMask | undefined;
    total += r.reward;
    steps++;
    s = r.observation;
    if (r.terminated || r.truncated) {
      return {
        episodes: 1,
        successRate: r.info.success ? 1 : 0,
        meanReturn: total,
        greedyPathLength: r.info.success ? steps : null,
        shortestPathLength: shortest,
      };
    }
    if (visited[s]) {
      return {
        episodes: 1,
        successRate: 0,
        meanReturn: total,
        greedyPathLength: null,
        shortestPathLength: shortest,
        loopsAfter: steps,
      };
    }
    visited[s] = 1;
  }
}

function unwrap(env: Env<number, number>): GridMazeEnv | undefined {
  const inner = (env as { unwrapped?: unknown }).unwrapped ?? env;
  return inner instanceof GridMazeEnv ? inner : undefined;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const fraction = (xs: boolean[]) => (xs.length ? xs.filter(Boolean).length / xs.length : 0);

/** Steps of a greedy rollout on an env without a time limit. */
const GREEDY_STEP_CAP = 100_000;

export interface GreedyRun {
  return: number;
  length: number;
  success: boolean;
}

/**
 * One episode of the greedy policy (argmax Q, ties to the lowest action) on `env`, without learning
 * and without touching the agent's generator: the return its greedy path earns, walked to G or to
 * the env's time limit (a loop costs what it costs, as it would if followed). `env` must be the
 * caller's own instance (not the training env), so training's episode in progress is undisturbed.
 */
export function greedyReturn(
  agent: Pick<TabularAgent, 'greedyAction'>,
  env: Env<number, number>,
  out: GreedyRun = { return: 0, length: 0, success: false },
  seed: Seed | null = 0,
): GreedyRun {
  // A TimeLimit ends it; an env without one still stops (as truncated) after this many steps.
  const cap = (env as { maxEpisodeSteps?: number }).maxEpisodeSteps ?? GREEDY_STEP_CAP;
  // Seed 0 by default (the same start every probe); null continues the env's own stream.
  const start = env.reset(seed === null ? undefined : { seed });
  let s = start.observation;
  let mask = start.info.actionMask as ActionMask | undefined;
  let total = 0;
  let steps = 0;
  for (;;) {
    const r = env.step(agent.greedyAction(s, mask));
    mask = r.info.actionMask as ActionMask | undefined;
    total += r.reward;
    steps++;
    s = r.observation;
    if (r.terminated || r.truncated || steps >= cap) {
      out.return = total;
      out.length = steps;
      out.success = r.info.success === true;
      return out;
    }
  }
}
