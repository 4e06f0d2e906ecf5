/**
 * Two identical runs (env, agent, runner from the same seeds), one stepped by the generic runner
 * and one through the fused kernel, and the comparison of everything they leave behind.
 */
import { expect } from 'vitest';
import { type AgentOptions, makeAgent } from '../../src/agents/make-agent.ts';
import type { TabularAgent } from '../../src/agents/tabular.ts';
import type { TabularAgentKind } from '../../src/agents/types.ts';
import type { GridMazeEnv } from '../../src/envs/grid-maze.ts';
import { makeEnv } from '../../src/envs/registry.ts';
import type { TimeLimit } from '../../src/envs/time-limit.ts';
import { fusedAdvance } from '../../src/train/fused/index.ts';
import { type EpisodeSummary, Runner, type RunnerOptions } from '../../src/train/runner.ts';

export interface Side {
  env: TimeLimit<number>;
  agent: TabularAgent;
  runner: Runner<unknown>;
  episodes: EpisodeSummary[];
}

export function side(
  kind: TabularAgentKind,
  envOptions: Record<string, unknown>,
  agentOptions: AgentOptions = {},
  runnerOptions: RunnerOptions<unknown> = {},
): Side {
  const env = makeEnv('GridMaze-v0', envOptions) as TimeLimit<number>;
  const agent = makeAgent(kind, env, { seed: 11, ...agentOptions }) as TabularAgent;
  const episodes: EpisodeSummary[] = [];
  const runner = new Runner<unknown>(env, agent as never, {
    seed: 5,
    ...runnerOptions,
    onEpisode: (e) => episodes.push({ ...e }),
  });
  return { env, agent, runner, episodes };
}

/** `n` generic steps. */
export function generic(s: Side, n: number): void {
  for (let i = 0; i < n; i++) s.runner.step();
}

/** `n` fused steps, in chunks of the given sizes (cycled). */
export function fused(s: Side, n: number, chunks: readonly number[] = [n]): void {
  let done = 0;
  for (let c = 0; done < n; c++) {
    const size = Math.min(chunks[c % chunks.length], n - done);
    expect(fusedAdvance(s.runner, size)).toBe(size);
    done += size;
  }
}

/** Every number both runs keep: Q table(s), generator, saved JSON, runner, env, episodes. */
export function expectSame(a: Side, b: Side): void {
  expect(Array.from(b.agent.q)).toEqual(Array.from(a.agent.q));
  expect(b.agent.kernelState().rng.state()).toEqual(a.agent.kernelState().rng.state());
  expect(JSON.stringify(b.agent.toJSON())).toBe(JSON.stringify(a.agent.toJSON()));
  expect(b.agent.currentEpsilon).toBe(a.agent.currentEpsilon);
  expect(b.episodes).toEqual(a.episodes);
  const runnerState = (s: Side) => ({
    steps: s.runner.steps,
    episodes: s.runner.episodes,
    ret: s.runner.episodeReturn,
    len: s.runner.episodeLength,
    obs: s.runner.observation,
    inEpisode: s.runner.inEpisode,
    elapsed: s.env.elapsedSteps,
    pos: (s.env.env as GridMazeEnv).position,
    total: (s.env.env as GridMazeEnv).totalSteps,
  });
  expect(runnerState(b)).toEqual(runnerState(a));
}
