/**
 * The --out file's text: one part's results as `resultToCSV` / `resultToJSON` write them, or, for a
 * preset of several parts, all parts in one file (CSV: a leading `part` column; JSON: the parts in
 * order). Only results, never timings or worker counts, so the bytes are the same for any pool.
 */
import { resultToCSV, resultToJSON } from '../../train/experiment/results.ts';
import type { PartOutcome } from './run.ts';

export type ResultsFormat = 'csv' | 'json';

/** `multiPart`: the preset has several parts (the file says so even when a cancel stopped after one). */
export function resultsText(
  presetId: string | null,
  outcomes: PartOutcome[],
  format: ResultsFormat,
  multiPart: boolean,
): string {
  if (!multiPart && outcomes.length === 1) {
    const r = outcomes[0].result;
    return format === 'csv' ? resultToCSV(r) : `${resultToJSON(r)}\n`;
  }
  if (format === 'json') {
    const parts = outcomes.map(
      (o) => `{"part":${JSON.stringify(o.part.id)},"result":${resultToJSON(o.result)}}`,
    );
    return `{"format":"rl-playground-experiment-parts","version":1,"preset":${JSON.stringify(presetId)},"parts":[${parts.join(',')}]}\n`;
  }
  const lines: string[] = [];
  let header: string | null = null;
  for (const o of outcomes) {
    const [head, ...rows] = resultToCSV(o.result).trimEnd().split('\n');
    // Parts share a header when their grids do; a part with other columns repeats its own.
    if (head !== header) lines.push(`part,${head}`);
    header = head;
    for (const row of rows) lines.push(`${o.part.id ?? ''},${row}`);
  }
  return `${lines.join('\n')}\n`;
}
