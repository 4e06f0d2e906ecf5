/**
 * An experiment's results as data: per condition, the curves (mean, 95 % half-width, run count at
 * each episode or step) and the per-run summaries with their mean and interval. Nothing about
 * timing or workers is in here, so the same spec gives the same results wherever it ran.
 */
import type { AgentKind } from '../../agents/types.ts';
import type { CurveStats, ExperimentAccumulator, SummaryStats } from './accumulate.ts';
import type { ExperimentPlan } from './plan.ts';
import type { CurveMetric, ExperimentSpec } from './spec.ts';

export interface ConditionResult {
  index: number;
  label: string;
  agentLabel: string;
  kind: AgentKind;
  point: Record<string, number>;
  /** Runs folded into these numbers. */
  runs: number;
  curves: Partial<Record<CurveMetric, CurveStats>>;
  summary: SummaryStats | null;
}

export interface ExperimentResult {
  spec: ExperimentSpec;
  xUnit: 'episode' | 'step';
  metrics: CurveMetric[];
  gridParams: string[];
  conditions: ConditionResult[];
  /** Runs folded over all conditions, and how many the spec asks for. */
  runsDone: number;
  runsTotal: number;
  /** False for partial results (still running, or cancelled). */
  complete: boolean;
}

export function collectResult(acc: ExperimentAccumulator, complete: boolean): ExperimentResult {
  const plan: ExperimentPlan = acc.plan;
  const conditions = plan.conditions.map((c): ConditionResult => {
    const curves: Partial<Record<CurveMetric, CurveStats>> = {};
    plan.metrics.forEach((m, i) => {
      curves[m] = acc.curve(c.index, i);
    });
    return {
      index: c.index,
      label: c.label,
      agentLabel: c.agentLabel,
      kind: c.kind,
      point: { ...c.point },
      runs: acc.foldedRuns(c.index),
      curves,
      summary: plan.spec.summary === undefined ? null : acc.summary(c.index),
    };
  });
  return {
    spec: plan.spec,
    xUnit: plan.xUnit,
    metrics: [...plan.metrics],
    gridParams: [...plan.gridParams],
    conditions,
    runsDone: acc.totalFolded,
    runsTotal: plan.spec.runs * plan.conditions.length,
    complete,
  };
}

/** A number as the files write it: shortest round-trip form (the same in every engine); NaN empty. */
export function formatNumber(x: number): string {
  return Number.isNaN(x) ? '' : String(x);
}

function csvField(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** What the summary measures, e.g. "return (first 100 episodes)". */
export function summaryName(spec: ExperimentSpec): string {
  const s = spec.summary;
  if (s === undefined) return '';
  if (s.firstEpisodes !== undefined) return `${s.metric} (first ${s.firstEpisodes} episodes)`;
  if (s.lastEpisodes !== undefined) return `${s.metric} (last ${s.lastEpisodes} episodes)`;
  return `${s.metric} (all episodes)`;
}

/**
 * One tidy table: `section` is `curve` (a mean per episode or step, x counted from 1), `summary`
 * (the mean of the per-run summaries) or `run` (one run's summary, x = run index).
 */
export function resultToCSV(result: ExperimentResult): string {
  const params = result.gridParams;
  const lines = [
    ['section', 'condition', 'label', 'agent', ...params, 'metric', 'x', 'mean', 'ci95', 'n'].join(','),
  ];
  const head = (c: ConditionResult) =>
    [
      String(c.index),
      csvField(c.label),
      c.kind,
      ...params.map((p) => (Object.hasOwn(c.point, p) ? formatNumber(c.point[p]) : '')),
    ].join(',');
  const summary = csvField(summaryName(result.spec));
  for (const c of result.conditions) {
    const h = head(c);
    for (const m of result.metrics) {
      const s = c.curves[m];
      if (s === undefined) continue;
      for (let x = 0; x < s.mean.length; x++) {
        if (s.n[x] === 0) continue;
        lines.push(`curve,${h},${m},${x + 1},${formatNumber(s.mean[x])},${formatNumber(s.ci[x])},${s.n[x]}`);
      }
    }
    if (c.summary !== null) {
      const s = c.summary;
      lines.push(`summary,${h},${summary},,${formatNumber(s.mean)},${formatNumber(s.ci)},${s.n}`);
      for (let r = 0; r < s.perRun.length; r++) {
        lines.push(`run,${h},${summary},${r},${formatNumber(s.perRun[r])},,1`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

const nums = (xs: Float64Array) => Array.from(xs, (x) => (Number.isNaN(x) ? null : x));
const num = (x: number) => (Number.isNaN(x) ? null : x);

/** The results as JSON (NaN written as null), for saving and for overlaying later. */
export function resultToJSON(result: ExperimentResult): string {
  return JSON.stringify({
    format: 'rl-playground-experiment',
    version: 1,
    spec: result.spec,
    xUnit: result.xUnit,
    metrics: result.metrics,
    gridParams: result.gridParams,
    runsDone: result.runsDone,
    runsTotal: result.runsTotal,
    complete: result.complete,
    conditions: result.conditions.map((c) => ({
      index: c.index,
      label: c.label,
      agentLabel: c.agentLabel,
      kind: c.kind,
      point: c.point,
      runs: c.runs,
      curves: Object.fromEntries(
        Object.entries(c.curves).map(([m, s]) => [
          m,
          { mean: nums(s.mean), ci: nums(s.ci), n: Array.from(s.n) },
        ]),
      ),
      summary:
        c.summary === null
          ? null
          : {
              mean: num(c.summary.mean),
              ci: num(c.summary.ci),
              sd: num(c.summary.sd),
              n: c.summary.n,
              perRun: nums(c.summary.perRun),
            },
    })),
  });
}
