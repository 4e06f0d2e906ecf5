/**
 * Run a block of runs of one condition and write their numbers into flat arrays, the form a worker
 * sends back: for run i of the block and metric m, the curve is
 * `data[(i · metrics + m) · curveLength + x]`; the run's summary is `summaries[i]`.
 *
 * Each run builds a fresh env and agent from the run's derived seeds (seeds.ts), so its numbers
 * depend only on the spec, the condition and the run index. Tabular GridMaze runs go through the
 * fused kernel when it applies (bit-identical to the runner, several times faster).
 */
import { makeAgent } from '../../agents/make-agent.ts';
import type { Transition } from '../../agents/types.ts';
import { GridMazeEnv } from '../../envs/grid-maze.ts';
import type { TimeLimit } from '../../envs/time-limit.ts';
import type { Env } from '../../envs/types.ts';
import { fusedAdvance, fusedApplies } from '../fused/index.ts';
import { type EpisodeSummary, Runner } from '../runner.ts';
import { ExperimentError } from './errors.ts';
import { buildEnv, type ExperimentPlan } from './plan.ts';
import { runSeeds } from './seeds.ts';
import type { CurveMetric } from './spec.ts';

export interface RunBlock {
  condition: number;
  runStart: number;
  count: number;
}

/** The flat arrays a block fills: `data` as above (empty without curves) and one summary per run. */
export interface BlockNumbers {
  data: Float64Array;
  summaries: Float64Array;
}

export function allocateBlock(plan: ExperimentPlan, count: number): BlockNumbers {
  return {
    data: new Float64Array(count * plan.metrics.length * plan.curveLength),
    summaries: new Float64Array(count),
  };
}

/** Run `block` and fill `out` (allocated with `allocateBlock`). */
export function runBlock(plan: ExperimentPlan, block: RunBlock, out: BlockNumbers): void {
  const envs = new EnvSource(plan);
  for (let i = 0; i < block.count; i++) runOne(plan, block.condition, block.runStart + i, out, i, envs);
}

/**
 * The env for each run. A GridMaze whose walls never change is the same after `reset({ seed })`
 * whatever ran on it before (its position, clock and generator all restart; its tables are
 * read-only), so a block reuses one instead of parsing the maze and building its tables per run.
 * Any other env is built fresh for every run.
 */
class EnvSource {
  private shared: Env<unknown, number> | null = null;
  constructor(private readonly plan: ExperimentPlan) {}
  next(): Env<unknown, number> {
    if (this.shared !== null) return this.shared;
    const env = buildEnv(this.plan.spec);
    const inner = (env as TimeLimit<unknown>).unwrapped;
    if (inner instanceof GridMazeEnv && inner.change === null) this.shared = env;
    return env;
  }
}

const MAX_STEPS = Number.MAX_SAFE_INTEGER;

function runOne(
  plan: ExperimentPlan,
  conditionIndex: number,
  run: number,
  out: BlockNumbers,
  slot: number,
  envs: EnvSource,
): void {
  const { spec, metrics, curveLength } = plan;
  const condition = plan.conditions[conditionIndex];
  const env = envs.next();
  const seeds = runSeeds(spec.seed, run);
  const agent = makeAgent(condition.kind, env, { ...condition.options, seed: seeds.agent });
  const base = slot * metrics.length * curveLength;
  const data = out.data;
  const col = (m: CurveMetric) => {
    const i = metrics.indexOf(m);
    return i < 0 ? -1 : base + i * curveLength;
  };

  if (spec.steps !== undefined) {
    // A step budget: the cumulative reward after each step.
    const at = col('cumulative-reward');
    let cumulative = 0;
    let step = 0;
    const runner = new Runner(env, agent, {
      seed: seeds.env,
      onStep: (t: Transition<unknown>) => {
        cumulative += t.reward;
        if (at >= 0) data[at + step] = cumulative;
        step++;
      },
    });
    for (let k = 0; k < spec.steps; k++) runner.step();
    if (!Number.isFinite(cumulative)) notFinite(condition.label, run, runner.episodes, 'cumulative-reward');
    out.summaries[slot] = Number.NaN;
    return;
  }

  const episodes = spec.episodes as number;
  const retAt = col('return');
  const stepsAt = col('steps');
  const successAt = col('success');
  const shareAt = col('action-share');
  const summary = spec.summary;
  // The summary averages episodes from ≤ x < to.
  const from = summary?.lastEpisodes === undefined ? 0 : episodes - summary.lastEpisodes;
  const to = summary === undefined ? 0 : (summary.firstEpisodes ?? episodes);
  const summaryMetric = summary?.metric;
  const share = spec.actionShare;
  const needsShare = share !== undefined && (shareAt >= 0 || summaryMetric === 'action-share');
  let visits = 0;
  let chosen = 0;
  let summarySum = 0;
  let summaryCount = 0;

  const onEpisode = (e: EpisodeSummary) => {
    const x = e.index;
    if (!Number.isFinite(e.return)) notFinite(condition.label, run, x, 'return');
    const shareValue = visits > 0 ? chosen / visits : Number.NaN;
    visits = 0;
    chosen = 0;
    if (x < curveLength) {
      if (retAt >= 0) data[retAt + x] = e.return;
      if (stepsAt >= 0) data[stepsAt + x] = e.length;
      if (successAt >= 0) data[successAt + x] = e.success ? 1 : 0;
      if (shareAt >= 0) data[shareAt + x] = shareValue;
    }
    if (x >= from && x < to) {
      const v =
        summaryMetric === 'return'
          ? e.return
          : summaryMetric === 'steps'
            ? e.length
            : summaryMetric === 'success'
              ? e.success
                ? 1
                : 0
              : shareValue;
      // An episode that never visits the state has no share: it does not count.
      if (!Number.isNaN(v)) {
        summarySum += v;
        summaryCount++;
      }
    }
  };
  const onStep =
    needsShare && share !== undefined
      ? (t: Transition<unknown>) => {
          if (t.observation === share.state) {
            visits++;
            if (t.action === share.action) chosen++;
          }
        }
      : undefined;
  const runner = new Runner(env, agent, { seed: seeds.env, onEpisode, onStep });
  if (onStep === undefined && fusedApplies(runner)) {
    while (runner.episodes < episodes) {
      fusedAdvance(runner, MAX_STEPS, { maxEpisodes: episodes - runner.episodes });
    }
  } else {
    while (runner.episodes < episodes) runner.step();
  }
  out.summaries[slot] = summaryCount > 0 ? summarySum / summaryCount : Number.NaN;
}

function notFinite(condition: string, run: number, episode: number, metric: string): never {
  throw new ExperimentError(
    'experiment-not-finite',
    { condition, run, episode, metric },
    `experiment: ${condition}, run ${run}, episode ${episode}: ${metric} is not finite`,
  );
}
