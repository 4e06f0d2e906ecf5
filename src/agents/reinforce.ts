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
 * - A truncated episode (time limit) is closed like a terminated one: its returns use the rewards
 *   observed so far only (nothing is bootstrapped, REINFORCE has no value function).
 * - Steps are stored in growable typed arrays (doubling when full), so `act` and `learn` allocate
 *   nothing per step; θ changes only at the end of a batch.
 * - Divergence: if θ is not finite after an update (η far too large), θ is restored to its value
 *   before the update, the batch is dropped, `diverged` is set to a `ReinforceDivergedError` (code
 *   `reinforce-diverged`, with η, M and the gradient norm) and `learn` throws it. The next successful update clears `diverged`.
 * - Saving (`toJSON`) keeps θ, the generator state, params and provenance. The partial batch and a
 *   partial episode are not saved: a loaded agent starts a fresh batch.
 */
import { Rng } from '../core/rng.ts';
import { Box, Discrete } from '../envs/spaces.ts';
import type { Env } from '../envs/types.ts';
import {
  type AgentProblem,
  AgentRangeError,
  IncompatibleAgentError,
  ReinforceDivergedError,
} from './errors.ts';
import { type FeatureMap, makeFeatures } from './features.ts';
import { liveParams } from './live-params.ts';
import { REINFORCE_DEFAULTS, type ReinforceConfig, reinforceConfigSchema } from './reinforce-config.ts';
import { batchGradient, meanReturn as batchMeanReturn, softmaxPolicy } from './reinforce-gradient.ts';
import { MAX_THETA_SIZE, REINFORCE_PARAM_RANGES, type ReinforceParams } from './reinforce-params.ts';
import { buildSaved, checkSavedTheta, parseSavedReinforce } from './reinforce-saved.ts';
import { type AgentFormatError, oneProblem, parseWith } from './saved-agent.ts';
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
  /** The b̄ that was subtracted (0 with baseline 'none'). */
  baseline: number;
  /** Euclidean norm of the applied gradient. */
  gradientNorm: number;
  /** Norm the gradient would have had without a baseline, same batch. */
  gradientNormNoBaseline: number;
}

const INITIAL_CAPACITY = 1024;

export class ReinforceAgent implements Agent<Float64Array> {
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
  /** Why the last update was rejected (θ became non-finite), or null. */
  diverged: ReinforceDivergedError | null = null;

  private rng: Rng;
  /** The accepted values of `params`, as plain fields. */
  private readonly live: ReinforceParams;
  private readonly featureMap: FeatureMap;
  // Scratch for act/probabilities and the update.
  private readonly phi: Float64Array;
  private readonly probs: Float64Array;
  private readonly thetaBefore: Float64Array;
  // The batch: features, actions, rewards and returns of every stored step.
  private capacity = INITIAL_CAPACITY;
  private feats: Float64Array;
  private actions: Int32Array;
  private rewards: Float64Array;
  private returns: Float64Array;
  private stored = 0;
  private episodeStart = 0;
  private batchEpisodesDone = 0;
  private batchReturnSum = 0;

