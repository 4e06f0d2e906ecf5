/**
 * What runs in a jump lane: REINFORCE with one of its baselines, or the one-step actor–critic. Both
 * are softmax-linear policies on the same features (distance, on ground, 1), so a lane can switch
 * between them keeping θ (and the learned v̂'s w where both value functions have the same
 * features): `convertAgent`.
 */
import { ACTOR_CRITIC_DEFAULTS, ActorCriticAgent } from '../../agents/actor-critic.ts';
import { makeFeatures } from '../../agents/features.ts';
import { loadAgent } from '../../agents/make-agent.ts';
import type { PolicyGradientAgent } from '../../agents/policy-gradient.ts';
import { type BaselineKind, ReinforceAgent } from '../../agents/reinforce.ts';
import type { JumpLearner, JumpSettings } from '../../state/jump-settings.ts';

export type { JumpLearner };

export function learnerOf(agent: PolicyGradientAgent): JumpLearner {
  return agent instanceof ReinforceAgent ? agent.params.baseline : 'actor-critic';
}

function otherBaseline(b: BaselineKind): BaselineKind {
  return b === 'mean' ? 'none' : 'mean';
}

/** The main lane's learner: the chosen agent (with its baseline, for REINFORCE). */
export function mainLearner(s: Pick<JumpSettings, 'agent' | 'baseline'>): JumpLearner {
  return s.agent === 'actor-critic' ? 'actor-critic' : s.baseline;
}

/**
 * The Compare lane's learner: `rival`, or with 'other' (the first Compare, and old links) REINFORCE
 * with the other of mean and none (beside the actor–critic: REINFORCE with the mean baseline).
 */
export function rivalLearner(s: Pick<JumpSettings, 'agent' | 'baseline' | 'rival'>): JumpLearner {
  if (s.rival !== 'other') return s.rival;
  return s.agent === 'actor-critic' ? 'mean' : otherBaseline(s.baseline);
}

export function laneLearner(s: JumpSettings, lane: number): JumpLearner {
  return lane === 0 ? mainLearner(s) : rivalLearner(s);
}

/**
 * Put the settings' η and γ into `agent`'s live params, and its own: for REINFORCE M, the baseline
 * and the learned baseline's α_w; for the actor–critic the critic's α_w.
 */
export function applyLearnerParams(
  agent: PolicyGradientAgent,
  s: JumpSettings,
  learner: JumpLearner,
): boolean {
  const p = agent.params;
  let changed = p.learningRate !== s.learningRate || p.gamma !== s.gamma;
  p.learningRate = s.learningRate;
  p.gamma = s.gamma;
  if (agent instanceof ReinforceAgent && learner !== 'actor-critic') {
    changed ||= agent.params.batchEpisodes !== s.batchEpisodes || agent.params.baseline !== learner;
    changed ||= agent.params.valueLearningRate !== s.valueLearningRate;
    agent.params.batchEpisodes = s.batchEpisodes;
    agent.params.baseline = learner;
    agent.params.valueLearningRate = s.valueLearningRate;
  } else if (agent instanceof ActorCriticAgent) {
    changed ||= agent.params.valueLearningRate !== s.criticLearningRate;
    agent.params.valueLearningRate = s.criticLearningRate;
  }
  return changed;
}

/**
 * `agent` as `learner`: the same θ, w, generator, provenance; REINFORCE ↔ actor–critic builds the
 * other kind from them (with the settings' η, γ, M and that kind's α_w; the actor–critic gets its
 * default critic features, so w starts at 0 when the two value functions' features differ); the
 * same kind is a copy with the new baseline.
 */
export function convertAgent(
  agent: PolicyGradientAgent,
  learner: JumpLearner,
  s: JumpSettings,
): PolicyGradientAgent {
  const saved = agent.toJSON();
  const toActorCritic = learner === 'actor-critic';
  if (toActorCritic !== agent instanceof ActorCriticAgent) {
    const { nActions, obsDim, features, seed } = agent.config;
    const criticFeatures = toActorCritic ? ACTOR_CRITIC_DEFAULTS.criticFeatures : undefined;
    // The value function's length on the other side: w carries over only where it fits.
    const wDim = makeFeatures(criticFeatures ?? features, obsDim).dim;
    const w = saved.state.w as number[];
    const state = {
      theta: saved.state.theta,
      w: w.length === wDim ? w : new Array<number>(wDim).fill(0),
      rng: saved.state.rng,
      discount: 1,
    };
    const params = toActorCritic
      ? {
          learningRate: s.learningRate,
          gamma: s.gamma,
          valueLearningRate: s.criticLearningRate,
        }
      : {
          learningRate: s.learningRate,
          gamma: s.gamma,
          batchEpisodes: s.batchEpisodes,
          baseline: learner,
          valueLearningRate: s.valueLearningRate,
        };
    const copy = loadAgent({
      ...saved,
      kind: toActorCritic ? 'actor-critic' : 'reinforce',
      config: { nActions, obsDim, features, ...(criticFeatures ? { criticFeatures } : {}), seed, ...params },
      params,
      state,
    }) as PolicyGradientAgent;
    return copy;
  }
  const copy = loadAgent(saved) as PolicyGradientAgent;
  Object.assign(copy.params, agent.params);
  applyLearnerParams(copy, s, learner);
  return copy;
}
