/**
 * Names the experiment charts give things, shared by the CLI's SVG charts (chart-data.ts) and the
 * Lab's (src/play/lab/chart-model.ts): hyper-parameters by their symbols, catalog words for
 * metrics, reference lines, parts and presets (the key itself when the catalog has none), and a
 * run count or range. No DOM.
 */
import { formatCount } from '../core/format.ts';
import { t } from '../i18n/index.ts';

/** Greek letters for the usual hyper-parameters (symbols, the same in every language). */
const PARAM_SYMBOLS: Record<string, string> = {
  alpha: 'α',
  epsilon: 'ε',
  gamma: 'γ',
  lambda: 'λ',
  kappa: 'κ',
  learningRate: 'α_θ',
  valueLearningRate: 'α_w',
  planningSteps: 'n',
  nSteps: 'n',
};

export const paramSymbol = (name: string): string =>
  Object.hasOwn(PARAM_SYMBOLS, name) ? PARAM_SYMBOLS[name] : name;

/** `table[key]`, or the key when the catalog has no word for it (a spec's own metric or line). */
export const catalogWord = (table: Record<string, string>, key: string): string =>
  Object.hasOwn(table, key) ? table[key] : key;

export const metricName = (metric: string): string => catalogWord(t().experiments.metrics, metric);

export const lineLabel = (key: string): string => catalogWord(t().experiments.lines, key);

export const partName = (id: string): string => catalogWord(t().experiments.parts, id);

/** The preset's title in this language, or its id. */
export function presetTitle(id: string): string {
  const presets = t().experiments.presets as Record<string, { title: string }>;
  return Object.hasOwn(presets, id) ? presets[id].title : id;
}

/** Runs behind a series: '12', or '10–12' when its points have different counts. */
export function runCount(ns: number[]): string {
  const lo = Math.min(...ns);
  const hi = Math.max(...ns);
  return lo === hi ? formatCount(lo) : `${formatCount(lo)}–${formatCount(hi)}`;
}
