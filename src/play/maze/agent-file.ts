/**
 * Checking a saved maze agent before anything uses it: an imported file (the CLI's `--out`, the
 * scene's Export) or the agent kept from the last visit. Everything is validated here, so the
 * session only ever swaps in an agent together with an env it fits; a bad file changes nothing.
 */
import { type AnyAgent, loadAgent } from '../../agents/make-agent.ts';
import type { QLearningAgent } from '../../agents/q-learning.ts';
import type { SarsaAgent } from '../../agents/sarsa.ts';
import type { GridMazeEnv } from '../../envs/grid-maze.ts';
import { type MazeEnv, makeEnv } from '../../envs/registry.ts';
import { CUSTOM_SIZE_MAX } from '../../state/maze-settings.ts';

export type MazeAgent = QLearningAgent | SarsaAgent;

export type CheckedAgent = { ok: true; agent: MazeAgent; env: MazeEnv } | { ok: false; why: string };

/** End a message with a full stop (library messages come without one). */
export function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

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
    return { ok: false, why: sentence((e as Error).message) };
  }
  if (agent.kind === 'reinforce') {
    return {
      ok: false,
      why: 'it holds a REINFORCE agent (for the jump scene); the maze needs Q-learning or SARSA.',
    };
  }
  const spec = agent.provenance.env;
  if (spec && spec.id !== 'GridMaze-v0')
    return { ok: false, why: `the agent was trained on ${spec.id}, not on the maze.` };
  let env = fallback;
  if (spec?.options.layout !== undefined) {
    try {
      env = makeEnv('GridMaze-v0', { ...(spec.options as object), maxEpisodeSteps: spec.maxEpisodeSteps });
    } catch (e) {
      return { ok: false, why: `its maze cannot be used (${(e as Error).message}).` };
    }
  }
  if (!env) return { ok: false, why: 'it names no maze.' };
  const { width, height } = (env.unwrapped as GridMazeEnv).layout;
  if (width > CUSTOM_SIZE_MAX || height > CUSTOM_SIZE_MAX) {
    return {
      ok: false,
      why: `its maze is ${width}×${height}; the scene shows mazes up to ${CUSTOM_SIZE_MAX}×${CUSTOM_SIZE_MAX}.`,
    };
  }
  const nStates = env.observationSpace.n;
  if (agent.nStates !== nStates || agent.nActions !== 4) {
    return {
      ok: false,
      why: `its Q-table is ${agent.nStates} states × ${agent.nActions} actions, but the maze has ${nStates} × 4${spec ? '' : ' (and the file names no maze)'}.`,
    };
  }
  return { ok: true, agent, env };
}
