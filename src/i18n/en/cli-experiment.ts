/** The words of `npm run experiment` (src/cli/experiment): help, progress, timings, summaries and refusals. */
export const cliExperiment = {
  help: (p: {
    presets: string;
    workers: number;
  }) => `Run an experiment over seeds and hyper-parameters: every run in a pool of worker threads,
the mean over runs with a 95 % confidence interval, written to a results file and a chart.

Usage:
  npm run experiment -- --preset NAME [options]
  npm run experiment -- --spec experiment.json [options]

What to run:
  --preset NAME          a built-in experiment: ${p.presets}
  --spec FILE            an experiment spec (JSON: env, agents with an optional grid, runs,
                         episodes or steps, seed, metrics, summary), read up to 1 MiB
  --runs N               runs (seeds) per configuration; for a preset with an interim part
                         (sb-6.3) only the interim run count (default: the preset's or the spec's)
  --episodes N           episodes per run, for every part (default: the preset's or the spec's)
  --seed S               the experiment seed; run k's seeds derive from it and k (default: the spec's)
  --workers N            worker threads (default: this machine's cores, ${p.workers})

Output:
  --out FILE             the results: .csv (one tidy table; a part column when the preset has
                         several parts) or .json; the same bytes for any --workers
  --plot FILE            the chart: .svg, or .png (drawn from the same SVG)
  --json                 a summary as JSON on stdout: per part and configuration, the summary's
                         mean ± 95 % interval and run count, or each curve's last value
  --no-progress          no progress bar on stderr
  --lang en|ja           language of the messages (default: from LC_ALL, LC_MESSAGES or LANG)
  -h, --help             this help

Files are written to a temporary file and renamed, so a stopped run never leaves half a file.
Timings and worker counts go to the terminal only, never into the files. Ctrl-C stops the run and
still writes the runs that finished (marked as partial).

Exit codes: 0 done, 2 a bad flag, value, file or spec field (the message names it), 130 stopped
with Ctrl-C, 1 a write failed or anything else.`,

  /** The run's name on the progress bar and in timings. */
  label: (p: { name: string; part: string | null }) => (p.part === null ? p.name : `${p.name} (${p.part})`),
  /** cli-progress's format: {bar}, {value}, {total} and {left} are its fields. */
  progress: (p: { label: string }) => `${p.label} |{bar}| {value}/{total} runs · {left} left`,
  starting: (p: { label: string; runs: string; workers: number }) =>
    `${p.label}: ${p.runs} runs on ${p.workers} ${p.workers === 1 ? 'worker' : 'workers'}…`,
  timing: (p: { label: string; runs: string; seconds: string; workers: number }) =>
    `${p.label}: ${p.runs} runs in ${p.seconds} s on ${p.workers} ${p.workers === 1 ? 'worker' : 'workers'}`,
  cancelled: (p: { done: string; total: string }) =>
    `stopped (Ctrl-C): ${p.done} of ${p.total} runs had finished; the files hold those, marked as partial`,
  wrote: (p: { flag: string; path: string }) => `wrote ${p.flag} ${p.path}`,

  summary: {
    head: (p: { label: string; runs: string; total: string }) => `${p.label}: ${p.runs} of ${p.total} runs`,
    point: (p: { label: string; mean: string; ci: string; n: string }) =>
      `  ${p.label}: mean ${p.mean} ± ${p.ci} (n = ${p.n})`,
    last: (p: { label: string; metric: string; x: string; mean: string; ci: string; n: string }) =>
      `  ${p.label}: ${p.metric} at ${p.x}: ${p.mean} ± ${p.ci} (n = ${p.n})`,
  },

  usage: {
    needSource: 'give --preset NAME or --spec FILE (see --help)',
    bothSources: '--preset and --spec: give one of them, not both',
    unknownPreset: (p: { name: string; known: string }) =>
      `--preset ${p.name}: no such experiment; known: ${p.known}`,
    outKind: (p: { path: string }) => `--out ${p.path}: the name must end in .csv or .json`,
    plotKind: (p: { path: string }) => `--plot ${p.path}: the name must end in .svg or .png`,
    notJson: (p: { path: string; detail: string }) => `--spec ${p.path}: not valid JSON (${p.detail})`,
    /** A spec refused: the file or preset, then the worded error (which names the field). */
    inSpec: (p: { source: string; words: string }) => `${p.source}: ${p.words}`,
    episodesNeedEpisodes: (p: { source: string }) =>
      `--episodes: ${p.source} counts time steps, not episodes; leave out --episodes`,
  },

  writes: {
    failed: (p: { flag: string; path: string; reason: string }) =>
      `${p.flag} ${p.path}: cannot write the file (${p.reason})`,
    pngFailed: (p: { path: string; reason: string }) => `--plot ${p.path}: cannot draw the PNG (${p.reason})`,
  },

  why: {
    workers: (p: { max: number }) => `must be a whole number from 1 to ${p.max}`,
  },
};
