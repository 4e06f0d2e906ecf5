/**
 * The comparison's words beyond the catalog's plain texts: a value as shown (a number, or an
 * algorithm's or learner's name), why a choice cannot run, the time left, and the verdict.
 */
import { formatSig } from '../../core/format.ts';
import type { Catalog } from '../../i18n/index.ts';
import { t } from '../../i18n/language.ts';
import {
  type CompareBase,
  type CompareChoice,
  type CompareKey,
  type CompareMetric,
  choiceProblem,
  EPISODES_MAX,
  isAlternative,
  PARAM_RANGES,
  RUNS_MAX,
} from '../../play/compare/spec.ts';
import { higherIsBetter, type Verdict } from '../../play/compare/verdict.ts';

type Words = Catalog['compare'];

const show = (v: number) => formatSig(v, 4);

/** A value as shown: a number, or the name of an algorithm (the maze's) or a learner (the jump's). */
export function valueName(w: Words, key: CompareKey, value: number | string): string {
  if (typeof value === 'number') return show(value);
  if (key === 'agentKind') return t().maze.agents[value as keyof Catalog['maze']['agents']] ?? value;
  return w.learners[value as keyof Words['learners']] ?? value;
}

/** Why the choice cannot run, in words ('' when it can). */
export function problemText(w: Words, base: CompareBase, choice: CompareChoice): string {
  const p = choiceProblem(base, choice);
  if (p === null) return '';
  if (p === 'value-range') {
    if (isAlternative(choice.param) || typeof choice.value !== 'number') return w.problems.param;
    const r = PARAM_RANGES[choice.param];
    const inRange = Number.isFinite(choice.value) && choice.value >= r.min && choice.value <= r.max;
    return inRange && r.integer
      ? w.problems['value-integer']
      : w.problems['value-range']({ min: show(r.min), max: show(r.max) });
  }
  if (p === 'runs') return w.problems.runs({ max: RUNS_MAX });
  if (p === 'episodes') return w.problems.episodes({ max: EPISODES_MAX });
  return w.problems[p];
}

/** The time left: whole seconds up to a minute and a half, then whole minutes (rounded up). */
export function timeLeft(ms: number, w: Words): string {
  return ms < 90_000
    ? w.seconds({ n: String(Math.max(1, Math.ceil(ms / 1000))) })
    : w.minutes({ n: String(Math.ceil(ms / 60_000)) });
}

/**
 * The verdict in words: the main line (a real difference, none clear, identical, too few runs),
 * which condition is better on the measure when the difference is real, and what was compared.
 */
export function verdictLines(w: Words, v: Verdict, metric: CompareMetric, episodes: number): string[] {
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
