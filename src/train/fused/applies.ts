/**
 * When the fused kernel may stand in for `Runner.step`: a GridMaze under its TimeLimit (makeEnv's
 * env), no wall change still pending, a learning runner, and one of the five agents it implements
 * (Dyna-Q only with n = 0; n is live, so callers ask again before every chunk), with no update
 * record. Anything else goes through the generic runner, which is always correct.
 */
import { DoubleQAgent } from '../../agents/double-q.ts';
import { DynaQAgent } from '../../agents/dyna-q.ts';
import { ExpectedSarsaAgent } from '../../agents/expected-sarsa.ts';
import { QLearningAgent } from '../../agents/q-learning.ts';
import { SarsaAgent } from '../../agents/sarsa.ts';
import type { TabularAgent } from '../../agents/tabular.ts';
import { GridMazeEnv } from '../../envs/grid-maze.ts';
import { TimeLimit } from '../../envs/time-limit.ts';
import type { Runner } from '../runner.ts';
import { KERNEL_KIND, type KernelKind } from './kernel-state.ts';

/** The runner's env and agent, typed, when the kernel applies. */
export interface FusedParts {
  limit: TimeLimit<number>;
  maze: GridMazeEnv;
  agent: TabularAgent;
  kind: KernelKind;
}

/** The kernel's kind for an agent it implements, else null. */
function kernelKind(agent: unknown): KernelKind | null {
  // Exact classes: a subclass may learn otherwise.
  const ctor = (agent as object | null)?.constructor;
  if (ctor === QLearningAgent) return KERNEL_KIND.Q;
  if (ctor === SarsaAgent) return KERNEL_KIND.SARSA;
  if (ctor === ExpectedSarsaAgent) return KERNEL_KIND.EXPECTED_SARSA;
  if (ctor === DoubleQAgent) return KERNEL_KIND.DOUBLE_Q;
  if (ctor === DynaQAgent && (agent as DynaQAgent).params.planningSteps === 0) return KERNEL_KIND.DYNA_Q;
  return null;
}

/**
 * The parts the kernel needs, or null if it does not apply. `ownStepHook`: the caller does what
 * the runner's `onStep` would (Turbo counts visits through the kernel's hooks); otherwise a runner
 * with an `onStep` is left to the generic path, which calls it.
 */
export function fusedParts<O>(runner: Runner<O>, ownStepHook = false): FusedParts | null {
  const options = runner.options;
  if (options.learn === false || (options.onStep !== undefined && !ownStepHook)) return null;
  const limit = runner.env;
  if (!(limit instanceof TimeLimit) || !(limit.env instanceof GridMazeEnv)) return null;
  const maze = limit.env;
  // A change still to come must happen at its step, with its info.changed: the generic path does it.
  if (maze.change !== null && !maze.changed) return null;
  const agent = runner.agent as unknown as TabularAgent;
  const kind = kernelKind(agent);
  if (kind === null || agent.record !== null || agent.nActions !== 4) return null;
  if (agent.nStates !== maze.observationSpace.n) return null;
  return { limit: limit as TimeLimit<number>, maze, agent, kind };
}

/** Whether `fusedAdvance` may run this runner (see `fusedParts`). */
export function fusedApplies<O>(runner: Runner<O>, ownStepHook = false): boolean {
  return fusedParts(runner, ownStepHook) !== null;
}
