/**
 * From results to what the Lab's charts draw: curves (a metric per episode or step, with the 95 %
 * band), sweeps (each agent's per-run summary against a grid parameter, with 95 % error bars), the
 * preset's reference lines, x range, percent and smoothing. Every series carries its run count, and
 * its legend says it. A past result overlaid on the current one adds its series, marked as such.
 */
import { AGENT_LABELS, type AgentKind } from '../../agents/types.ts';
import { formatCount } from '../../core/format.ts';
import { t } from '../../i18n/language.ts';
import { lineLabel, metricName, paramSymbol, partName, presetTitle, runCount } from '../../plot/names.ts';
import { curveWindow } from '../../plot/smooth.ts';
import { ANALYTIC, isAnalyticCurve, sampleAnalytic } from '../../train/experiment/presets/analytic.ts';
import type { ExperimentPreset, PresetChart } from '../../train/experiment/presets/types.ts';
import type { ExperimentResult } from '../../train/experiment/results.ts';
import type { PartResult } from '../../train/experiment/results-file.ts';
import type { CurveMetric } from '../../train/experiment/spec.ts';

/** Points per curve drawn (longer curves are averaged in bins, for display only). */
const MAX_POINTS = 500;

export interface LabSeries {
  label: string;
  x: number[];
  y: number[];
  /** The 95 % interval's ends (NaN where fewer than 2 runs). */
  lo: number[];
  hi: number[];
  /** Runs behind each point. */
  n: number[];
  /** From a saved result laid over the current one. */
  overlay: boolean;
}

export interface LabChart {
  /** Stable within a job: `${part}:${kind}:${metric or param}`. */
  key: string;
  kind: 'curve' | 'sweep';
  title: string;
  notes: string[];
  xLabel: string;
  yLabel: string;
  series: LabSeries[];
  lines: { y: number; label: string }[];
  /** Vertical reference lines (x units), e.g. p* on the J(p) chart. */
  vLines: { x: number; label: string }[];
  yRange: [number, number] | null;
}

function pointLabel(point: Record<string, number>, skip?: string): string {
  return Object.entries(point)
    .filter(([k]) => k !== skip)
    .map(([k, v]) => `${paramSymbol(k)}=${v}`)
    .join(' ');
}

/** An agent's name as the page shows it: the kind's name in this language when the label is just that. */
export function agentName(kind: AgentKind, label: string): string {
  // The presets' own labels have words in the experiments catalog.
  const labels = t().experiments.labels as Record<string, string>;
  if (Object.hasOwn(labels, label)) return labels[label];
  return label.toLowerCase() === AGENT_LABELS[kind].toLowerCase() ? t().lab.agents[kind] : label;
}

export function conditionName(
  c: { kind: AgentKind; agentLabel: string; point: Record<string, number> },
  skip?: string,
): string {
  const name = agentName(c.kind, c.agentLabel);
  const p = pointLabel(c.point, skip);
  return p === '' ? name : `${name} ${p}`;
}

export function curveChart(
  key: string,
  title: string,
  result: ExperimentResult,
  c: Partial<PresetChart> & { metric: CurveMetric },
): LabChart {
  const w = t().lab.chart;
  const scale = c.percent ? 100 : 1;
  const series: LabSeries[] = [];
  for (const cond of result.conditions) {
    const s = cond.curves[c.metric];
    if (s === undefined || cond.runs === 0) continue;
    const curve = curveWindow(s, c, MAX_POINTS);
    if (curve === null) continue;
    const y = curve.mean.map((v) => v * scale);
    const half = curve.half.map((v) => v * scale);
    series.push({
      label: w.legend({ label: conditionName(cond), n: formatCount(cond.runs) }),
      x: curve.x,
      y,
      lo: y.map((v, i) => v - half[i]),
      hi: y.map((v, i) => v + half[i]),
      n: curve.n.map(Math.round),
      overlay: false,
    });
  }
  const notes = [w.band];
  if ((c.smooth ?? 1) > 1) notes.push(w.smoothed({ window: c.smooth ?? 1 }));
  const metric = metricName(c.metric);
  return {
    key,
    kind: 'curve',
    title,
    notes,
    xLabel: result.xUnit === 'step' ? t().experiments.axes.step : t().experiments.axes.episode,
    yLabel: c.percent ? w.percentOf({ label: metric }) : metric,
    series,
    lines: (c.lines ?? []).map((l) => ({ y: l.y * scale, label: lineLabel(l.key) })),
    vLines: [],
    yRange: c.yMin !== undefined && c.yMax !== undefined ? [c.yMin * scale, c.yMax * scale] : null,
  };
}

