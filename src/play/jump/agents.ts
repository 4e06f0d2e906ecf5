/**
 * Making, checking and copying the jump scene's REINFORCE agents. Every check runs before anything
 * changes, so a refused file or a stale stored agent leaves the running agents untouched.
 */
import { assertAgentMatchesEnv, loadAgent, makeAgent } from '../../agents/make-agent.ts';
import { type BaselineKind, ReinforceAgent } from '../../agents/reinforce.ts';
import { type JumpEnv, makeEnv } from '../../envs/registry.ts';
import type { EnvSpec } from '../../envs/types.ts';
import { describeError } from '../../i18n/describe-error.ts';
import { t } from '../../i18n/language.ts';
import type { JumpSettings } from '../../state/jump-settings.ts';

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
 * already rebuilt by the session storage), with the env it was trained on. Throws a `RefusedAgent`
 * (this scene's reasons) or the coded error of the layer below (the file itself); `whyOf` in
 * messages.ts words either.
 */
export function jumpAgentFrom(input: unknown): { agent: ReinforceAgent; env: JumpEnv; spec: EnvSpec } {
  const loaded = input instanceof ReinforceAgent ? input : loadAgent(input);
  if (!(loaded instanceof ReinforceAgent)) {
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
