/**
 * REINFORCE (Williams 1992) with a softmax-linear policy and an optional mean baseline, the
 * policy-gradient learner of the posts' jumping example (SPEC §2).
 *
 * Policy: π_θ(a|s) = exp(θ_a·φ(s)) / Σ_b exp(θ_b·φ(s)), θ a row per action (`theta`, row-major
 * nActions × featureDim). After every M = `batchEpisodes` episodes:
 *
 *   ∇θ J(θ) = Σ_m Σ_t (R^m_t − b̄) ∇θ log π_θ(a^m_t | s^m_t),   θ ← θ + η ∇θ J(θ)
 *
 * with R^m_t = Σ_{k≥t} γ^{k−t} r^m_{k+1} the return from step t (no extra γ^t factor) and b̄ the
 * mean of every R^m_t in the batch (`baseline: 'mean'`) or 0 (`'none'`). Subtracting a constant
 * leaves the expected gradient unchanged, since E[∇ log π] = 0, and lowers its variance;
 * `lastGradient` and `lastGradientNoBaseline` hold both for the same batch so the page can plot them.
 *
 * `baseline: 'learned'` is REINFORCE with baseline (Sutton & Barto §13.4) with a linear state value
 * v̂(s, w) = w·φ(s) on the same features. At the end of a batch, with θ and w both as they were at
 * the batch's start, every stored step t of every episode m gives
 *
 *   δ = R^m_t − v̂(s^m_t, w),   w ← w + α_w δ φ(s^m_t),   ∇θ J += γ^t δ ∇θ log π_θ(a^m_t|s^m_t)
 *
 * visiting the steps in order (episode by episode), so w moves step by step as in the book
 * (α_w = `valueLearningRate`, on the book's per-step scale), then θ ← θ + η ∇θ J once. Unlike 'none'
 * and 'mean' it has the book's γ^t factor. The book also updates θ at every step; here, as for the
 * other baselines, θ stays fixed over the batch and its steps are summed (with M = 1, over one
 * episode: the same expected step). `lastGradientNoBaseline` is then Σ γ^t R ∇ log π, `lastBatch.
 * baseline` the mean v̂ subtracted, and `value(obs)` reads v̂.
 *
 * - A truncated episode (time limit) is closed like a terminated one: its returns use the rewards
 *   observed so far only (nothing is bootstrapped, REINFORCE has no value function).
 * - Steps are stored in growable typed arrays (reinforce-batch.ts), so `act` and `learn` allocate
 *   nothing per step; θ (and w) change only at the end of a batch.
 * - Observations are vectors, or state numbers with one-hot features (features.ts). `act(obs, mask)`
 *   samples among the mask's legal actions only, and the stored step keeps the mask, so the update's
 *   ∇ log π is that of the masked distribution (reinforce-policy.ts).
 * - Divergence: if θ or w is not finite after an update (η or α_w far too large), both are restored
 *   to their values before the update, the batch is dropped, `diverged` is set to a `ReinforceDivergedError` (code
 *   `reinforce-diverged`, with η, M and the gradient norm) and `learn` throws it. The next successful update clears `diverged`.
 * - Saving (`toJSON`) keeps θ, w, the generator state, params and provenance. The partial batch and a
 *   partial episode are not saved: a loaded agent starts a fresh batch.
 */
import { Rng } from '../core/rng.ts';
import { Box, Discrete } from '../envs/spaces.ts';
import type { Env } from '../envs/types.ts';
import { IncompatibleAgentError, ReinforceDivergedError } from './errors.ts';
import { liveParams } from './live-params.ts';
import { EpisodeBatch } from './reinforce-batch.ts';
import { REINFORCE_DEFAULTS, type ReinforceConfig, reinforceConfigSchema } from './reinforce-config.ts';
import {
  batchGradient,
  meanReturn as batchMeanReturn,
  dot,
  learnedBaselineGradient,
} from './reinforce-gradient.ts';
import { REINFORCE_PARAM_RANGES, type ReinforceParams } from './reinforce-params.ts';
import { SoftmaxLinear } from './reinforce-policy.ts';
import { buildSaved, checkSavedTheta, checkSavedW, parseSavedReinforce } from './reinforce-saved.ts';
import { parseWith } from './saved-agent.ts';
import { type Agent, countTransition, type Provenance, type SavedAgent, type Transition } from './types.ts';