/** Each agent (and its other grid value) as one series of per-run summaries against `param`. */
export function sweepChart(
  key: string,
  title: string,
  result: ExperimentResult,
  c: Partial<PresetChart> & { param: string },
): LabChart {
  const w = t().lab.chart;
  const scale = c.percent ? 100 : 1;
  const groups = new Map<string, LabSeries>();
  for (const cond of result.conditions) {
    const s = cond.summary;
    if (s === null || s.n === 0 || !Object.hasOwn(cond.point, c.param)) continue;
    const name = conditionName(cond, c.param);
    let g = groups.get(name);
    if (g === undefined) {
      g = { label: name, x: [], y: [], lo: [], hi: [], n: [], overlay: false };
      groups.set(name, g);
    }
    g.x.push(cond.point[c.param]);
    g.y.push(s.mean * scale);
    g.lo.push((s.mean - s.ci) * scale);
    g.hi.push((s.mean + s.ci) * scale);
    g.n.push(s.n);
  }
  const series = [...groups.values()].map((g) => ({
    ...g,
    label: w.legend({ label: g.label, n: runCount(g.n) }),
  }));
  const summary = result.spec.summary;
  const metric = metricName(summary?.metric ?? 'return');
  const first = summary?.firstEpisodes;
  const last = summary?.lastEpisodes;
  const yName =
    first !== undefined
      ? w.summaryFirst({ metric, first: formatCount(first) })
      : last !== undefined
        ? w.summaryLast({ metric, last: formatCount(last) })
        : w.summaryAll({ metric });
  return {
    key,
    kind: 'sweep',
    title,
    notes: [yName, w.bars],
    xLabel: paramSymbol(c.param),
    yLabel: c.percent ? w.percentOf({ label: metric }) : metric,
    series,
    lines: (c.lines ?? []).map((l) => ({ y: l.y * scale, label: lineLabel(l.key) })),
    vLines: [],
    yRange: c.yMin !== undefined && c.yMax !== undefined ? [c.yMin * scale, c.yMax * scale] : null,
  };
}

/** A closed-form curve (src/train/experiment/presets/analytic.ts) with the preset's lines and its optimum marked; no runs. */
export function analyticChart(key: string, title: string, c: PresetChart): LabChart | null {
  if (!isAnalyticCurve(c.analytic)) return null;
  const a = ANALYTIC[c.analytic];
  // The CLI's samples (src/plot/chart-data.ts), so that the page and the SVG draw the same points.
  const samples = sampleAnalytic(c.analytic, 239);
  const x = Array.from(samples.x);
  const y = Array.from(samples.y);
  // Vertical lines: the preset's `xLines`, else the curve's optimum.
  const xLines = c.xLines ?? [{ x: a.optimumX, key: 'optimumP' }];
  const axes = t().experiments.axes;
  return {
    key,
    kind: 'curve',
    title,
    notes: [t().lab.chart.analytic],
    xLabel: axes.pRight,
    yLabel: axes.jOfP,
    series: [{ label: axes.jOfP, x, y, lo: y, hi: y, n: [], overlay: false }],
    lines: (c.lines ?? []).map((l) => ({ y: l.y, label: lineLabel(l.key) })),
    vLines: xLines.map((l) => ({ x: l.x, label: lineLabel(l.key) })),
    yRange: c.yMin !== undefined && c.yMax !== undefined ? [c.yMin, c.yMax] : [-100, 0],
  };
}

/** The charts of a preset (its `PresetChart`s) or, for a spec, one per curve metric and a sweep over its grid. */
export function labCharts(preset: ExperimentPreset | null, parts: PartResult[]): LabChart[] {
  const out: LabChart[] = [];
  if (preset !== null) {
    const title = presetTitle(preset.id);
    for (const c of preset.charts) {
      const name = preset.parts.length > 1 ? `${title} · ${partName(c.part)}` : title;
      if (c.kind === 'analytic') {
        // Drawn with the results (it needs no runs, but sits beside them).
        const chart = parts.length > 0 ? analyticChart(`${c.part}:analytic:${c.analytic}`, name, c) : null;
        if (chart !== null) out.push(chart);
        continue;
      }
      const part = parts.find((p) => p.id === c.part);
      if (part === undefined) continue;
      if (c.kind === 'sweep') {
        const param = c.param ?? part.result.gridParams[0] ?? '';
        out.push(sweepChart(`${c.part}:sweep:${param}`, name, part.result, { ...c, param }));
      } else {
        const metric = c.metric ?? part.result.metrics[0] ?? 'return';
        out.push(curveChart(`${c.part}:curve:${metric}`, name, part.result, { ...c, metric }));
      }
    }
    return out;
  }
  for (const part of parts) {
    const r = part.result;
    const title = r.spec.name || t().lab.view.custom;
    const param = r.gridParams[0];
    if (param !== undefined && r.spec.summary !== undefined) {
      const percent = r.spec.summary.metric === 'success' || r.spec.summary.metric === 'action-share';
      out.push(sweepChart(`${part.id}:sweep:${param}`, title, r, { param, percent }));
    }
    for (const metric of r.metrics) {
      const percent = metric === 'success' || metric === 'action-share';
      out.push(curveChart(`${part.id}:curve:${metric}`, title, r, { metric, percent }));
    }
  }
  return out;
}

/** Lay a past result's charts over the current ones: the matching chart gains its series, marked. */
export function overlayCharts(current: LabChart[], past: LabChart[]): LabChart[] {
  const mark = t().lab.chart.overlay;
  return current.map((c) => {
    const p = past.find((q) => q.key === c.key);
    if (p === undefined) return c;
    const extra = p.series.map((s) => ({ ...s, label: mark({ label: s.label }), overlay: true }));
    return { ...c, series: [...c.series, ...extra] };
  });
}
