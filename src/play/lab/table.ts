/**
 * The summary table under the charts: per part and condition, the mean of the per-run summaries
 * with its 95 % interval and run count; for a spec without a summary, the last point of its first
 * curve. Every number has its n beside it.
 */

import { conditionName } from './chart-model.ts';
import type { PartResult } from './csv.ts';

export interface TableRow {
  part: string | null;
  label: string;
  /** 'summary': the per-run summary; 'last': the curve's last point. */
  what: 'summary' | 'last';
  mean: number;
  /** 95 % half-width (NaN with fewer than 2 runs). */
  ci: number;
  n: number;
}

export function summaryRows(parts: PartResult[]): TableRow[] {
  const rows: TableRow[] = [];
  for (const p of parts) {
    for (const c of p.result.conditions) {
      const label = conditionName(c);
      if (c.summary !== null) {
        if (c.summary.n === 0) continue;
        rows.push({
          part: p.id,
          label,
          what: 'summary',
          mean: c.summary.mean,
          ci: c.summary.ci,
          n: c.summary.n,
        });
        continue;
      }
      const s = c.curves[p.result.metrics[0]];
      if (s === undefined || s.mean.length === 0) continue;
      const last = s.mean.length - 1;
      if (s.n[last] === 0) continue;
      rows.push({ part: p.id, label, what: 'last', mean: s.mean[last], ci: s.ci[last], n: s.n[last] });
    }
  }
  return rows;
}
