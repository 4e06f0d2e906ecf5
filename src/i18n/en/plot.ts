/** The words of experiment charts (src/plot), drawn as SVG by the CLI and the Lab scene. */
import { plural } from '../plural.ts';

export const plot = {
  /** A legend entry: the condition and the runs behind its numbers (`n`: their count, or the largest). */
  legend: (p: { label: string; runs: string; n: number }) =>
    `${p.label} (${p.runs} ${plural('en', p.n, { one: 'run', other: 'runs' })})`,
  band: 'shaded: 95 % confidence interval of the mean over runs',
  bars: 'bars: 95 % confidence interval of the mean over runs',
  smoothed: (p: { window: number }) => `moving average over ${p.window} points, for display`,
  partial: (p: { done: string; total: string }) => `partial results: ${p.done} of ${p.total} runs`,
  /** A sweep's y axis: the per-run summary it averages. */
  summary: (p: { metric: string; first: string | null }) =>
    p.first === null
      ? `${p.metric}, mean over all episodes`
      : `${p.metric}, mean over the first ${p.first} episodes`,
  percentOf: (p: { label: string }) => `${p.label} (%)`,
};
