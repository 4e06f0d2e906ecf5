/**
 * One-step actor–critic, episodic (Sutton & Barto §13.5), with a softmax-linear actor
 * π(a|s, θ) = exp(θ_a·φ(s)) / Σ_b exp(θ_b·φ(s)) and a linear critic v̂(s, w) = w·ψ(s) on its own
 * features ψ (`criticFeatures`; φ when not given). After every step S, A, R, S′:
 *
 *   δ = R + γ v̂(S′, w) − v̂(S, w)          (v̂(S′) = 0 when S′ is terminal)
 *   w ← w + α_w δ ∇v̂(S, w) = w + α_w δ ψ(S)
 *   θ ← θ + α_θ I δ ∇ log π(A|S, θ)        (∇θ_k log π = (1[A=k] − π(k|S)) φ(S))
 *   I ← γ I                                 (I = 1 at the start of every episode)
 *
 * Defaults (actor-critic-config.ts, with how they were chosen): α_θ = `learningRate` = 0.0018,
 * α_w = `valueLearningRate` = 0.1, γ = 0.995, linear actor features, the critic's features for
 * JumpHole-v0 (ACTOR_CRITIC_CRITIC_FEATURES), θ = 0 (uniform policy).
 *
 * - δ and both updates use θ and w as they were before the step (the book's order).
 * - A truncated step (time limit, not terminal) bootstraps from v̂(S′): the episode was cut, not
 *   ended. I is reset to 1 after a terminated or truncated step.
 * - Observations are vectors, or state numbers with one-hot features; `act(obs, mask)` samples among
 *   the legal actions, and `learn` uses the mask of the last `act` for ∇ log π (reinforce-policy.ts).
 * - Nothing is allocated per step: φ(S), ψ(S), ψ(S′) and π live in scratch arrays.
 * - Divergence: if θ or w is not finite after a step, both are restored to their values before it,
 *   `diverged` is set to an `ActorCriticDivergedError` (code `actor-critic-diverged`) and `learn`
 *   throws it; the next good step clears `diverged`.
 * - Saving keeps θ, w, the generator state, params, provenance and I (so a loaded agent continues
 *   an episode with the right discount).
 */
import { Rng } from '../core/rng.ts';
import type { Env } from '../envs/types.ts';
import {
  ACTOR_CRITIC_DEFAULTS,
  ACTOR_CRITIC_PARAM_RANGES,
  type ActorCriticConfig,
  type ActorCriticParams,
  actorCriticConfigSchema,
} from './actor-critic-config.ts';
import { parseSavedActorCritic } from './actor-critic-saved.ts';
import { ActorCriticDivergedError } from './errors.ts';
import { type FeatureMap, makeFeatures } from './features.ts';
import { liveParams } from './live-params.ts';
import { assertPgFits, type PgObservation } from './reinforce.ts';
import { addScore, dot, softmaxPolicy } from './reinforce-gradient.ts';
import { SoftmaxLinear } from './reinforce-policy.ts';
import { buildSaved, checkSavedTheta, checkSavedW } from './reinforce-saved.ts';
import { parseWith } from './saved-agent.ts';
import { type Agent, countTransition, type Provenance, type SavedAgent, type Transition } from './types.ts';

export * from './actor-critic-config.ts';

/** The last step's numbers (one reused object), for display. */
export interface ActorCriticStepStats {
  /** Steps learned from so far (θ and w updated). */
  updates: number;
  /** δ of the last step. */
  delta: number;
  /** v̂(S, w) before the last step's update. */
  value: number;
  /** I of the last step (γ^t, t its index in the episode). */
  discount: number;
}

export class ActorCriticAgent implements Agent<PgObservation> {
  readonly kind = 'actor-critic' as const;
  readonly config: ActorCriticConfig;
  readonly params: ActorCriticParams;
  readonly provenance: Provenance;
  readonly nActions: number;
  readonly obsDim: number;
  readonly featureDim: number;
  /** Length of the critic's features ψ(s) (and of w). */
  readonly criticDim: number;
  /** θ, row-major: θ_a,j at `theta[a * featureDim + j]`. */
  readonly theta: Float64Array;
  /** The critic's w: v̂(s, w) = w·ψ(s). */
  readonly w: Float64Array;
  readonly lastStep: ActorCriticStepStats = { updates: 0, delta: 0, value: 0, discount: 1 };
  /** Why the last step was rejected (θ or w became non-finite), or null. */
  diverged: ActorCriticDivergedError | null = null;
  /** I = γ^t of the next step learned (1 at an episode's start). */
  discount = 1;

  private rng: Rng;
  private readonly live: ActorCriticParams;
  private readonly policy: SoftmaxLinear;
  private readonly critic: FeatureMap;
  private readonly psi: Float64Array;
  private readonly psiNext: Float64Array;
  private readonly thetaBefore: Float64Array;
  private readonly wBefore: Float64Array;

