export * from './actor-critic.ts';
export {
  type AgentErrorCode,
  type AgentErrorValues,
  type AgentProblem,
  type AgentProblemValues,
  AgentRangeError,
  ReinforceDivergedError,
} from './errors.ts';
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
  assertAgentMatchesEnv,
  assertFits,
  IncompatibleAgentError,
  loadAgent,
  makeAgent,
} from './make-agent.ts';
export { isPolicyGradient, type PolicyGradientAgent } from './policy-gradient.ts';
export { QLearningAgent } from './q-learning.ts';
export * from './reinforce.ts';
export { SarsaAgent } from './sarsa.ts';
export { AgentFormatError, parseSavedAgent } from './saved-agent.ts';
export {
  MAX_Q_TABLE_SIZE,
  TABULAR_DEFAULTS,
  TABULAR_PARAM_RANGES,
  TabularAgent,
  type TabularConfig,
  type TabularParams,
  tabularParamsSchema,
} from './tabular.ts';
export type { Agent, AgentKind, Provenance, SavedAgent, Transition } from './types.ts';