  constructor(options: Partial<ReinforceConfig> & Pick<ReinforceConfig, 'nActions' | 'obsDim'>) {
    const config = { ...REINFORCE_DEFAULTS, ...options };
    parseWith(reinforceConfigSchema, config, 'reinforce agent config');
    this.config = config;
    this.nActions = config.nActions;
    this.obsDim = config.obsDim;
    this.featureMap = makeFeatures(config.features, config.obsDim);
    const fd = this.featureMap.dim;
    this.featureDim = fd;
    if (this.nActions * fd > MAX_THETA_SIZE) {
      const size = this.nActions * fd;
      throw configProblem(
        { path: [], kind: 'theta-too-large', values: { size, max: MAX_THETA_SIZE } },
        `nActions × featureDim = ${size} is above the limit of ${MAX_THETA_SIZE} numbers in θ`,
      );
    }
    const live: ReinforceParams = {
      learningRate: config.learningRate,
      gamma: config.gamma,
      batchEpisodes: config.batchEpisodes,
      baseline: config.baseline,
    };
    this.live = live;
    this.params = liveParams(REINFORCE_PARAM_RANGES, live, (name, value) => {
      (live as unknown as Record<string, unknown>)[name] = value;
    });
    this.theta = new Float64Array(this.nActions * fd);
    if (config.initialTheta) {
      const rows = config.initialTheta;
      if (rows.length !== this.nActions || rows.some((r) => r.length !== fd)) {
        const lengths = rows.map((r) => r.length);
        throw configProblem(
          {
            path: ['initialTheta'],
            kind: 'initial-theta-shape',
            values: { rows: this.nActions, featureDim: fd, lengths },
          },
          `initialTheta must have nActions = ${this.nActions} rows of featureDim = ${fd} numbers, got ${rows.length} rows of lengths [${lengths.join(', ')}]`,
        );
      }
      rows.forEach((row, a) => {
        this.theta.set(row, a * fd);
      });
    }
    this.lastGradient = new Float64Array(this.theta.length);
    this.lastGradientNoBaseline = new Float64Array(this.theta.length);
    this.thetaBefore = new Float64Array(this.theta.length);
    this.phi = new Float64Array(fd);
    this.probs = new Float64Array(this.nActions);
    this.feats = new Float64Array(this.capacity * fd);
    this.actions = new Int32Array(this.capacity);
    this.rewards = new Float64Array(this.capacity);
    this.returns = new Float64Array(this.capacity);
    this.rng = new Rng(config.seed);
    this.provenance = { seed: config.seed, episodesTrained: 0, stepsTrained: 0 };
  }

  /**
   * π_θ(·|obs). Returns the agent's own scratch array, overwritten by the next call to
   * `probabilities`, `act` or `greedyAction`: copy it to keep it.
   */
  probabilities(observation: ArrayLike<number>): Float64Array {
    this.checkObservation(observation);
    this.featureMap.compute(observation, this.phi, 0);
    softmaxPolicy(this, this.phi, 0, this.probs);
    return this.probs;
  }

  /** Sample an action from π_θ(·|obs) with the agent's generator. */
  act(observation: ArrayLike<number>): number {
    const p = this.probabilities(observation);
    const u = this.rng.random();
    let c = 0;
    for (let a = 0; a < this.nActions - 1; a++) {
      c += p[a];
      if (u < c) return a;
    }
    return this.nActions - 1;
  }

  /** argmax_a π_θ(a|obs), ties broken by the lowest action index. Draws nothing. */
  greedyAction(observation: ArrayLike<number>): number {
    const p = this.probabilities(observation);
    let best = 0;
    for (let a = 1; a < this.nActions; a++) if (p[a] > p[best]) best = a;
    return best;
  }

  /** Store the step (its features are computed now: the observation array may be reused). */
  learn(t: Transition<ArrayLike<number>>): void {
    const a = t.action;
    if (!Number.isInteger(a) || a < 0 || a >= this.nActions) {
      throw new AgentRangeError(
        'agent-index-out-of-range',
        { agent: 'reinforce', what: 'action', value: String(a), n: this.nActions },
        `reinforce agent: action ${a} is outside 0…${this.nActions - 1}`,
      );
    }
    this.checkObservation(t.observation);
    if (this.stored === this.capacity) this.grow();
    const i = this.stored++;
    this.featureMap.compute(t.observation, this.feats, i * this.featureDim);
    this.actions[i] = a;
    this.rewards[i] = t.reward;
    countTransition(this.provenance, t);
    if (t.terminated || t.truncated) this.endEpisode();
  }

  /** Refuse an env whose spaces do not match (checked when a run starts). */
  assertFits(env: Env<unknown, number>): void {
    const obs = env.observationSpace;
    const act = env.actionSpace;
    if (!(obs instanceof Box) || !(act instanceof Discrete)) {
      const actionsWrong = obs instanceof Box;
      throw new IncompatibleAgentError(
        actionsWrong ? 'agent-needs-discrete-actions' : 'agent-needs-vector-observations',
        { agent: 'reinforce', env: env.spec.id, space: actionsWrong ? `${act}` : `${obs}` },
        `reinforce agent: needs vector observations and discrete actions; ${env.spec.id} has ${obs} and ${act}`,
      );
    }
    if (obs.shape[0] !== this.obsDim || act.n !== this.nActions) {
      throw new IncompatibleAgentError(
        'agent-shape-mismatch',
        {
          agent: 'reinforce',
          env: env.spec.id,
          obsDim: this.obsDim,
          actions: this.nActions,
          envObsDim: obs.shape[0],
          envActions: act.n,
        },
        `reinforce agent: it expects obsDim = ${this.obsDim} numbers per observation and ${this.nActions} actions, but ${env.spec.id} observes ${obs.shape[0]} numbers and has ${act.n} actions`,
      );
    }
  }

