/**
 * A results file's text, the same for the CLI's --out and the Lab's CSV (so the two are the same
 * bytes by construction): one part's results as `resultToCSV` / `resultToJSON` write them, or, for
 * a preset of several parts, all parts in one file (CSV: a leading `part` column; JSON: the parts
 * in order). Only results, never timings or worker counts, so the bytes are the same for any pool.
 * No DOM, no Node.
 */
import { type ExperimentResult, resultToCSV, resultToJSON } from './results.ts';

/** One part's result: the preset part's id (null for a spec of its own). */
export interface PartResult {
  id: string | null;
  result: ExperimentResult;
}

export type ResultsFormat = 'csv' | 'json';

/** `multiPart`: the preset has several parts (the file says so even when a cancel stopped after one). */
export function resultsText(
  presetId: string | null,
  parts: PartResult[],
  format: ResultsFormat,
  multiPart: boolean,
): string {
  if (!multiPart && parts.length === 1) {
    const r = parts[0].result;
    return format === 'csv' ? resultToCSV(r) : `${resultToJSON(r)}\n`;
  }
  if (format === 'json') {
    const json = parts.map((p) => `{"part":${JSON.stringify(p.id)},"result":${resultToJSON(p.result)}}`);
    return `{"format":"rl-playground-experiment-parts","version":1,"preset":${JSON.stringify(presetId)},"parts":[${json.join(',')}]}\n`;
  }
  const lines: string[] = [];
  let header: string | null = null;
  for (const p of parts) {
    const [head, ...rows] = resultToCSV(p.result).trimEnd().split('\n');
    // Parts share a header when their grids do; a part with other columns repeats its own.
    if (head !== header) lines.push(`part,${head}`);
    header = head;
    for (const row of rows) lines.push(`${p.id ?? ''},${row}`);
  }
  return `${lines.join('\n')}\n`;
}
