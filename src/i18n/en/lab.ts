/**
 * The Lab scene's words (#lab): the panel (built-in experiments, counts, the form to build one,
 * run and cancel, saved results, sharing and exports), the view (what the book found, progress,
 * charts, the table) and the Lab's own refusals. The presets' titles and texts are in
 * experiments.ts; agents keep their names (agent-names.ts).
 */
import { agentNames } from './agent-names.ts';

export const lab = {
  agents: agentNames,
  panel: {
    presets: 'Built-in experiments',
    counts: 'Counts',
    quick: 'quick preview (reduced counts)',
    runs: 'runs',
    episodes: 'episodes',
    seed: 'seed',
    workers: 'workers',
    runsHint: 'empty: the experiment’s own counts',
    builder: 'Build your own',
    name: 'name',
    env: 'environment',
    layout: 'maze layout',
    agentsLabel: 'agents',
    sweep: 'sweep',
    values: 'values',
    secondSweep: 'second sweep',
    none: 'none',
    metric: 'metric',
    useSpec: 'Use this experiment',
    run: 'Run',
    cancel: 'Cancel',
    saved: 'Saved results',
    save: 'Save result',
    nothingSaved: 'Nothing saved yet.',
    savedLine: (p: { when: string; runs: string }) => `${p.when} · ${p.runs} runs`,
    open: 'Open',
    overlay: 'Overlay',
    removeOverlay: 'Remove overlay',
    remove: 'Delete',
    share: 'Share and export',
    copyCli: 'Copy CLI command',
    downloadSpec: 'Download spec',
    csv: 'Results → CSV',
    png: 'Charts → PNG',
    cliPreset: 'Run the same experiment in a terminal:',
    cliSpec: 'Download the spec (Download spec), then run in a terminal:',
  },
  envs: {
    'GridMaze-v0': 'grid maze',
    'JumpHole-v0': 'jump over a hole',
    'ShortCorridor-v0': 'short corridor (Example 13.1)',
    'MaxBias-v0': 'maximization bias (Example 6.7)',
  } as Record<string, string>,
  metrics: {
    return: 'return',
    steps: 'steps',
    success: 'success',
  },
  view: {
    empty: 'Pick a built-in experiment or build your own in the panel, then Run.',
    found: 'What the book found',
    lookFor: 'What to look for',
    custom: 'Your experiment',
    ready: (p: { runs: string }) => `Ready: ${p.runs} runs in all.`,
    starting: 'Starting the workers…',
    progress: (p: { done: string; total: string; elapsed: string; eta: string }) =>
      `${p.done} / ${p.total} runs · ${p.elapsed} s · about ${p.eta} s left`,
    progressNoEta: (p: { done: string; total: string; elapsed: string }) =>
      `${p.done} / ${p.total} runs · ${p.elapsed} s`,
    finished: (p: { done: string; seconds: string; workers: number }) =>
      `Finished: ${p.done} runs in ${p.seconds} s on ${p.workers} workers.`,
    cancelled: (p: { done: string; total: string }) =>
      `Cancelled: kept the ${p.done} of ${p.total} runs that finished.`,
    opened: (p: { name: string }) => `Opened the saved result “${p.name}”.`,
    overlaid: (p: { name: string }) => `Overlaid: ${p.name} (dashed, marked “saved”).`,
    table: 'Summaries',
    part: 'part',
    condition: 'condition',
    meanCi: 'mean ± 95 % CI',
    n: 'n runs',
    summaryWhat: 'mean of the per-run summaries',
    lastWhat: 'last episode',
    lastStepWhat: 'last time step',
  },
  chart: {
    // Runs in words: "n = 5" would read as a hyper-parameter (Dyna-Q's n).
    legend: (p: { label: string; n: string }) => `${p.label} (${p.n} ${p.n === '1' ? 'run' : 'runs'})`,
    band: 'shaded: 95 % confidence interval of the mean over runs',
    bars: 'bars: 95 % confidence interval of the mean over runs',
    smoothed: (p: { window: number }) => `moving average over ${p.window} episodes (display only)`,
    percentOf: (p: { label: string }) => `${p.label} (%)`,
    summaryAll: (p: { metric: string }) =>
      `each point: the mean over runs of each run’s mean ${p.metric} (all episodes)`,
    summaryFirst: (p: { metric: string; first: string }) =>
      `each point: the mean over runs of each run’s mean ${p.metric} (first ${p.first} episodes)`,
    summaryLast: (p: { metric: string; last: string }) =>
      `each point: the mean over runs of each run’s mean ${p.metric} (last ${p.last} episodes)`,
    analytic: 'closed form: no runs, no interval',
    overlay: (p: { label: string }) => `${p.label} · saved`,
  },
  notices: {
    copied: 'CLI command copied.',
    copyFailed: (p: { text: string }) => `Could not copy; the command is: ${p.text}`,
    saved: (p: { name: string }) => `Saved “${p.name}”.`,
    savedDropped: (p: { name: string; dropped: number }) =>
      `Saved “${p.name}”; the ${p.dropped} oldest saved results made room for it.`,
    badLink: (p: { why: string }) => `This link’s experiment cannot be opened: ${p.why}`,
    cannotRun: (p: { why: string }) => `This experiment cannot run: ${p.why}`,
    failed: (p: { why: string }) => `The experiment stopped: ${p.why}`,
    cannotOpen: (p: { why: string }) => `That saved result cannot be opened: ${p.why}`,
    cannotSave: (p: { why: string }) => `The result was not saved: ${p.why}`,
    pngFailed: 'The charts could not be turned into a PNG.',
  },
  errors: {
    'lab-unknown-preset': (p: { name: string }) => `there is no built-in experiment “${p.name}”`,
    'lab-link-invalid': (p: { field: string; issue: string }) => `${p.field}: ${p.issue}`,
    'lab-form-invalid': (p: { field: string; value: string }) =>
      `“${p.value}” is not a list of numbers (${p.field})`,
    'lab-saved-corrupt': (p: { field: string }) =>
      `it is damaged or from another version (at ${p.field}); delete it`,
    'lab-saved-too-big': (p: { size: string; limit: string }) =>
      `it is ${p.size} characters, more than the ${p.limit} the browser store keeps`,
    'lab-saved-refused': (p: { detail: string }) => `the browser refused to store it (${p.detail})`,
  },
  linkIssues: {
    count: 'must be a whole number of at least 1',
    unreadable: 'is not an experiment written by the Lab (cut short or edited?)',
  },
  help: {
    pick: { keys: 'click', action: 'pick a built-in experiment in the panel; Run starts it' },
    run: { keys: 'Enter', action: 'run (when a panel button has focus)' },
  },
};
