/**
 * What the CLI prints on stdout when the runs are done: per part and configuration, the summary's
 * mean ± 95 % half-width and run count, or (without a summary) each curve's last point. As data for
 * --json, or as text in the CLI's language. No timings here: those go to stderr.
 */
import { formatCount } from '../../core/format.ts';
import { t } from '../../i18n/index.ts';
import type { PartOutcome } from './run.ts';

const num = (x: number) => (Number.isNaN(x) ? null : x);

export interface ConditionSummary {
  label: string;
  agent: string;
  point: Record<string, number>;
  runs: number;
  summary: { mean: number | null; ci: number | null; n: number } | null;
  /** Each curve metric's last point (x counted from 1). */
  last: Record<string, { x: number; mean: number | null; ci: number | null; n: number }>;
}

export interface PartSummary {
  part: string | null;
  complete: boolean;
  runsDone: number;
  runsTotal: number;
  conditions: ConditionSummary[];
}

export function summarizeParts(outcomes: PartOutcome[]): PartSummary[] {
  return outcomes.map(({ part, result }) => ({
    part: part.id,
    complete: result.complete,
    runsDone: result.runsDone,
    runsTotal: result.runsTotal,
    conditions: result.conditions.map((c) => {
      const last: ConditionSummary['last'] = {};
      for (const [metric, s] of Object.entries(c.curves)) {
        let x = s.n.length - 1;
        while (x > 0 && s.n[x] === 0) x--;
        if (x >= 0 && s.n[x] > 0)
          last[metric] = { x: x + 1, mean: num(s.mean[x]), ci: num(s.ci[x]), n: s.n[x] };
      }
      return {
        label: c.label,
        agent: c.kind,
        point: c.point,
        runs: c.runs,
        summary:
          c.summary === null ? null : { mean: num(c.summary.mean), ci: num(c.summary.ci), n: c.summary.n },
        last,
      };
    }),
  }));
}

const show = (x: number | null) => (x === null ? '—' : String(Number(x.toPrecision(4))));

export function summaryText(outcomes: PartOutcome[], parts: PartSummary[]): string {
  const words = t().cliExperiment.summary;
  const metricNames = t().experiments.metrics as Record<string, string>;
  const lines: string[] = [];
  parts.forEach((p, i) => {
    lines.push(
      words.head({
        label: outcomes[i].part.label,
        runs: formatCount(p.runsDone),
        total: formatCount(p.runsTotal),
      }),
    );
    for (const c of p.conditions) {
      if (c.summary !== null) {
        lines.push(
          words.point({
            label: c.label,
            mean: show(c.summary.mean),
            ci: show(c.summary.ci),
            n: formatCount(c.summary.n),
          }),
        );
        continue;
      }
      for (const [metric, l] of Object.entries(c.last)) {
        lines.push(
          words.last({
            label: c.label,
            metric: Object.hasOwn(metricNames, metric) ? metricNames[metric] : metric,
            x: formatCount(l.x),
            mean: show(l.mean),
            ci: show(l.ci),
            n: formatCount(l.n),
          }),
        );
      }
    }
  });
  return lines.join('\n');
}
