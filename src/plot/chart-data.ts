/**
 * From an experiment's results to chart models: a curve chart (a metric against episodes or steps,
 * with the 95 % band), a sweep chart (each agent's per-run summary against a hyper-parameter, with
 * error bars), or an analytic curve. A preset's `PresetChart` says which; a spec without a preset
 * gets one chart per curve metric, and a sweep chart when it has a grid and a summary.
 */

import { formatCount } from '../core/format.ts';
import { t } from '../i18n/index.ts';
import { ANALYTIC, isAnalyticCurve, sampleAnalytic } from '../train/experiment/presets/analytic.ts';
import type { ExperimentPreset, PresetChart } from '../train/experiment/presets/types.ts';
import type { ExperimentResult } from '../train/experiment/results.ts';
import type { CurveMetric } from '../train/experiment/spec.ts';
import type { ChartModel, ChartSeries } from './model.ts';
import { lineLabel, metricName, paramSymbol, partName, presetTitle, runCount } from './names.ts';
import { curveWindow } from './smooth.ts';

/** Points per curve drawn (longer curves are averaged in bins, for display only). */
const MAX_POINTS = 600;

/** A condition's label with its grid point written with the symbols (α=0.5). */
function conditionLabel(agentLabel: string, point: Record<string, number>, skip?: string): string {
  const parts = Object.entries(point)
    .filter(([k]) => k !== skip)
    .map(([k, v]) => `${paramSymbol(k)} = ${v}`);
  return parts.length === 0 ? agentLabel : `${agentLabel}, ${parts.join(', ')}`;
}

function partialNote(result: ExperimentResult): string[] {
  if (result.complete) return [];
  return [t().plot.partial({ done: formatCount(result.runsDone), total: formatCount(result.runsTotal) })];
}

/**
 * A preset's y values on a percent chart: shares (0–1) are scaled to %, values already above 1 in
 * size are taken as written in % (a preset may say 0.05 or 5 for the 5 % line).
 */
function inPercent(y: number, scale: number): number {
  return scale !== 1 && Math.abs(y) <= 1 ? y * scale : y;
}

function yRange(o: { yMin?: number; yMax?: number }, scale: number): [number, number] | null {
  if (o.yMin === undefined || o.yMax === undefined) return null;
  // A range is in % when either end is beyond a share's (yMax 100), else in shares.
  const inShares = scale !== 1 && Math.abs(o.yMin) <= 1 && Math.abs(o.yMax) <= 1;
  return inShares ? [o.yMin * scale, o.yMax * scale] : [o.yMin, o.yMax];
}

export interface CurveOptions {
  metric: CurveMetric;
  xFrom?: number;
  xTo?: number;
  smooth?: number;
  percent?: boolean;
  yMin?: number;
  yMax?: number;
  lines?: { y: number; key: string }[];
  xLines?: { x: number; key: string }[];
}

const vLinesOf = (xLines: { x: number; key: string }[] | undefined) =>
  (xLines ?? []).map((l) => ({ x: l.x, label: lineLabel(l.key) }));

export function curveChart(result: ExperimentResult, o: CurveOptions, title: string): ChartModel {
  const scale = o.percent ? 100 : 1;
  const series: ChartSeries[] = [];
  for (const c of result.conditions) {
    const s = c.curves[o.metric];
    if (s === undefined) continue;
    const curve = curveWindow(s, o, MAX_POINTS);
    if (curve === null) continue;
    const y = curve.mean.map((v) => v * scale);
    const half = curve.half.map((v) => v * scale);
    const hasBand = half.some((v) => !Number.isNaN(v));
    series.push({
      label: t().plot.legend({
        label: conditionLabel(c.agentLabel, c.point),
        runs: formatCount(c.runs),
        n: c.runs,
      }),
      color: series.length,
      x: curve.x,
      y,
      lo: hasBand ? y.map((v, i) => v - half[i]) : null,
      hi: hasBand ? y.map((v, i) => v + half[i]) : null,
      style: 'band',
    });
  }
  const notes = [t().plot.band];
  if ((o.smooth ?? 1) > 1) notes.push(t().plot.smoothed({ window: o.smooth ?? 1 }));
  const name = metricName(o.metric);
  return {
    title,
    notes: [...notes, ...partialNote(result)],
    xLabel: result.xUnit === 'step' ? t().experiments.axes.step : t().experiments.axes.episode,
    yLabel: o.percent ? t().plot.percentOf({ label: name }) : name,
    series,
    hLines: (o.lines ?? []).map((l) => ({ y: inPercent(l.y, scale), label: lineLabel(l.key) })),
    vLines: vLinesOf(o.xLines),
    percent: o.percent === true,
    yRange: yRange(o, scale),
  };
}

export interface SweepOptions {
  param: string;
  percent?: boolean;
  yMin?: number;
  yMax?: number;
  lines?: { y: number; key: string }[];
  xLines?: { x: number; key: string }[];
}

