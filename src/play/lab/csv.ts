/**
 * The page's CSV: the same bytes as the CLI's `--out results.csv` for the same spec
 * (src/cli/experiment/results-file.ts): one part as `resultToCSV` writes it; a preset of several
 * parts in one table with a leading `part` column (a part whose grid differs repeats its header).
 */
import { type ExperimentResult, resultToCSV } from '../../train/experiment/results.ts';

export interface PartResult {
  id: string | null;
  result: ExperimentResult;
}

export function labCSV(parts: PartResult[], multiPart: boolean): string {
  if (!multiPart && parts.length === 1) return resultToCSV(parts[0].result);
  const lines: string[] = [];
  let header: string | null = null;
  for (const p of parts) {
    const [head, ...rows] = resultToCSV(p.result).trimEnd().split('\n');
    if (head !== header) lines.push(`part,${head}`);
    header = head;
    for (const row of rows) lines.push(`${p.id ?? ''},${row}`);
  }
  return `${lines.join('\n')}\n`;
}