export * from './reinforce-config.ts';
export * from './reinforce-params.ts';

/** Statistics of the last update's batch (one reused object). */
export interface ReinforceBatchStats {
  /** Updates applied so far. */
  updates: number;
  episodes: number;
  steps: number;
  /** Mean undiscounted episode return over the batch. */
  meanReturn: number;
  /** The b̄ that was subtracted (0 with baseline 'none'; the mean v̂ over the batch with 'learned'). */
  baseline: number;
  /** Euclidean norm of the applied gradient. */
  gradientNorm: number;
  /** Norm the gradient would have had without a baseline, same batch. */
  gradientNormNoBaseline: number;
}

/** What `act` and `learn` accept: a vector, or a state number with one-hot features. */
export type PgObservation = ArrayLike<number> | number;

export class ReinforceAgent implements Agent<PgObservation> {
  readonly kind = 'reinforce' as const;
  readonly config: ReinforceConfig;
  readonly params: ReinforceParams;
  /** Set `provenance.env = env.spec` to record the env in saved files. */
  readonly provenance: Provenance;
  readonly nActions: number;
  readonly obsDim: number;
  /** Length of φ(s). */
  readonly featureDim: number;
  /** θ, row-major: θ_a,j at `theta[a * featureDim + j]`. */
  readonly theta: Float64Array;
  /** w of the learned baseline v̂(s, w) = w·φ(s) (stays 0 unless baseline is 'learned'). */
  readonly w: Float64Array;
  /** ∇θ J applied at the last update (zeros before the first). */
  readonly lastGradient: Float64Array;
  /** Σ_m Σ_t R^m_t ∇ log π on the same batch: what baseline 'none' would have applied. */
  readonly lastGradientNoBaseline: Float64Array;
  readonly lastBatch: ReinforceBatchStats = {
    updates: 0,
    episodes: 0,
    steps: 0,
    meanReturn: 0,
    baseline: 0,
    gradientNorm: 0,
    gradientNormNoBaseline: 0,
  };
  /** Why the last update was rejected (θ or w became non-finite), or null. */
  diverged: ReinforceDivergedError | null = null;

  private rng: Rng;
  /** The accepted values of `params`, as plain fields. */
  private readonly live: ReinforceParams;
  private readonly policy: SoftmaxLinear;
  // Scratch for the update.
  private readonly thetaBefore: Float64Array;
  private readonly wBefore: Float64Array;
  private readonly batch: EpisodeBatch;

  constructor(options: Partial<ReinforceConfig> & Pick<ReinforceConfig, 'nActions' | 'obsDim'>) {
    const config = { ...REINFORCE_DEFAULTS, ...options };
    parseWith(reinforceConfigSchema, config, 'reinforce agent config');
    this.config = config;
    this.nActions = config.nActions;
    this.obsDim = config.obsDim;
    this.policy = new SoftmaxLinear(
      'reinforce',
      config.nActions,
      config.obsDim,
      config.features,
      config.initialTheta,
    );
    const fd = this.policy.featureDim;
    this.featureDim = fd;
    this.theta = this.policy.theta;
    const live: ReinforceParams = {
      learningRate: config.learningRate,
      gamma: config.gamma,
      batchEpisodes: config.batchEpisodes,
      baseline: config.baseline,
      valueLearningRate: config.valueLearningRate,
    };
    this.live = live;
    this.params = liveParams(REINFORCE_PARAM_RANGES, live, (name, value) => {
      (live as unknown as Record<string, unknown>)[name] = value;
    });
    this.w = new Float64Array(fd);
    this.wBefore = new Float64Array(fd);
    this.lastGradient = new Float64Array(this.theta.length);
    this.lastGradientNoBaseline = new Float64Array(this.theta.length);
    this.thetaBefore = new Float64Array(this.theta.length);
    this.batch = new EpisodeBatch(fd, this.nActions);
    this.rng = new Rng(config.seed);
    this.provenance = { seed: config.seed, episodesTrained: 0, stepsTrained: 0 };
  }

