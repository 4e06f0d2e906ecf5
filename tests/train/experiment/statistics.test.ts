/**
 * The experiment statistics: Student's t quantile, Welford folding and the 95 % interval by hand,
 * and the whole runner on a synthetic case with a known mean and variance.
 */
import { describe, expect, it } from 'vitest';
import {
  ExperimentAccumulator,
  inProcessPort,
  planExperiment,
  runExperimentPool,
  tQuantile975,
} from '../../../src/train/experiment/index.ts';

describe('tQuantile975', () => {
  it('matches tables at 1, 10 and 30 degrees of freedom and the expansion beyond', () => {
    expect(tQuantile975(1)).toBeCloseTo(12.7062, 4);
    expect(tQuantile975(10)).toBeCloseTo(2.2281, 4);
    expect(tQuantile975(30)).toBeCloseTo(2.0423, 4);
    // Exact values from R's qt(0.975, df).
    expect(tQuantile975(40)).toBeCloseTo(2.021075, 5);
    expect(tQuantile975(60)).toBeCloseTo(2.000298, 5);
    expect(tQuantile975(120)).toBeCloseTo(1.97993, 5);
    expect(tQuantile975(1e9)).toBeCloseTo(1.959964, 5);
    expect(tQuantile975(0)).toBeNaN();
  });
});

/** A plan with one condition, `runs` runs and 2-episode curves of one metric (the numbers are fed by hand). */
function handPlan(runs: number) {
  return planExperiment({
    env: { id: 'MaxBias-v0', options: {} },
    agents: [{ kind: 'q-learning' }],
    runs,
    episodes: 2,
    metrics: ['return'],
    summary: { metric: 'return' },
  });
}

describe('ExperimentAccumulator', () => {
  it('folds by hand: mean 2.5, sample variance 5/3, half-width t₃ · √(5/12)', () => {
    const acc = new ExperimentAccumulator(handPlan(4));
    // Runs 0–3 give returns (1, 10), (2, 10), (3, 10), (4, 10); summaries 1, 2, 3, 4.
    for (let r = 0; r < 4; r++) {
      acc.add(
        { condition: 0, runStart: r, count: 1 },
        { data: Float64Array.of(r + 1, 10), summaries: Float64Array.of(r + 1) },
      );
    }
    const curve = acc.curve(0, 0);
    expect(curve.mean[0]).toBeCloseTo(2.5, 12);
    expect(curve.ci[0]).toBeCloseTo(3.182446305 * Math.sqrt(5 / 3 / 4), 9);
    expect(curve.n[0]).toBe(4);
    expect(curve.mean[1]).toBe(10);
    expect(curve.ci[1]).toBe(0);
    const s = acc.summary(0);
    expect(s.mean).toBeCloseTo(2.5, 12);
    expect(s.sd).toBeCloseTo(Math.sqrt(5 / 3), 12);
    expect(Array.from(s.perRun)).toEqual([1, 2, 3, 4]);
  });

  it('folds in run order whatever order the blocks arrive in, to the bit', () => {
    const values = [0.1, 0.7, 1e-9, 3.3, -2.2, 0.30000000000000004];
    const feed = (order: number[]) => {
      const acc = new ExperimentAccumulator(handPlan(values.length));
      for (const r of order) {
        acc.add(
          { condition: 0, runStart: r, count: 1 },
          { data: Float64Array.of(values[r], values[r] * 3), summaries: Float64Array.of(values[r]) },
        );
      }
      return acc;
    };
    const a = feed([0, 1, 2, 3, 4, 5]);
    const b = feed([5, 3, 4, 1, 2, 0]);
    expect(Array.from(b.curve(0, 0).mean)).toEqual(Array.from(a.curve(0, 0).mean));
    expect(Array.from(b.curve(0, 0).ci)).toEqual(Array.from(a.curve(0, 0).ci));
    expect(b.summary(0)).toEqual(a.summary(0));
    // Before run 0 arrives nothing is folded: a prefix only.
    const c = feed([5, 3, 4, 1, 2]);
    expect(c.foldedRuns(0)).toBe(0);
  });

  it('skips NaN points and counts each point on its own', () => {
    const acc = new ExperimentAccumulator(handPlan(2));
    acc.add(
      { condition: 0, runStart: 0, count: 2 },
      {
        data: Float64Array.of(1, Number.NaN, 3, 5),
        summaries: Float64Array.of(Number.NaN, 2),
      },
    );
    const curve = acc.curve(0, 0);
    expect(Array.from(curve.n)).toEqual([2, 1]);
    expect(curve.mean[1]).toBe(5);
    expect(curve.ci[1]).toBeNaN();
    expect(acc.summary(0).n).toBe(1);
  });
});

