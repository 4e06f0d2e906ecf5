/**
 * Making, checking and copying the jump scene's REINFORCE agents. Every check runs before anything
 * changes, so a refused file or a stale stored agent leaves the running agents untouched.
 */
import { assertAgentMatchesEnv, loadAgent, makeAgent } from '../../agents/make-agent.ts';
import { type BaselineKind, ReinforceAgent } from '../../agents/reinforce.ts';
import { type JumpEnv, makeEnv } from '../../envs/registry.ts';
import type { EnvSpec } from '../../envs/types.ts';
import type { JumpSettings } from '../../state/jump-settings.ts';

/** Build the env a saved spec describes (JumpHole-v0 with its options and time limit). */
export function jumpEnvFor(spec: EnvSpec | undefined): JumpEnv {
  const { maxEpisodeSteps, options } = spec ?? { options: {} };
  return makeEnv('JumpHole-v0', { ...(options as object), maxEpisodeSteps });
}

export function otherBaseline(b: BaselineKind): BaselineKind {
  return b === 'mean' ? 'none' : 'mean';
}

/** A fresh agent for `env` with the settings' seed and params (and `baseline`). */
export function freshAgent(env: JumpEnv, s: JumpSettings, baseline: BaselineKind): ReinforceAgent {
  return makeAgent('reinforce', env, {
    seed: s.seed,
    learningRate: s.learningRate,
    gamma: s.gamma,
    batchEpisodes: s.batchEpisodes,
    baseline,
  }) as ReinforceAgent;
}

/** The same θ, generator state, params and provenance, with an empty batch. */
export function copyAgent(agent: ReinforceAgent): ReinforceAgent {
  const copy = ReinforceAgent.fromJSON(agent.toJSON());
  Object.assign(copy.params, agent.params);
  return copy;
}

/**
 * A REINFORCE agent for the jump scene from saved JSON (a file's text, a parsed object, or an agent
 * already rebuilt by the session storage), with the env it was trained on. Throws an `Error` whose
 * message says what is wrong, in words for the user.
 */
export function jumpAgentFrom(input: unknown): { agent: ReinforceAgent; env: JumpEnv; spec: EnvSpec } {
  const loaded = input instanceof ReinforceAgent ? input : loadAgent(input);
  if (!(loaded instanceof ReinforceAgent)) {
    throw new Error(`it holds a ${loaded.kind} agent (a maze agent); the jump scene needs REINFORCE.`);
  }
  const saved = loaded.provenance.env;
  if (saved && saved.id !== 'JumpHole-v0') {
    throw new Error(`the agent was trained on ${saved.id}, not on JumpHole-v0.`);
  }
  let env: JumpEnv;
  try {
    env = jumpEnvFor(saved);
  } catch (e) {
    throw new Error(`its env options cannot be used (${(e as Error).message}).`);
  }
  assertAgentMatchesEnv(loaded, env);
  if (loaded.config.features.kind !== 'linear') {
    throw new Error(
      `it uses '${loaded.config.features.kind}' features; the scene draws the posts' linear policy (features: linear).`,
    );
  }
  loaded.provenance.env = structuredClone(env.spec);
  return { agent: loaded, env, spec: env.spec };
}
