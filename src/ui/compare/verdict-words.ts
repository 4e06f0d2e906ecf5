/**
 * The verdict in words: the main line (a real difference, none clear, identical, too few runs),
 * which condition is better on the measure when the difference is real, and what was compared.
 */
import { formatSig } from '../../core/format.ts';
import type { Catalog } from '../../i18n/index.ts';
import type { CompareMetric } from '../../play/compare/spec.ts';
import { higherIsBetter, type Verdict } from '../../play/compare/verdict.ts';

export function verdictLines(
  w: Catalog['compare'],
  v: Verdict,
  metric: CompareMetric,
  episodes: number,
): string[] {
  const m = w.metrics[metric];
  const lines: string[] = [];
  if (v.kind === 'too-few') lines.push(w.verdict.tooFew);
  else if (v.kind === 'identical') lines.push(w.verdict.identical({ n: v.n }));
  else if (v.kind === 'overlap')
    lines.push(w.verdict.overlap({ diff: formatSig(v.difference, 3), ci: formatSig(v.ci, 2), n: v.n }));
  else {
    // The sign is in the words (higher, lower): the size goes without it.
    const values = { metric: m, diff: formatSig(Math.abs(v.difference), 3), ci: formatSig(v.ci, 2), n: v.n };
    lines.push(v.kind === 'higher' ? w.verdict.higher(values) : w.verdict.lower(values));
    const bBetter = (v.kind === 'higher') === higherIsBetter(metric);
    lines.push(w.verdict.better({ which: bBetter ? 'B' : 'A' }));
  }
  if (v.n > 0) lines.push(w.verdict.basis({ metric: m, episodes, n: v.n }));
  return lines;
}
