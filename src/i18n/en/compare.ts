/**
 * "Compare over N seeds" in the maze and jump scenes: the dialog's words, the parameters a
 * comparison can change, the metrics, the progress line and the verdict. Numbers come formatted.
 */
import { plural } from '../plural.ts';

const runs = (n: number) => `${n} ${plural('en', n, { one: 'run', other: 'runs' })}`;

export const compare = {
  /** The scenes' panel button. */
  open: 'Compare over N seeds…',
  title: 'Compare over seeds',
  intro:
    'A: the settings you have now. B: the same with one setting changed. Each runs many times with fresh agents (its own seeds, in background workers; the training on screen is not touched). The shaded bands are 95 % confidence intervals of the mean.',
  param: 'Change',
  valueA: 'A (now)',
  valueB: 'B',
  runs: 'Runs (seeds)',
  episodes: 'Episodes per run',
  metric: 'Measure',
  run: 'Run',
  cancel: 'Cancel',
  close: 'Close',
  /** Opens the Lab with this comparison's experiment. */
  openLab: 'Open in Lab',
  openLabHint: 'Open this comparison in the Lab: run it with more seeds, save it, export it.',
  params: {
    epsilon: 'ε (exploration)',
    alpha: 'α (step size)',
    gamma: 'γ (discount)',
    initialQ: 'initial Q',
    nSteps: 'n (steps)',
    lambda: 'λ (trace decay)',
    planningSteps: 'planning steps',
    kappa: 'κ (Dyna-Q+ bonus)',
    learningRate: 'η (learning rate)',
    valueLearningRate: 'α_w (value learning rate)',
    batchEpisodes: 'M (episodes per update)',
    agentKind: 'algorithm',
    learner: 'learner',
  },
  /** The jump scene's learners (the maze's algorithms are named by the maze catalog). */
  learners: {
    none: 'REINFORCE, no baseline',
    mean: 'REINFORCE, mean baseline b̄',
    learned: 'REINFORCE, learned baseline v̂(s)',
    'actor-critic': 'actor–critic',
  },
  metrics: {
    return: 'return per episode',
    steps: 'steps per episode',
    success: 'success rate',
  },
  /** Chart legend entries: which condition, its value and its runs. */
  legend: (v: { which: string; name: string; value: string; runs: number }) =>
    `${v.which}: ${v.name} = ${v.value} (${runs(v.runs)})`,
  xAxis: 'episode',
  problems: {
    'value-range': (v: { min: string; max: string }) => `B must be a number from ${v.min} to ${v.max}.`,
    'value-integer': 'B must be a whole number.',
    'value-same': 'B must differ from A, or there is nothing to compare.',
    runs: (v: { max: number }) => `Runs: a whole number from 2 to ${v.max}.`,
    episodes: (v: { max: number }) => `Episodes: a whole number from 1 to ${v.max}.`,
    param: 'This agent has no such setting.',
  },
  progress: (v: { done: number; total: number; eta: string }) =>
    `${v.done} of ${v.total} runs done · about ${v.eta} left`,
  progressStart: (v: { total: number }) => `Starting ${runs(v.total)} on the workers…`,
  finished: (v: { done: number; seconds: string }) => `All ${v.done} runs done in ${v.seconds} s.`,
  cancelled: (v: { done: number; total: number }) =>
    `Cancelled: ${v.done} of ${v.total} runs finished and are kept below.`,
  failed: (v: { why: string }) => `The comparison stopped: ${v.why}`,
  seconds: (v: { n: string }) => `${v.n} s`,
  minutes: (v: { n: string }) => `${v.n} min`,
  /** The verdict from the per-run means (each run's mean over all its episodes), paired by seed. */
  verdict: {
    basis: (v: { metric: string; episodes: number; n: number }) =>
      `Each run's mean ${v.metric} over its ${v.episodes} episodes, A and B paired by seed, n = ${runs(v.n)}.`,
    higher: (v: { metric: string; diff: string; ci: string; n: number }) =>
      `B's mean ${v.metric} is higher by ${v.diff} ± ${v.ci} (95 % CI, n = ${runs(v.n)}): a real difference.`,
    lower: (v: { metric: string; diff: string; ci: string; n: number }) =>
      `B's mean ${v.metric} is lower by ${v.diff} ± ${v.ci} (95 % CI, n = ${runs(v.n)}): a real difference.`,
    overlap: (v: { diff: string; ci: string; n: number }) =>
      `B − A = ${v.diff} ± ${v.ci} (95 % CI): the interval holds 0, so there is no clear difference at ${runs(v.n)}. More runs may tell.`,
    identical: (v: { n: number }) =>
      `A and B gave exactly the same numbers in all ${runs(v.n)}: here this change makes no difference at all.`,
    tooFew: 'Too few runs in both conditions yet to judge.',
    better: (v: { which: string }) => `${v.which} is the better one on this measure.`,
  },
};
