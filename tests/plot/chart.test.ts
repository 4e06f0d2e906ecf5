/**
 * The SVG chart writer (src/plot): hand-worked smoothing, thinning and ticks; a sweep and a curve
 * chart built from a small hand-made result (series, bands, error bars, percent, reference lines,
 * legend with run counts); and the SVG text (escaped labels, no NaN).
 */
import { describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/i18n/index.ts';
import { chartsToSVG, curveChart, movingAverage, sweepChart, thin } from '../../src/plot/index.ts';
import { niceDomain, ticks } from '../../src/plot/scale.ts';
import type { ConditionResult, ExperimentResult } from '../../src/train/experiment/results.ts';
import { parseExperimentSpec } from '../../src/train/experiment/spec.ts';

setLanguage('en');
const f = (xs: number[]) => Float64Array.from(xs);

function condition(
  index: number,
  agentLabel: string,
  point: Record<string, number>,
  mean: number,
  ci: number,
): ConditionResult {
  return {
    index,
    label: agentLabel,
    agentLabel,
    kind: 'sarsa',
    point,
    runs: 4,
    curves: { success: { mean: f([0, 0.5, 1]), ci: f([Number.NaN, 0.1, 0.2]), n: f([4, 4, 4]) } },
    summary: { mean, ci, sd: 1, n: 4, perRun: f([mean, mean, mean, mean]) },
  };
}

const result: ExperimentResult = {
  spec: parseExperimentSpec({
    env: { id: 'GridMaze-v0' },
    agents: [{ kind: 'sarsa' }],
    runs: 4,
    episodes: 3,
    metrics: ['success'],
    summary: { metric: 'return', firstEpisodes: 2 },
  }),
  xUnit: 'episode',
  metrics: ['success'],
  gridParams: ['alpha'],
  conditions: [
    condition(0, 'A <1>', { alpha: 0.1 }, -10, 2),
    condition(1, 'A <1>', { alpha: 0.5 }, -8, 1),
    condition(2, 'B', { alpha: 0.1 }, -12, Number.NaN),
  ],
  runsDone: 12,
  runsTotal: 12,
  complete: true,
};

describe('display transforms', () => {
  it('a trailing moving average over 2 points, skipping NaN', () => {
    expect([...movingAverage([1, 2, 3, 4], 2)]).toEqual([1, 1.5, 2.5, 3.5]);
    expect([...movingAverage([1, Number.NaN, 3], 2)]).toEqual([1, 1, 3]);
  });

  it('thinning 10 points to 5 bins: bin middles and bin means', () => {
    const xs = f([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const { x, columns } = thin(xs, [xs], 5);
    expect(x).toEqual([1.5, 3.5, 5.5, 7.5, 9.5]);
    expect(columns[0]).toEqual([1.5, 3.5, 5.5, 7.5, 9.5]);
    expect(thin(xs, [xs], 20).x).toHaveLength(10);
  });

  it('nice domains and ticks', () => {
    expect(niceDomain(-97, -3)).toEqual([-100, 0]);
    expect(ticks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(ticks(0.1, 1, 8)).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
  });
});

describe('chart models', () => {
  it('a sweep: one series per agent against α, means with 95 % bars, the run count in the legend', () => {
    const m = sweepChart(result, { param: 'alpha' }, 'title');
    expect(m.xLabel).toBe('α');
    expect(m.yLabel).toBe('return per episode, mean over the first 2 episodes');
    expect(m.series.map((s) => s.label)).toEqual(['A <1> (4 runs)', 'B (4 runs)']);
    expect(m.series[0]).toMatchObject({
      x: [0.1, 0.5],
      y: [-10, -8],
      lo: [-12, -9],
      hi: [-8, -7],
      style: 'bars',
    });
    // No interval (NaN) draws no bar: both ends at the mean.
    expect(m.series[1]).toMatchObject({ x: [0.1], y: [-12], lo: [-12], hi: [-12] });
  });

  it('a curve in percent: ×100, the band from the interval, none where it is NaN, lines scaled too', () => {
    const m = curveChart(
      result,
      { metric: 'success', percent: true, lines: [{ y: 0.05, key: 'epsilonOptimum' }] },
      't',
    );
    expect(m.series).toHaveLength(3);
    const s = m.series[0];
    expect(s.x).toEqual([1, 2, 3]);
    expect(s.y).toEqual([0, 50, 100]);
    expect(s.lo?.[0]).toBeNaN();
    expect(s.lo?.[1]).toBeCloseTo(40, 12);
    expect(s.hi?.[2]).toBeCloseTo(120, 12);
    expect(m.hLines).toEqual([{ y: 5, label: 'ε-greedy optimum (5 %)' }]);
    expect(m.yLabel).toBe('success rate (%)');
    expect(m.percent).toBe(true);
    // A line or range already written in % stays as written.
    const inPercent = curveChart(
      result,
      { metric: 'success', percent: true, yMin: 0, yMax: 100, lines: [{ y: 5, key: 'epsilonOptimum' }] },
      't',
    );
    expect(inPercent.hLines[0].y).toBe(5);
    expect(inPercent.yRange).toEqual([0, 100]);
    expect(curveChart(result, { metric: 'success', percent: true, yMin: 0, yMax: 1 }, 't').yRange).toEqual([
      0, 100,
    ]);
  });

  it('the SVG: escaped labels, the legend, the partial-results note, no NaN', () => {
    const partial = { ...result, complete: false, runsDone: 6 };
    const svg = chartsToSVG([sweepChart(partial, { param: 'alpha' }, 'a & b')]);
    expect(svg).toContain('A &#60;1&#62; (4 runs)');
    expect(svg).toContain('a &#38; b');
    expect(svg).toContain('partial results: 6 of 12 runs');
    expect(svg).not.toMatch(/NaN|undefined/);
  });
});