  constructor(options: Partial<ActorCriticConfig> & Pick<ActorCriticConfig, 'nActions' | 'obsDim'>) {
    const config = { ...ACTOR_CRITIC_DEFAULTS, ...options };
    // Features given without critic features: the critic shares them (as saves from before criticFeatures).
    if (options.features && !options.criticFeatures) config.criticFeatures = options.features;
    parseWith(actorCriticConfigSchema, config, 'actor-critic agent config');
    this.config = config;
    this.nActions = config.nActions;
    this.obsDim = config.obsDim;
    this.policy = new SoftmaxLinear(
      'actor-critic',
      config.nActions,
      config.obsDim,
      config.features,
      config.initialTheta,
    );
    const fd = this.policy.featureDim;
    this.featureDim = fd;
    this.theta = this.policy.theta;
    const live: ActorCriticParams = {
      learningRate: config.learningRate,
      valueLearningRate: config.valueLearningRate,
      gamma: config.gamma,
    };
    this.live = live;
    this.params = liveParams(ACTOR_CRITIC_PARAM_RANGES, live, (name, value) => {
      (live as unknown as Record<string, unknown>)[name] = value;
    });
    this.critic = criticFeatureMap(config);
    const cd = this.critic.dim;
    this.criticDim = cd;
    this.w = new Float64Array(cd);
    this.wBefore = new Float64Array(cd);
    this.psi = new Float64Array(cd);
    this.psiNext = new Float64Array(cd);
    this.thetaBefore = new Float64Array(this.theta.length);
    this.rng = new Rng(config.seed);
    this.provenance = { seed: config.seed, episodesTrained: 0, stepsTrained: 0 };
  }

  /** π(·|obs, θ) over the legal actions of `actionMask`; the agent's scratch array (copy to keep). */
  probabilities(observation: PgObservation, actionMask?: ArrayLike<number>): Float64Array {
    return this.policy.probabilities(observation, this.obsDim, actionMask);
  }

  /** The critic's v̂(obs, w) = w·ψ(obs). */
  value(observation: PgObservation): number {
    this.criticFeatures(observation, this.psi);
    return dot(this.w, this.psi, 0);
  }

  /** ψ(obs) into `out`, after the policy's check of the observation. */
  private criticFeatures(observation: PgObservation, out: Float64Array): void {
    this.policy.checkObservation(observation, this.obsDim);
    this.critic.compute(observation, out, 0);
  }

  act(observation: PgObservation, actionMask?: ArrayLike<number>): number {
    return this.policy.act(this.rng, observation, this.obsDim, actionMask);
  }

  greedyAction(observation: PgObservation, actionMask?: ArrayLike<number>): number {
    return this.policy.greedy(observation, this.obsDim, actionMask);
  }

  learn(t: Transition<PgObservation>): void {
    const p = this.policy;
    p.checkAction(t.action);
    const phi = p.phi;
    const psi = this.psi;
    if (!t.terminated) this.criticFeatures(t.nextObservation, this.psiNext);
    this.criticFeatures(t.observation, psi);
    p.features(t.observation, phi, 0, this.obsDim);
    const { learningRate, valueLearningRate, gamma } = this.live;
    const w = this.w;
    const v = dot(w, psi, 0);
    const vNext = t.terminated ? 0 : dot(w, this.psiNext, 0); // v̂(terminal) = 0; a truncated step bootstraps
    const delta = t.reward + gamma * vNext - v; // δ = R + γ v̂(S′, w) − v̂(S, w)
    const I = this.discount;
    softmaxPolicy(p, phi, 0, p.probs, p.actMasked ? p.actMask : null); // π(·|S, θ) before the update
    this.thetaBefore.set(this.theta);
    this.wBefore.set(w);
    for (let j = 0; j < w.length; j++) w[j] += valueLearningRate * delta * psi[j]; // w ← w + α_w δ ψ(S)
    // θ ← θ + α_θ I δ ∇ log π(A|S, θ)
    addScore(this.theta, this.nActions, this.featureDim, phi, 0, p.probs, t.action, learningRate * I * delta);
    countTransition(this.provenance, t);
    this.discount = t.terminated || t.truncated ? 1 : gamma * I; // I ← γ I; 1 at the next episode
    if (!allFinite(this.theta) || !allFinite(w)) {
      this.theta.set(this.thetaBefore);
      w.set(this.wBefore);
      this.diverged = new ActorCriticDivergedError({ learningRate, valueLearningRate, delta });
      throw this.diverged;
    }
    this.diverged = null;
    const s = this.lastStep;
    s.updates++;
    s.delta = delta;
    s.value = v;
    s.discount = I;
  }

  assertFits(env: Env<unknown, number>): void {
    assertPgFits('actor-critic', this.policy, this.obsDim, env);
  }

  toJSON(): SavedAgent {
    return {
      format: 'rl-playground-agent',
      version: 1,
      kind: 'actor-critic',
      config: structuredClone(this.config) as unknown as Record<string, unknown>,
      params: { ...this.params },
      state: {
        theta: Array.from(this.theta),
        w: Array.from(this.w),
        discount: this.discount,
        rng: this.rng.state(),
      },
      provenance: structuredClone(this.provenance),
    };
  }

  /** Rebuild an agent from `toJSON()` output; throws `AgentFormatError` (naming the JSON path) on bad input. */
  static fromJSON(json: unknown): ActorCriticAgent {
    const saved = parseSavedActorCritic(json);
    const what = 'saved actor-critic agent';
    const agent = buildSaved(() => new ActorCriticAgent(saved.config), what);
    checkSavedTheta(saved.theta.length, agent, what);
    agent.theta.set(saved.theta);
    checkSavedW(saved.w.length, { featureDim: agent.criticDim }, what);
    agent.w.set(saved.w);
    agent.discount = saved.discount;
    Object.assign(agent.params, saved.params);
    agent.rng = Rng.fromState(saved.rng);
    Object.assign(agent.provenance, structuredClone(saved.provenance));
    return agent;
  }
}

/** The critic's feature map: `criticFeatures`, or the policy's `features` when there are none. */
function criticFeatureMap(config: ActorCriticConfig): FeatureMap {
  return makeFeatures(config.criticFeatures ?? config.features, config.obsDim);
}

function allFinite(a: Float64Array): boolean {
  for (let i = 0; i < a.length; i++) if (!Number.isFinite(a[i])) return false;
  return true;
}
