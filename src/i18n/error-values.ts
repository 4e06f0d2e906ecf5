/**
 * The codes of the errors raised below the app layer and the values each carries, gathered from
 * the layers that raise them (envs, agents, train, dynamics). The `errors` catalogs are typed from these maps: a code without words
 * in English fails the type check, and the Japanese catalog must match the English one.
 */
import type { AgentErrorValues, AgentProblem, AgentProblemValues } from '../agents/errors.ts';
import type { DynamicsErrorValues } from '../dynamics/errors.ts';
import type { EnvErrorValues } from '../envs/errors.ts';
import type { FileKind, TrainErrorValues } from '../train/errors.ts';

export type ErrorValues = EnvErrorValues & AgentErrorValues & TrainErrorValues & DynamicsErrorValues;
export type ErrorCode = keyof ErrorValues;

/** Words for every code. */
export type ErrorMessages = { readonly [C in ErrorCode]: (v: ErrorValues[C]) => string };
/** Words for every problem a saved agent can have (without its JSON path). */
export type ProblemMessages = {
  readonly [K in keyof AgentProblemValues]: (v: AgentProblemValues[K]) => string;
};

export type { AgentProblem, FileKind };