describe('a synthetic experiment with a known mean and variance', () => {
  // MaxBias-v0 with ε = 1 and α = 0: a uniformly random legal action and no learning. In A,
  // "right" (p = ½) ends with 0; "left" leads to B, whose every action ends with N(−0.1, 1).
  // So the return has mean −0.05 and variance ½(1 + 0.01) − 0.05² = 0.5025.
  const runs = 400;
  const episodes = 40;
  const run = () =>
    runExperimentPool(
      planExperiment({
        env: { id: 'MaxBias-v0', options: {} },
        agents: [{ kind: 'q-learning', options: { epsilon: 1, alpha: 0, gamma: 1 } }],
        runs,
        episodes,
        seed: 'synthetic',
        metrics: ['return', 'steps'],
        summary: { metric: 'return' },
      }),
      { spawn: inProcessPort, workers: 2 },
    );

  it('gives per-episode means within their intervals about 95 % of the time, and the known spread', async () => {
    const { result } = await run();
    const c = result.conditions[0];
    const ret = c.curves.return;
    const steps = c.curves.steps;
    if (ret === undefined || steps === undefined) throw new Error('curves missing');
    let covered = 0;
    let grand = 0;
    for (let x = 0; x < episodes; x++) {
      expect(ret.n[x]).toBe(runs);
      if (Math.abs(ret.mean[x] + 0.05) <= ret.ci[x]) covered++;
      grand += ret.mean[x] / episodes;
      // Half-width ≈ 1.966 · √(0.5025 / 400) = 0.0697, within the spread of a variance estimate.
      expect(ret.ci[x]).toBeGreaterThan(0.0697 * 0.85);
      expect(ret.ci[x]).toBeLessThan(0.0697 * 1.15);
      // Steps: 1 (right) or 2 (left), mean 1.5.
      expect(Math.abs(steps.mean[x] - 1.5)).toBeLessThan(4 * Math.sqrt(0.25 / runs));
    }
    // Binomial(40, 0.95): 34 or more covered with probability > 0.99.
    expect(covered).toBeGreaterThanOrEqual(34);
    // The mean over 16 000 episodes: standard error √(0.5025 / 16000) = 0.0056.
    expect(Math.abs(grand + 0.05)).toBeLessThan(4 * 0.0056);
    // The per-run summary is a mean of 40 returns: sd √(0.5025 / 40) = 0.1121.
    const s = c.summary;
    if (s === null) throw new Error('summary missing');
    expect(s.n).toBe(runs);
    expect(s.sd).toBeGreaterThan(0.1121 * 0.88);
    expect(s.sd).toBeLessThan(0.1121 * 1.12);
    expect(s.ci).toBeCloseTo(tQuantile975(runs - 1) * (s.sd / Math.sqrt(runs)), 12);
  });
});

describe('per-run summaries', () => {
  it('average the first N, the last N or all episodes of the run’s own curve', async () => {
    const spec = (summary: object) => ({
      env: { id: 'GridMaze-v0', options: { layout: 'small' } },
      agents: [{ kind: 'q-learning' }],
      runs: 3,
      episodes: 12,
      seed: 5,
      metrics: ['steps'],
      summary: { metric: 'steps', ...summary },
    });
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    for (const [summary, pick] of [
      [{ firstEpisodes: 4 }, (xs: number[]) => xs.slice(0, 4)],
      [{ lastEpisodes: 5 }, (xs: number[]) => xs.slice(7)],
      [{}, (xs: number[]) => xs],
    ] as const) {
      // One run per experiment, so its curve is that run's own episodes.
      for (const run of [0, 1, 2]) {
        const plan = planExperiment({ ...spec(summary), runs: 1, seed: `5/${run}` });
        const { result } = await runExperimentPool(plan, { spawn: inProcessPort, workers: 1 });
        const steps = Array.from(result.conditions[0].curves.steps?.mean ?? []);
        expect(steps.length).toBe(12);
        expect(result.conditions[0].summary?.perRun[0]).toBeCloseTo(mean([...pick(steps)]), 12);
      }
    }
  });
});