  /**
   * π_θ(·|obs), over the legal actions of `actionMask` if given. Returns the agent's own scratch
   * array, overwritten by the next call to `probabilities`, `act` or `greedyAction`: copy it to keep it.
   */
  probabilities(observation: PgObservation, actionMask?: ArrayLike<number>): Float64Array {
    return this.policy.probabilities(observation, this.obsDim, actionMask);
  }

  /** The learned baseline v̂(obs, w) = w·φ(obs) (0 until baseline 'learned' has updated w). */
  value(observation: PgObservation): number {
    this.policy.features(observation, this.policy.phi, 0, this.obsDim);
    return dot(this.w, this.policy.phi, 0);
  }

  /** Sample an action from π_θ(·|obs) (legal actions only) with the agent's generator. */
  act(observation: PgObservation, actionMask?: ArrayLike<number>): number {
    return this.policy.act(this.rng, observation, this.obsDim, actionMask);
  }

  /** argmax_a π_θ(a|obs) over the legal actions, ties broken by the lowest index. Draws nothing. */
  greedyAction(observation: PgObservation, actionMask?: ArrayLike<number>): number {
    return this.policy.greedy(observation, this.obsDim, actionMask);
  }

  /**
   * Store the step (its features are computed now: the observation array may be reused), with the
   * mask of the last `act` (the distribution the action came from).
   */
  learn(t: Transition<PgObservation>): void {
    this.policy.checkAction(t.action);
    const b = this.batch;
    // Features first: a bad observation throws before anything is stored.
    this.policy.features(t.observation, this.policy.phi, 0, this.obsDim);
    const i = b.push(t.action, t.reward, this.policy.actMask);
    b.feats.set(this.policy.phi, i * this.featureDim);
    countTransition(this.provenance, t);
    if (t.terminated || t.truncated) {
      b.closeEpisode(this.live.gamma);
      if (b.episodes >= this.live.batchEpisodes) this.update();
    }
  }

  /** Refuse an env whose spaces do not match (checked when a run starts). */
  assertFits(env: Env<unknown, number>): void {
    assertPgFits('reinforce', this.policy, this.obsDim, env);
  }

  toJSON(): SavedAgent {
    return {
      format: 'rl-playground-agent',
      version: 1,
      kind: 'reinforce',
      config: structuredClone(this.config) as unknown as Record<string, unknown>,
      params: { ...this.params },
      state: { theta: Array.from(this.theta), w: Array.from(this.w), rng: this.rng.state() },
      provenance: structuredClone(this.provenance),
    };
  }

  /** Rebuild an agent from `toJSON()` output; throws `AgentFormatError` (naming the JSON path) on bad input. */
  static fromJSON(json: unknown): ReinforceAgent {
    const saved = parseSavedReinforce(json);
    const agent = buildSaved(() => new ReinforceAgent(saved.config));
    checkSavedTheta(saved.theta.length, agent);
    agent.theta.set(saved.theta);
    if (saved.w) {
      checkSavedW(saved.w.length, agent);
      agent.w.set(saved.w);
    }
    Object.assign(agent.params, saved.params);
    agent.rng = Rng.fromState(saved.rng);
    Object.assign(agent.provenance, structuredClone(saved.provenance));
    return agent;
  }

