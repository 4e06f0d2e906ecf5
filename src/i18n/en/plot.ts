/** The words of experiment charts (src/plot), drawn as SVG by the CLI and the Lab scene. */
export const plot = {
  /** A legend entry: the condition and the runs behind its numbers. */
  legend: (p: { label: string; runs: string }) => `${p.label} (n = ${p.runs})`,
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
