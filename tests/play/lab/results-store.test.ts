import { describe, expect, it } from 'vitest';
import { BUILDER_DEFAULTS, parseValues, specFromForm } from '../../../src/play/lab/builder.ts';
import {
  analyticChart,
  curveChart,
  labCharts,
  overlayCharts,
  sweepChart,
} from '../../../src/play/lab/chart-model.ts';
import { LabError } from '../../../src/play/lab/errors.ts';
import { buildJob } from '../../../src/play/lab/job.ts';
import { resultFromJSON } from '../../../src/play/lab/result-codec.ts';
import { etaMs, planJob, runJob, runWork } from '../../../src/play/lab/runner.ts';
import { LIMIT_CHARS, SavedResults } from '../../../src/play/lab/saved.ts';
import { summaryRows } from '../../../src/play/lab/table.ts';
import { inProcessPort } from '../../../src/train/experiment/in-process.ts';
import { planExperiment } from '../../../src/train/experiment/plan.ts';
import { runExperimentPool } from '../../../src/train/experiment/pool.ts';
import { resultToCSV, resultToJSON } from '../../../src/train/experiment/results.ts';
import { resultsText } from '../../../src/train/experiment/results-file.ts';
import { memoryStorage, SMALL_SPEC } from './fixtures.ts';

const never = new AbortController().signal;

async function smallResult() {
  const out = await runExperimentPool(planExperiment(SMALL_SPEC), { spawn: inProcessPort, workers: 2 });
  return out.result;
}

describe('the Lab runner', () => {
  it('runs every part in order, reports progress, and gives the pool’s numbers', async () => {
    const job = buildJob({ kind: 'custom', spec: SMALL_SPEC });
    const seen: number[] = [];
    const out = await runJob(job, {
      spawn: inProcessPort,
      workers: 2,
      signal: never,
      redrawMs: 0,
      onProgress: (p) => seen.push(p.runsDone),
    });
    expect(out.cancelled).toBe(false);
    expect(seen.at(-1)).toBe(12); // 3 conditions × 4 runs
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(resultsText(null, out.parts, 'csv', false)).toBe(resultToCSV(await smallResult()));
  });

  it('the time left follows work, not runs: sb-6.3’s interim runs are 1 000 times cheaper', () => {
    const [interim, asymptotic] = planJob(buildJob({ kind: 'preset', preset: 'sb-6.3', quick: false }));
    expect([runWork(interim), runWork(asymptotic)]).toEqual([100, 100_000]);
    // All 150 000 interim runs done in 20 s: 15 M of 45 M episodes, so 40 s left (by runs: 0.04 s).
    const total = 150_000 * 100 + 300 * 100_000;
    expect(etaMs(20_000, 150_000 * 100, total)).toBe(40_000);
    expect(etaMs(1, 0, total)).toBeNaN();
  });

  it('cancel keeps the runs that finished', async () => {
    const job = buildJob({ kind: 'custom', spec: { ...SMALL_SPEC, runs: 40 } });
    const ctl = new AbortController();
    const out = await runJob(job, {
      spawn: inProcessPort,
      workers: 1,
      signal: ctl.signal,
      redrawMs: 0,
      onProgress: (p) => {
        if (p.runsDone > 0) ctl.abort();
      },
    });
    expect(out.cancelled).toBe(true);
    const r = out.parts[0].result;
    expect(r.complete).toBe(false);
    expect(r.runsDone).toBeGreaterThan(0);
    expect(r.runsDone).toBeLessThan(120);
  });
});

describe('the multi-part CSV', () => {
  it('puts a part column first, the header once when the grids agree', async () => {
    const r = await smallResult();
    // The CLI's --out and the Lab's CSV both write this (src/train/experiment/results-file.ts).
    const text = resultsText(
      'p',
      [
        { id: 'a', result: r },
        { id: 'b', result: r },
      ],
      'csv',
      true,
    );
    const lines = text.trimEnd().split('\n');
    const one = resultToCSV(r).trimEnd().split('\n');
    expect(lines[0]).toBe(`part,${one[0]}`);
    expect(lines).toHaveLength(1 + 2 * (one.length - 1));
    expect(lines[1]).toBe(`a,${one[1]}`);
    expect(lines.at(-1)).toBe(`b,${one.at(-1)}`);
    // One part of a spec: exactly `resultToCSV`'s table, no part column.
    expect(resultsText(null, [{ id: null, result: r }], 'csv', false)).toBe(resultToCSV(r));
  });
});

