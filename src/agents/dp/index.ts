/**
 * Exact dynamic programming on GridMaze (Sutton & Barto ch. 4): the model, value iteration (whole
 * or sweep by sweep), policy evaluation, and how far a learner's Q-table is from its reference.
 */
export { agentQEstimate } from './agent-q.ts';
export { backup, DP_DEFAULTS, type DpOptions, type DpResult, MAX_DP_SWEEPS } from './bellman.ts';
export {
  onPolicyReference,
  optimalActions,
  type ReferenceDistance,
  type ReferenceDistanceOptions,
  type ReferenceKind,
  referenceDistance,
  referenceKind,
  valueTolerance,
} from './compare.ts';
export { greedyReturn } from './greedy-return.ts';
export { MAZE_ACTIONS, type MazeModel, mazeModel } from './model.ts';
export { epsilonGreedyPolicy, greedyActions, greedyAt, greedyPolicy } from './policies.ts';
export { policyEvaluation } from './policy-evaluation.ts';
export { ValueIterationSweeper, valueIteration } from './value-iteration.ts';
