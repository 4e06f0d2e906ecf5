import { describe, expect, it } from 'vitest';
import { makeAgent, type QLearningAgent } from '../../src/agents/index.ts';
import { makeEnv } from '../../src/envs/index.ts';
import { EpisodeSeries } from '../../src/train/episode-series.ts';
import { GradientStats } from '../../src/train/gradient-stats.ts';
import { Runner } from '../../src/train/runner.ts';
import { TurboTrainer } from '../../src/train/turbo.ts';

const frozenClock = () => 0;

describe('TurboTrainer', () => {
  it('continues a page run exactly: same Q-table as if the page had kept training', () => {
    const envOptions = { layout: 'bench10' };
    const pageOnly = makeAgent('q-learning', makeEnv('GridMaze-v0', envOptions), { seed: 4 });
    const pageRunner = new Runner(makeEnv('GridMaze-v0', envOptions), pageOnly, {
      seed: 7,
      seedEpisodes: true,
    });
    pageRunner.run({ episodes: 20 });
    pageRunner.run({ steps: 50_000 });

    const moved = makeAgent('q-learning', makeEnv('GridMaze-v0', envOptions), { seed: 4 });
    const first = new Runner(makeEnv('GridMaze-v0', envOptions), moved, { seed: 7, seedEpisodes: true });
    first.run({ episodes: 20 });
    const turbo = new TurboTrainer({
      envId: 'GridMaze-v0',
      envOptions,
      seed: 7,
      lanes: [{ agent: moved.toJSON(), firstEpisode: first.episodes }],
    });
    turbo.runFor(Number.POSITIVE_INFINITY, frozenClock, 50_000);
    const snap = turbo.snapshot();
    expect(Array.from(snap.lanes[0].learned)).toEqual(Array.from((pageOnly as QLearningAgent).q));
    expect(snap.lanes[0].episodes).toBe(pageRunner.episodes);
    expect(snap.totalSteps).toBe(50_000);
    const back = turbo.finish();
    expect(back.agents[0].state.rng).toEqual(pageOnly.toJSON().state.rng);
  });

  it('reports bucketed episode stats, visit counts and applies params between batches', () => {
    const env = makeEnv('GridMaze-v0', { layout: 'small' });
    const agent = makeAgent('q-learning', env, { seed: 1 });
    const turbo = new TurboTrainer({
      envId: 'GridMaze-v0',
      envOptions: { layout: 'small' },
      seed: 1,
      trackVisits: true,
      lanes: [{ agent: agent.toJSON(), firstEpisode: 0 }],
    });
    turbo.runFor(Number.POSITIVE_INFINITY, frozenClock, 20_000);
    const snap = turbo.snapshot();
    const lane = snap.lanes[0];
    expect(lane.point?.count).toBe(lane.episodes);
    expect(lane.point?.successRate).toBe(1);
    // Every step lands somewhere, plus the first reset's start cell.
    expect(lane.visits?.reduce((a, b) => a + b, 0)).toBe(20_001);
    expect(turbo.snapshot().lanes[0].point).toBeNull(); // drained
    turbo.setParams({ params: { epsilon: 0 } });
    expect(turbo.finish().agents[0].params.epsilon).toBe(0);
  });

  it('trains two REINFORCE lanes on the same episodes and tracks their gradient statistics', () => {
    const env = makeEnv('JumpHole-v0');
    const withBaseline = makeAgent('reinforce', env, { seed: 3, baseline: 'mean' });
    const without = makeAgent('reinforce', env, { seed: 3, baseline: 'none' });
    const turbo = new TurboTrainer({
      envId: 'JumpHole-v0',
      envOptions: {},
      seed: 5,
      lanes: [
        { agent: withBaseline.toJSON(), firstEpisode: 0 },
        { agent: without.toJSON(), firstEpisode: 0 },
      ],
    });
    turbo.runFor(Number.POSITIVE_INFINITY, frozenClock, 30_000);
    const [a, b] = turbo.snapshot().lanes;
    expect(a.gradient?.updates).toBeGreaterThan(10);
    expect(b.gradient?.updates).toBeGreaterThan(10);
    // In the baseline lane the no-baseline estimate on the same batches is the noisier one.
    expect(a.gradient?.varianceNoBaseline).toBeGreaterThan(a.gradient?.variance ?? Number.POSITIVE_INFINITY);
    expect(Array.from(a.learned)).not.toEqual(Array.from(b.learned));
  });

  it('refuses an agent that does not fit the env', () => {
    const small = makeAgent('q-learning', makeEnv('GridMaze-v0', { layout: 'small' }), { seed: 1 });
    expect(
      () =>
        new TurboTrainer({
          envId: 'GridMaze-v0',
          envOptions: { layout: 'bench10' },
          seed: 1,
          lanes: [{ agent: small.toJSON(), firstEpisode: 0 }],
        }),
    ).toThrow(/49 states × 4 actions; GridMaze-v0 here has 100 × 4/);
    expect(() => new TurboTrainer({ envId: 'GridMaze-v0', envOptions: {}, seed: 1, lanes: [] })).toThrow(
      /lane/,
    );
  });
});

describe('EpisodeSeries', () => {
  it('stays bounded by merging pairs, keeping count-weighted means', () => {
    const s = new EpisodeSeries(8);
    for (let i = 0; i < 1000; i++) s.addEpisode(i, i % 2 ? 1 : 0, 10, i % 4 === 0);
    expect(s.points.length).toBeLessThanOrEqual(8);
    const total = s.points.reduce((n, p) => n + p.count, 0);
    expect(total).toBe(1000);
    const meanReturn = s.points.reduce((m, p) => m + p.meanReturn * p.count, 0) / total;
    expect(meanReturn).toBeCloseTo(0.5, 12);
    expect(s.points.at(-1)?.episode).toBe(999);
    expect(() => new EpisodeSeries(7)).toThrow(/even integer/);
  });
});

describe('GradientStats', () => {
  it('computes the running mean and total sample variance by hand', () => {
    const g = new GradientStats(2);
    g.add([1, 2]);
    g.add([3, 2]);
    g.add([5, 8]);
    // means (3, 4); sample variances: (4+0+4)/2 = 4 and (4+4+16)/2 = 12
    expect(Array.from(g.mean)).toEqual([3, 4]);
    expect(g.totalVariance()).toBeCloseTo(16, 12);
    expect(g.meanNorm()).toBeCloseTo(5, 12);
  });
});

describe('TurboTrainer and a diverging agent', () => {
  it('stops the batch, keeps θ finite and reports why, without losing the agent', () => {
    const env = makeEnv('JumpHole-v0');
    const agent = makeAgent('reinforce', env, { seed: 2, learningRate: 1e308, batchEpisodes: 1 });
    const turbo = new TurboTrainer({
      envId: 'JumpHole-v0',
      envOptions: {},
      seed: 1,
      lanes: [{ agent: agent.toJSON(), firstEpisode: 0 }],
    });
    turbo.runFor(Number.POSITIVE_INFINITY, frozenClock, 100_000);
    const lane = turbo.snapshot().lanes[0];
    expect(lane.diverged?.code).toBe('reinforce-diverged');
    expect(lane.learned.every(Number.isFinite)).toBe(true);
    expect(lane.steps).toBeLessThan(100_000);
    const saved = turbo.finish().agents[0];
    expect((saved.state.theta as number[]).every(Number.isFinite)).toBe(true);
  });
});