/** Each agent (and other grid value) as one series of summaries against `param`. */
export function sweepChart(result: ExperimentResult, o: SweepOptions, title: string): ChartModel {
  const scale = o.percent ? 100 : 1;
  const groups = new Map<string, ChartSeries & { n: number[] }>();
  for (const c of result.conditions) {
    if (c.summary === null || !Object.hasOwn(c.point, o.param)) continue;
    const key = conditionLabel(c.agentLabel, c.point, o.param);
    let g = groups.get(key);
    if (g === undefined) {
      g = { label: key, color: groups.size, x: [], y: [], lo: [], hi: [], style: 'bars', n: [] };
      groups.set(key, g);
    }
    const mean = c.summary.mean * scale;
    const ci = c.summary.ci * scale;
    g.x.push(c.point[o.param]);
    g.y.push(mean);
    g.lo?.push(Number.isNaN(ci) ? mean : mean - ci);
    g.hi?.push(Number.isNaN(ci) ? mean : mean + ci);
    g.n.push(c.summary.n);
  }
  const series = [...groups.values()].map(({ n, ...s }) => ({
    ...s,
    label: t().plot.legend({ label: s.label, runs: runCount(n), n: Math.max(...n) }),
  }));
  const summary = result.spec.summary;
  const name = metricName(summary?.metric ?? 'return');
  const first = summary?.firstEpisodes;
  const yName = t().plot.summary({ metric: name, first: first === undefined ? null : formatCount(first) });
  return {
    title,
    notes: [t().plot.bars, ...partialNote(result)],
    xLabel: paramSymbol(o.param),
    yLabel: o.percent ? t().plot.percentOf({ label: yName }) : yName,
    series,
    hLines: (o.lines ?? []).map((l) => ({ y: inPercent(l.y, scale), label: lineLabel(l.key) })),
    vLines: vLinesOf(o.xLines),
    percent: o.percent === true,
    yRange: yRange(o, scale),
  };
}

/** A closed-form curve (the presets' analytic.ts), with the preset's lines (p* = 2 − √2, v*). */
export function analyticChart(chart: PresetChart, title: string): ChartModel | null {
  if (!isAnalyticCurve(chart.analytic)) return null;
  const samples = sampleAnalytic(chart.analytic, 239);
  const x = Array.from(samples.x);
  const y = Array.from(samples.y);
  return {
    title,
    notes: [],
    xLabel: t().experiments.axes.pRight,
    yLabel: t().experiments.axes.jOfP,
    series: [{ label: t().experiments.axes.jOfP, color: 0, x, y, lo: null, hi: null, style: 'line' }],
    hLines: (chart.lines ?? []).map((l) => ({ y: l.y, label: lineLabel(l.key) })),
    vLines:
      chart.xLines === undefined
        ? [{ x: ANALYTIC[chart.analytic].optimumX, label: lineLabel('optimumP') }]
        : vLinesOf(chart.xLines),
    percent: false,
    yRange: chart.yMin !== undefined && chart.yMax !== undefined ? [chart.yMin, chart.yMax] : [-100, 0],
  };
}

/** A preset's charts from its parts' results (a part not run, or cancelled before any run, is skipped). */
export function presetCharts(preset: ExperimentPreset, results: Map<string, ExperimentResult>): ChartModel[] {
  const base = presetTitle(preset.id);
  const many = preset.charts.length > 1;
  const out: ChartModel[] = [];
  for (const chart of preset.charts) {
    const title = many && preset.parts.length > 1 ? `${base} · ${partName(chart.part)}` : base;
    if (chart.kind === 'analytic') {
      const m = analyticChart(chart, title);
      if (m !== null) out.push(m);
      continue;
    }
    const result = results.get(chart.part);
    if (result === undefined || result.runsDone === 0) continue;
    if (chart.kind === 'sweep') {
      out.push(sweepChart(result, { ...chart, param: chart.param ?? result.gridParams[0] ?? '' }, title));
    } else {
      out.push(
        curveChart(result, { ...chart, metric: chart.metric ?? result.metrics[0] ?? 'return' }, title),
      );
    }
  }
  return out;
}

/** Charts for a spec without a preset: one per curve metric, and a sweep when there is a grid. */
export function specCharts(result: ExperimentResult): ChartModel[] {
  const title = result.spec.name === '' ? '' : result.spec.name;
  const out: ChartModel[] = [];
  const param = result.gridParams[0];
  if (param !== undefined && result.spec.summary !== undefined) {
    out.push(sweepChart(result, { param, percent: result.spec.summary.metric === 'success' }, title));
  }
  for (const metric of result.metrics) {
    const percent = metric === 'success' || metric === 'action-share';
    out.push(curveChart(result, { metric, percent }, title));
  }
  return out;
}
