/**
 * The greedy return beside the online one (issue 11, the cliff lesson): every k training episodes
 * the greedy policy is walked on an env of its own without learning. It must not disturb training:
 * the same Q-table and generator as a run without it, on the page and in the worker.
 */
import { describe, expect, it } from 'vitest';
import { makeAgent, type QLearningAgent } from '../../../src/agents/index.ts';
import { type Env, makeEnv } from '../../../src/envs/index.ts';
import { MazeSession } from '../../../src/play/maze/session.ts';
import { greedyReturn } from '../../../src/train/evaluate.ts';
import { Runner } from '../../../src/train/runner.ts';
import { TurboTrainer } from '../../../src/train/turbo.ts';
import { CrankTurbo, mazeStore } from '../shared/session-fixtures.ts';

const cliff = { layout: 'cliff', stepReward: -1, goalReward: 0, cliffReward: -100 };

describe('greedy return series', () => {
  it('Watch: evaluates after every k-th episode, leaving Q and the generator as without it', () => {
    const settings = mazeStore({
      preset: 'cliff',
      stepReward: -1,
      goalReward: 0,
      cliffReward: -100,
      seed: 4,
      mode: 'watch',
      greedyEvery: 5,
    });
    const session = new MazeSession({ settings, createTurbo: () => new CrankTurbo() });
    while (session.episodes < 20) session.stepOnce();

    // The reference: the same training, and the greedy walk on a fresh env after episodes 5, 10, …
    const ref = makeAgent('q-learning', makeEnv('GridMaze-v0', cliff), { seed: 4 }) as QLearningAgent;
    const probeEnv = makeEnv('GridMaze-v0', cliff);
    const expected: number[] = [];
    new Runner(makeEnv('GridMaze-v0', cliff), ref, {
      seed: 4,
      seedEpisodes: true,
      onEpisode: (e) => {
        if ((e.index + 1) % 5 === 0) expected.push(greedyReturn(ref, probeEnv as Env<number, number>).return);
      },
    }).run({ episodes: 20 });
    expect(Array.from(session.agent.q)).toEqual(Array.from(ref.q));
    expect(session.agent.toJSON().state.rng).toEqual(ref.toJSON().state.rng);
    const points = session.record.greedy.points;
    expect(points.map((p) => p.episode)).toEqual([4, 9, 14, 19]);
    expect(points.map((p) => p.meanReturn)).toEqual(expected);
  });

  it('the greedy walk goes to the time limit when it loops', () => {
    const env = makeEnv('GridMaze-v0', { ...cliff, maxEpisodeSteps: 50 });
    // Untrained, all ties go to action 0 (up): it walks into the top wall until the limit.
    const fresh = makeAgent('q-learning', env, { seed: 1 }) as QLearningAgent;
    expect(greedyReturn(fresh, env as Env<number, number>)).toEqual({
      return: -50,
      length: 50,
      success: false,
    });
  });

  it('Turbo: the worker sends one point per k episodes and trains exactly as without them', () => {
    const env = makeEnv('GridMaze-v0', cliff);
    const agent = makeAgent('q-learning', env, { seed: 2 });
    const init = { envId: 'GridMaze-v0' as const, envOptions: cliff, seed: 2 };
    const lanes = [{ agent: agent.toJSON(), firstEpisode: 0 }];
    const probed = new TurboTrainer({ ...init, lanes, greedyEvery: 7 });
    const plain = new TurboTrainer({ ...init, lanes });
    probed.runFor(Number.POSITIVE_INFINITY, () => 0, 30_000);
    plain.runFor(Number.POSITIVE_INFINITY, () => 0, 30_000);
    const a = probed.snapshot().lanes[0];
    const b = plain.snapshot().lanes[0];
    expect(Array.from(a.learned)).toEqual(Array.from(b.learned));
    expect(b.greedy).toBeUndefined();
    expect(a.greedy?.length).toBe(Math.floor(a.episodes / 7));
    expect(a.greedy?.every((p) => (p.episode + 1) % 7 === 0)).toBe(true);
    // Learned by then: the greedy path runs along the edge, 13 steps, −1 each but the last (G pays 0).
    expect(a.greedy?.at(-1)).toMatchObject({ meanReturn: -12, meanLength: 13, successRate: 1 });
    // Drained: the next snapshot starts empty.
    expect(probed.snapshot().lanes[0].greedy).toEqual([]);
  });
});
