/**
 * Making, checking and copying the jump scene's agents (REINFORCE, actor–critic). Every check runs before anything
 * changes, so a refused file or a stale stored agent leaves the running agents untouched.
 */
import { assertAgentMatchesEnv, loadAgent, makeAgent } from '../../agents/make-agent.ts';
import { isPolicyGradient, type PolicyGradientAgent } from '../../agents/policy-gradient.ts';
import { type JumpEnv, makeEnv } from '../../envs/registry.ts';
import type { EnvSpec } from '../../envs/types.ts';
import { describeError } from '../../i18n/describe-error.ts';
import { t } from '../../i18n/language.ts';
import type { JumpLearner, JumpSettings } from '../../state/jump-settings.ts';
import { applyLearnerParams } from './learners.ts';

/** A saved agent the jump scene cannot run; `words` says why in the current language (read when drawn). */
export class RefusedAgent extends Error {
  constructor(readonly words: () => string) {
    super(words());
    this.name = 'RefusedAgent';
  }
}

/** Build the env a saved spec describes (JumpHole-v0 with its options and time limit). */
export function jumpEnvFor(spec: EnvSpec | undefined): JumpEnv {
  const { maxEpisodeSteps, options } = spec ?? { options: {} };
  return makeEnv('JumpHole-v0', { ...(options as object), maxEpisodeSteps });
}

/** A fresh agent for `env` with the settings' seed and params, running `learner`. */
export function freshAgent(env: JumpEnv, s: JumpSettings, learner: JumpLearner): PolicyGradientAgent {
  const agent = makeAgent(learner === 'actor-critic' ? 'actor-critic' : 'reinforce', env, {
    seed: s.seed,
  }) as PolicyGradientAgent;
  applyLearnerParams(agent, s, learner);
  return agent;
}

/** The same θ, w, generator state, params and provenance, with an empty batch. */
export function copyAgent(agent: PolicyGradientAgent): PolicyGradientAgent {
  const copy = loadAgent(agent.toJSON()) as PolicyGradientAgent;
  Object.assign(copy.params, agent.params);
  return copy;
}

/**
 * A REINFORCE agent for the jump scene from saved JSON (a file's text, a parsed object, or an agent
 * already rebuilt by the session storage), with the env it was trained on. Throws a `RefusedAgent`
 * (this scene's reasons) or the coded error of the layer below (the file itself); `whyOf` in
 * messages.ts words either.
 */
export function jumpAgentFrom(input: unknown): { agent: PolicyGradientAgent; env: JumpEnv; spec: EnvSpec } {
  const loaded = isPolicyGradient(input) ? input : loadAgent(input);
  if (!isPolicyGradient(loaded)) {
    const kind: string = loaded.kind;
    throw new RefusedAgent(() => {
      const names = t().cli.agents;
      return t().jump.refused.notReinforce({
        kind: Object.hasOwn(names, kind) ? names[kind as keyof typeof names] : kind,
      });
    });
  }
  const saved = loaded.provenance.env;
  if (saved && saved.id !== 'JumpHole-v0') {
    const id = saved.id;
    throw new RefusedAgent(() => t().jump.refused.otherEnv({ id }));
  }
  let env: JumpEnv;
  try {
    env = jumpEnvFor(saved);
  } catch (e) {
    throw new RefusedAgent(() => t().jump.refused.envOptions({ why: describeError(e) }));
  }
  assertAgentMatchesEnv(loaded, env);
  const features = loaded.config.features.kind;
  if (features !== 'linear') {
    throw new RefusedAgent(() => t().jump.refused.features({ kind: features }));
  }
  loaded.provenance.env = structuredClone(env.spec);
  return { agent: loaded, env, spec: env.spec };
}
