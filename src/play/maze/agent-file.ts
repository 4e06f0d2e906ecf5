/**
 * Checking a saved maze agent before anything uses it: an imported file (the CLI's `--out`, the
 * scene's Export) or the agent kept from the last visit. Everything is validated here, so the
 * session only ever swaps in an agent together with an env it fits; a bad file changes nothing.
 */
import { type AnyAgent, type AnyTabularAgent, loadAgent } from '../../agents/make-agent.ts';
import type { GridMazeEnv } from '../../envs/grid-maze.ts';
import { type MazeEnv, makeEnv } from '../../envs/registry.ts';
import { describeError } from '../../i18n/describe-error.ts';
import { CUSTOM_SIZE_MAX } from '../../state/maze-settings.ts';
import { type Words, why } from './messages.ts';

/** Every tabular kind plays the maze. */
export type MazeAgent = AnyTabularAgent;

/** A refusal says why in words of the catalog (`why`), drawn in the language shown. */
export type CheckedAgent = { ok: true; agent: MazeAgent; env: MazeEnv } | { ok: false; why: Words };

/**
 * An agent (JSON text, parsed JSON, or already rebuilt) and the env to run it in: the maze named in
 * its provenance, or `fallback` (the current maze) when it names none.
 */
export function checkMazeAgent(input: unknown, fallback: MazeEnv | null): CheckedAgent {
  let agent: AnyAgent;
  try {
    agent =
      typeof input === 'object' && input !== null && 'toJSON' in input
        ? (input as AnyAgent)
        : loadAgent(input);
  } catch (e) {
    return { ok: false, why: why(e) };
  }
  if (agent.kind === 'reinforce' || agent.kind === 'actor-critic') {
    return { ok: false, why: (t) => t.maze.refusals.reinforce };
  }
  const spec = agent.provenance.env;
  if (spec && spec.id !== 'GridMaze-v0')
    return { ok: false, why: (t) => t.maze.refusals.otherEnv({ env: spec.id }) };
  let env = fallback;
  if (spec?.options.layout !== undefined) {
    try {
      env = makeEnv('GridMaze-v0', { ...(spec.options as object), maxEpisodeSteps: spec.maxEpisodeSteps });
    } catch (e) {
      return { ok: false, why: (t) => t.maze.refusals.badMaze({ why: describeError(e, t) }) };
    }
  }
  if (!env) return { ok: false, why: (t) => t.maze.refusals.noMaze };
  const { width, height } = (env.unwrapped as GridMazeEnv).layout;
  if (width > CUSTOM_SIZE_MAX || height > CUSTOM_SIZE_MAX) {
    return { ok: false, why: (t) => t.maze.refusals.tooBig({ width, height, max: CUSTOM_SIZE_MAX }) };
  }
  const nStates = env.observationSpace.n;
  if (agent.nStates !== nStates || agent.nActions !== 4) {
    const { nStates: states, nActions: actions } = agent;
    return {
      ok: false,
      why: (t) =>
        t.maze.refusals.tableSize({ states, actions, mazeStates: nStates, named: spec !== undefined }),
    };
  }
  return { ok: true, agent, env };
}
