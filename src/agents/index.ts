export * from './actor-critic.ts';
export { DoubleQAgent } from './double-q.ts';
export * from './dyna-q.ts';
export { EligibilityTraces, TRACE_FLOOR, TRACE_KINDS, type TraceKind } from './eligibility-traces.ts';
export {
  type AgentErrorCode,
  type AgentErrorValues,
  type AgentProblem,
  type AgentProblemValues,
  AgentRangeError,
  ReinforceDivergedError,
} from './errors.ts';
export { ExpectedSarsaAgent, expectedValue } from './expected-sarsa.ts';
export { LAMBDA_DEFAULTS, LAMBDA_PARAM_RANGES, LambdaAgent, type LambdaParams } from './lambda-agent.ts';
export {
  type ChoiceRange,
  clampParam,
  type NumberRange,
  type ParamRange,
  type ParamRanges,
  paramIssue,
  paramProblem,
  UnknownParamError,
} from './live-params.ts';
export {
  AGENT_KINDS,
  AGENT_LABELS,
  type AgentOptions,
  type AnyAgent,
  type AnyTabularAgent,
  agentOptionNames,
  assertAgentMatchesEnv,
  assertFits,
  IncompatibleAgentError,
  isTabularKind,
  loadAgent,
  makeAgent,
  TABULAR_AGENT_KINDS,
} from './make-agent.ts';
export * from './n-step-sarsa.ts';
export { isPolicyGradient, type PolicyGradientAgent } from './policy-gradient.ts';
export { QLambdaAgent } from './q-lambda.ts';
export { QLearningAgent } from './q-learning.ts';
export * from './reinforce.ts';
export { SarsaAgent } from './sarsa.ts';
export { SarsaLambdaAgent } from './sarsa-lambda.ts';
export { AgentFormatError, parseSavedAgent } from './saved-agent.ts';
export {
  argmaxRandomTie,
  EPSILON_SCHEDULE_KINDS,
  type EpsilonSchedule,
  epsilonScheduleSchema,
  MAX_Q_TABLE_SIZE,
  maxOf,
  scheduledEpsilon,
  TABULAR_DEFAULTS,
  TABULAR_PARAM_RANGES,
  TabularAgent,
  type TabularConfig,
  type TabularOptions,
  type TabularParams,
  tabularParamsSchema,
} from './tabular.ts';
export type {
  ActionMask,
  Agent,
  AgentKind,
  PolicyGradientKind,
  Provenance,
  SavedAgent,
  TabularAgentKind,
  Transition,
} from './types.ts';
export { POLICY_GRADIENT_KINDS } from './types.ts';
export { UpdateRecord } from './update-record.ts';
