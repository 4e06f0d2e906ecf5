/**
 * The summary table under the charts: per part and condition, the mean of the per-run summaries
 * with its 95 % interval and run count; for a spec without a summary, the last point of its first
 * curve. Every number has its n beside it.
 */

import type { PartResult } from '../../train/experiment/results-file.ts';
import { conditionName } from './chart-model.ts';

export interface TableRow {
  part: string | null;
  label: string;
  /** 'summary': the per-run summary; 'last' / 'last-step': the curve's last episode / time step. */
  what: 'summary' | 'last' | 'last-step';
  mean: number;
  /** 95 % half-width (NaN with fewer than 2 runs). */
  ci: number;
  n: number;
  /** A share (success, action share): shown as a percentage. */
  percent: boolean;
}

export function summaryRows(parts: PartResult[]): TableRow[] {
  const rows: TableRow[] = [];
  for (const p of parts) {
    for (const c of p.result.conditions) {
      const label = conditionName(c);
      const summary = p.result.spec.summary?.metric;
      if (c.summary !== null) {
        if (c.summary.n === 0) continue;
        const percent = summary === 'success' || summary === 'action-share';
        const { mean, ci, n } = c.summary;
        rows.push({ part: p.id, label, what: 'summary', mean, ci, n, percent });
        continue;
      }
      const metric = p.result.metrics[0];
      const percent = metric === 'success' || metric === 'action-share';
      const s = c.curves[metric];
      if (s === undefined || s.mean.length === 0) continue;
      const last = s.mean.length - 1;
      if (s.n[last] === 0) continue;
      rows.push({
        part: p.id,
        label,
        what: p.result.xUnit === 'step' ? 'last-step' : 'last',
        mean: s.mean[last],
        ci: s.ci[last],
        n: s.n[last],
        percent,
      });
    }
  }
  return rows;
}