describe('saved results', () => {
  it('a result saved and opened again writes the same CSV and JSON', async () => {
    const r = await smallResult();
    const back = resultFromJSON(JSON.parse(resultToJSON(r)));
    expect(resultToCSV(back)).toBe(resultToCSV(r));
    expect(resultToJSON(back)).toBe(resultToJSON(r));
    const store = new SavedResults(memoryStorage());
    const source = { kind: 'custom' as const, spec: SMALL_SPEC };
    const { info } = store.save('tiny', source, [{ id: null, result: r }], 1000);
    expect(store.list().map((e) => [e.name, e.runsDone])).toEqual([['tiny', 12]]);
    const opened = store.open(info.id);
    expect(opened.source).toEqual(source);
    expect(resultToCSV(opened.parts[0].result)).toBe(resultToCSV(r));
    store.remove(info.id);
    expect(store.list()).toEqual([]);
  });

  it('a damaged entry is refused with the field named; the list still reads', async () => {
    const kv = memoryStorage();
    const store = new SavedResults(kv);
    const r = await smallResult();
    const { info } = store.save('tiny', { kind: 'custom', spec: SMALL_SPEC }, [{ id: null, result: r }]);
    const key = `rl-playground/lab/result/${info.id}`;
    const json = JSON.parse(kv.getItem(key) as string);
    json.parts[0].result.conditions[1].curves.return.mean = 'oops';
    kv.setItem(key, JSON.stringify(json));
    const refuse = () => {
      try {
        store.open(info.id);
      } catch (e) {
        return e as LabError<'lab-saved-corrupt'>;
      }
      throw new Error('opened');
    };
    expect(refuse().values.field).toBe('parts[0].result.conditions[1].curves.return.mean');
    kv.setItem(key, '{"format":');
    expect(refuse().values.field).toBe('(JSON)');
    kv.setItem('rl-playground/lab/index', 'not json');
    expect(store.list()).toEqual([]);
  });

  it('keeps under the cap by dropping the oldest, and refuses one result bigger than the cap', async () => {
    const r = await smallResult();
    const store = new SavedResults(memoryStorage());
    const size = store.save('x', { kind: 'custom', spec: SMALL_SPEC }, [{ id: null, result: r }], 1).info
      .chars;
    const fit = Math.floor(LIMIT_CHARS / size);
    let dropped = 0;
    for (let i = 0; i < fit + 3; i++) {
      dropped += store.save(
        `r${i}`,
        { kind: 'custom', spec: SMALL_SPEC },
        [{ id: null, result: r }],
        2 + i,
      ).dropped;
    }
    expect(dropped).toBe(4);
    expect(store.list()).toHaveLength(fit);
    expect(store.list().reduce((s, e) => s + e.chars, 0)).toBeLessThanOrEqual(LIMIT_CHARS);
    // 100 000 points of π (17 characters each) per curve: far over the cap.
    const long = Float64Array.from({ length: 100_000 }, () => Math.PI);
    const huge = {
      ...r,
      conditions: r.conditions.map((c) => ({ ...c, curves: { return: { mean: long, ci: long, n: long } } })),
    };
    expect(() =>
      store.save('big', { kind: 'custom', spec: SMALL_SPEC }, [{ id: null, result: huge }]),
    ).toThrow(LabError);
  });
});

describe('the form, the charts and the table', () => {
  it('the form makes a spec with its grid; bad values name the field', () => {
    const spec = specFromForm({ ...BUILDER_DEFAULTS, values1: '0.1 0.2, 0.4' });
    expect(spec.agents).toEqual([
      { kind: 'sarsa', options: { epsilon: 0.1, gamma: 1 }, grid: { alpha: [0.1, 0.2, 0.4] } },
      { kind: 'q-learning', options: { epsilon: 0.1, gamma: 1 }, grid: { alpha: [0.1, 0.2, 0.4] } },
    ]);
    expect(planExperiment(spec).conditions).toHaveLength(6);
    expect(parseValues('values1', '1,,2')).toEqual([1, 2]);
    expect(() => parseValues('values2', '0.1, x')).toThrow(LabError);
  });

  it('curves carry bands and n; sweeps one series per agent against α; the table has every n', async () => {
    const r = await smallResult();
    const curve = curveChart('k', 't', r, { metric: 'return', smooth: 1, xFrom: 2, xTo: 5 });
    expect(curve.series).toHaveLength(3);
    expect(curve.series[0].x).toEqual([2, 3, 4, 5]);
    expect(curve.series[0].n).toEqual([4, 4, 4, 4]);
    const c0 = r.conditions[0].curves.return;
    expect(curve.series[0].y[0]).toBe(c0?.mean[1]);
    expect(curve.series[0].hi[0] - curve.series[0].lo[0]).toBeCloseTo(2 * (c0?.ci[1] ?? 0), 12);
    expect(curve.series[0].label).toContain('(4 runs)');
    const sweep = sweepChart('k', 't', r, { param: 'alpha' });
    // Q-learning has α in its options, not its grid: no point on the α axis.
    expect(sweep.series.map((s) => s.x)).toEqual([[0.1, 0.5]]);
    const rows = summaryRows([{ id: null, result: r }]);
    expect(rows.map((x) => x.n)).toEqual([4, 4, 4]);
    expect(rows[1].mean).toBe(r.conditions[1].summary?.mean);
    const charts = labCharts(null, [{ id: null, result: r }]);
    expect(charts.map((c) => c.kind)).toEqual(['sweep', 'curve']);
    const both = overlayCharts(charts, charts);
    expect(both[1].series).toHaveLength(6);
    expect(both[1].series[3].overlay).toBe(true);
  });

  it('the short corridor’s J(p) peaks at p* = 2 − √2 with J ≈ −11.66, marked; no runs behind it', () => {
    const chart = analyticChart('k', 't', { part: 'main', kind: 'analytic', analytic: 'short-corridor-j' });
    expect(chart).not.toBeNull();
    const s = chart?.series[0];
    const best = Math.max(...(s?.y ?? []));
    expect(best).toBeCloseTo(-(6 + 4 * Math.SQRT2), 2);
    expect(s?.x[(s?.y ?? []).indexOf(best)]).toBeCloseTo(2 - Math.SQRT2, 2);
    expect(chart?.vLines.map((l) => l.x)).toEqual([2 - Math.SQRT2]);
    expect(s?.n).toEqual([]);
  });
});
