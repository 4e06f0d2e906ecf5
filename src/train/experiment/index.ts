/** Experiments over seeds and hyper-parameters: spec, plan, runs, pool, statistics and files. */
export { type CurveStats, ExperimentAccumulator, type SummaryStats } from './accumulate.ts';
export { planBlocks } from './blocks.ts';
export { ExperimentError } from './errors.ts';
export { inProcessPort } from './in-process.ts';
export { buildEnv, type Condition, type ExperimentPlan, planExperiment } from './plan.ts';
export {
  type ExperimentProgress,
  ExperimentRunError,
  type PoolOptions,
  type PoolOutcome,
  runExperimentPool,
} from './pool.ts';
export type { ExperimentPort, FromExperimentWorker, ToExperimentWorker } from './protocol.ts';
export {
  type ConditionResult,
  collectResult,
  type ExperimentResult,
  formatNumber,
  resultToCSV,
  resultToJSON,
  summaryName,
} from './results.ts';
export { allocateBlock, type BlockNumbers, type RunBlock, runBlock } from './run-one.ts';
export { runSeed, runSeeds } from './seeds.ts';
export {
  type AgentSpec,
  CURVE_METRICS,
  type CurveMetric,
  EXPERIMENT_LIMITS,
  type ExperimentSpec,
  type ExperimentSpecInput,
  experimentSpecSchema,
  parseExperimentSpec,
  SUMMARY_METRICS,
  type SummaryMetric,
} from './spec.ts';
export { ci95, tQuantile975 } from './t-quantile.ts';
export { experimentWorker } from './worker-core.ts';