  private update(): void {
    const batch = this.batch;
    const n = batch.steps;
    const { learningRate, baseline, valueLearningRate } = this.live;
    const g = this.lastGradient;
    const g0 = this.lastGradientNoBaseline;
    const theta = this.theta;
    const w = this.w;
    let b = 0;
    // θ (and w) are unchanged during the batch: the π the actions came from.
    this.thetaBefore.set(theta);
    this.wBefore.set(w);
    if (baseline === 'learned') {
      // w moves step by step through the batch; b is the mean v̂ subtracted, for the stats.
      b = learnedBaselineGradient(this, batch, w, valueLearningRate, this.policy.probs, g, g0);
    } else {
      b = baseline === 'mean' ? batchMeanReturn(batch) : 0; // b̄ = mean of all R^m_t in the batch
      batchGradient(this, batch, b, this.policy.probs, g, g0);
    }
    let finite = true;
    let norm = 0;
    let norm0 = 0;
    for (let j = 0; j < theta.length; j++) {
      theta[j] += learningRate * g[j]; // θ ← θ + η ∇θ J(θ)
      if (!Number.isFinite(theta[j])) finite = false;
      norm += g[j] * g[j];
      norm0 += g0[j] * g0[j];
    }
    for (let j = 0; j < w.length; j++) if (!Number.isFinite(w[j])) finite = false;
    const s = this.lastBatch;
    const episodes = batch.episodes;
    const meanReturn = batch.returnSum / episodes;
    batch.clear();
    if (!finite) {
      theta.set(this.thetaBefore);
      w.set(this.wBefore);
      this.diverged = new ReinforceDivergedError({
        learningRate,
        batchEpisodes: episodes,
        gradientNorm: Math.sqrt(norm),
      });
      throw this.diverged;
    }
    this.diverged = null;
    s.updates++;
    s.episodes = episodes;
    s.steps = n;
    s.meanReturn = meanReturn;
    s.baseline = b;
    s.gradientNorm = Math.sqrt(norm);
    s.gradientNormNoBaseline = Math.sqrt(norm0);
  }
}

/**
 * The spaces a softmax-linear agent needs: discrete actions, and vector observations (Box) of its
 * obsDim, or with one-hot features a Discrete(n) observation of its n.
 */
export function assertPgFits(
  agent: 'reinforce' | 'actor-critic',
  policy: SoftmaxLinear,
  obsDim: number,
  env: Env<unknown, number>,
): void {
  const obs = env.observationSpace;
  const act = env.actionSpace;
  const states = policy.featureMap.discreteStates;
  const obsFits = states === null ? obs instanceof Box : obs instanceof Discrete;
  if (!obsFits || !(act instanceof Discrete)) {
    const actionsWrong = obsFits;
    const code = actionsWrong
      ? 'agent-needs-discrete-actions'
      : states === null
        ? 'agent-needs-vector-observations'
        : 'agent-needs-discrete-observations';
    throw new IncompatibleAgentError(
      code,
      { agent, env: env.spec.id, space: actionsWrong ? `${act}` : `${obs}` },
      `${agent} agent: needs ${states === null ? 'vector' : 'discrete'} observations and discrete actions; ${env.spec.id} has ${obs} and ${act}`,
    );
  }
  const envObs = obs instanceof Box ? obs.shape[0] : (obs as Discrete).n;
  const own = states === null ? obsDim : states;
  if (envObs !== own || act.n !== policy.nActions) {
    throw new IncompatibleAgentError(
      'agent-shape-mismatch',
      {
        agent,
        env: env.spec.id,
        obsDim: own,
        actions: policy.nActions,
        envObsDim: envObs,
        envActions: act.n,
      },
      `${agent} agent: it expects ${states === null ? `obsDim = ${own} numbers per observation` : `${own} states`} and ${policy.nActions} actions, but ${env.spec.id} has ${envObs} and ${act.n}`,
    );
  }
}