  toJSON(): SavedAgent {
    return {
      format: 'rl-playground-agent',
      version: 1,
      kind: 'reinforce',
      config: structuredClone(this.config) as unknown as Record<string, unknown>,
      params: { ...this.params },
      state: { theta: Array.from(this.theta), rng: this.rng.state() },
      provenance: structuredClone(this.provenance),
    };
  }

  /** Rebuild an agent from `toJSON()` output; throws `AgentFormatError` (naming the JSON path) on bad input. */
  static fromJSON(json: unknown): ReinforceAgent {
    const saved = parseSavedReinforce(json);
    const agent = buildSaved(() => new ReinforceAgent(saved.config));
    checkSavedTheta(saved.theta.length, agent);
    agent.theta.set(saved.theta);
    Object.assign(agent.params, saved.params);
    agent.rng = Rng.fromState(saved.rng);
    Object.assign(agent.provenance, structuredClone(saved.provenance));
    return agent;
  }

  private endEpisode(): void {
    const gamma = this.live.gamma;
    let G = 0;
    let total = 0;
    for (let i = this.stored - 1; i >= this.episodeStart; i--) {
      G = this.rewards[i] + gamma * G; // R_t = r_{t+1} + γ R_{t+1}
      this.returns[i] = G;
      total += this.rewards[i];
    }
    this.batchReturnSum += total;
    this.batchEpisodesDone++;
    this.episodeStart = this.stored;
    if (this.batchEpisodesDone >= this.live.batchEpisodes) this.update();
  }

  private update(): void {
    const n = this.stored;
    const { learningRate, baseline } = this.live;
    // One small view per batch (not per step): the buffers may have grown since the last one.
    const batch = { feats: this.feats, actions: this.actions, returns: this.returns, steps: n };
    const b = baseline === 'mean' ? batchMeanReturn(batch) : 0; // b̄ = mean of all R^m_t in the batch
    const g = this.lastGradient;
    const g0 = this.lastGradientNoBaseline;
    // θ is unchanged during the batch: the π the actions came from.
    batchGradient(this, batch, b, this.probs, g, g0);
    const theta = this.theta;
    this.thetaBefore.set(theta);
    let finite = true;
    let norm = 0;
    let norm0 = 0;
    for (let j = 0; j < theta.length; j++) {
      theta[j] += learningRate * g[j]; // θ ← θ + η ∇θ J(θ)
      if (!Number.isFinite(theta[j])) finite = false;
      norm += g[j] * g[j];
      norm0 += g0[j] * g0[j];
    }
    const s = this.lastBatch;
    const episodes = this.batchEpisodesDone;
    const meanReturn = this.batchReturnSum / episodes;
    this.clearBatch();
    if (!finite) {
      theta.set(this.thetaBefore);
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

  private clearBatch(): void {
    this.stored = 0;
    this.episodeStart = 0;
    this.batchEpisodesDone = 0;
    this.batchReturnSum = 0;
  }

  /** Double the batch buffers (amortised: no allocation once the batch size is reached). */
  private grow(): void {
    const cap = this.capacity * 2;
    const feats = new Float64Array(cap * this.featureDim);
    feats.set(this.feats);
    const actions = new Int32Array(cap);
    actions.set(this.actions);
    const rewards = new Float64Array(cap);
    rewards.set(this.rewards);
    this.feats = feats;
    this.actions = actions;
    this.rewards = rewards;
    const returns = new Float64Array(cap);
    returns.set(this.returns); // returns of the batch's closed episodes
    this.returns = returns;
    this.capacity = cap;
  }

  private checkObservation(obs: ArrayLike<number>): void {
    if (obs.length !== this.obsDim) {
      throw new AgentRangeError(
        'agent-observation-length',
        { length: obs.length, obsDim: this.obsDim },
        `reinforce agent: observation has ${obs.length} numbers, expected obsDim = ${this.obsDim}`,
      );
    }
  }
}

/** A config the constructor refuses (as the schema's own problems are): one coded problem. */
function configProblem(problem: AgentProblem, english: string): AgentFormatError {
  return oneProblem('reinforce agent config', problem, english);
}
