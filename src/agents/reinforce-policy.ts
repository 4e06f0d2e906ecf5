/**
 * The softmax-linear policy π_θ(a|s) = exp(θ_a·φ(s)) / Σ_b exp(θ_b·φ(s)) that REINFORCE and the
 * actor–critic share: θ with its shape checks, the feature map, the observation checks (a vector,
 * or a state number for one-hot features), action masks, sampling and greedy choice. Scratch arrays
 * are owned here, so acting allocates nothing.
 *
 * Masks: `act(obs, mask)` samples among the legal actions (mask entry ≠ 0) only, and remembers the
 * mask in `actMask` (all ones after an unmasked call), because `learn(t)` needs the distribution the
 * action was drawn from: the runner calls `act` then `learn` for the same observation.
 */
import type { Rng } from '../core/rng.ts';
import { type AgentProblem, AgentRangeError } from './errors.ts';
import { type FeatureMap, type FeatureSpec, makeFeatures } from './features.ts';
import { type LinearPolicy, softmaxPolicy } from './reinforce-gradient.ts';
import { MAX_THETA_SIZE } from './reinforce-params.ts';
import { type AgentFormatError, oneProblem } from './saved-agent.ts';

export type PgAgentName = 'reinforce' | 'actor-critic';

export class SoftmaxLinear implements LinearPolicy {
  readonly theta: Float64Array;
  readonly nActions: number;
  readonly featureDim: number;
  readonly featureMap: FeatureMap;
  /** φ of the last observation probed or acted on. */
  readonly phi: Float64Array;
  /** π of the last observation probed or acted on. */
  readonly probs: Float64Array;
  /** The mask of the last `act` (1 legal, 0 illegal; all ones when none was given). */
  readonly actMask: Uint8Array;
  /** Whether the last `act` had a mask with an illegal action. */
  actMasked = false;

  constructor(
    private readonly agent: PgAgentName,
    nActions: number,
    obsDim: number,
    features: FeatureSpec,
    initialTheta: number[][] | undefined,
  ) {
    this.nActions = nActions;
    this.featureMap = makeFeatures(features, obsDim);
    const fd = this.featureMap.dim;
    this.featureDim = fd;
    const what = `${agent} agent config`;
    if (nActions * fd > MAX_THETA_SIZE) {
      const size = nActions * fd;
      throw oneProblem(
        what,
        { path: [], kind: 'theta-too-large', values: { size, max: MAX_THETA_SIZE } },
        `nActions × featureDim = ${size} is above the limit of ${MAX_THETA_SIZE} numbers in θ`,
      );
    }
    this.theta = new Float64Array(nActions * fd);
    if (initialTheta) {
      if (initialTheta.length !== nActions || initialTheta.some((r) => r.length !== fd)) {
        const lengths = initialTheta.map((r) => r.length);
        const problem: AgentProblem = {
          path: ['initialTheta'],
          kind: 'initial-theta-shape',
          values: { rows: nActions, featureDim: fd, lengths },
        };
        throw oneProblem(
          what,
          problem,
          `initialTheta must have nActions = ${nActions} rows of featureDim = ${fd} numbers, got ${initialTheta.length} rows of lengths [${lengths.join(', ')}]`,
        );
      }
      initialTheta.forEach((row, a) => {
        this.theta.set(row, a * fd);
      });
    }
    this.phi = new Float64Array(fd);
    this.probs = new Float64Array(nActions);
    this.actMask = new Uint8Array(nActions).fill(1);
  }

  /** φ(obs) into `out[offset…]`, after checking the observation. */
  features(obs: ArrayLike<number> | number, out: Float64Array, offset: number, obsDim: number): void {
    this.checkObservation(obs, obsDim);
    this.featureMap.compute(obs, out, offset);
  }

  /** π_θ(·|obs) (over the legal actions of `mask`) into `probs`; returns `probs`. */
  probabilities(obs: ArrayLike<number> | number, obsDim: number, mask?: ArrayLike<number>): Float64Array {
    this.features(obs, this.phi, 0, obsDim);
    if (mask) this.checkMask(mask);
    softmaxPolicy(this, this.phi, 0, this.probs, mask);
    return this.probs;
  }

  /** Sample from π_θ(·|obs) restricted to `mask`, remembering the mask for `learn`. */
  act(rng: Rng, obs: ArrayLike<number> | number, obsDim: number, mask?: ArrayLike<number>): number {
    const p = this.probabilities(obs, obsDim, mask);
    this.rememberMask(mask);
    const u = rng.random();
    let c = 0;
    let last = 0;
    for (let a = 0; a < this.nActions; a++) {
      if (p[a] === 0) continue; // an illegal action (or one of probability 0) is never drawn
      last = a;
      c += p[a];
      if (u < c) return a;
    }
    return last; // u above the rounded cumulative sum: the last action that can be drawn
  }

  /** argmax over the legal actions, ties to the lowest index. */
  greedy(obs: ArrayLike<number> | number, obsDim: number, mask?: ArrayLike<number>): number {
    const p = this.probabilities(obs, obsDim, mask);
    let best = -1;
    for (let a = 0; a < this.nActions; a++) {
      if (mask && mask[a] === 0) continue;
      if (best < 0 || p[a] > p[best]) best = a;
    }
    return best;
  }

  /** Check an action index from a transition. */
  checkAction(a: number): void {
    if (!Number.isInteger(a) || a < 0 || a >= this.nActions) {
      throw new AgentRangeError(
        'agent-index-out-of-range',
        { agent: this.agent, what: 'action', value: String(a), n: this.nActions },
        `${this.agent} agent: action ${a} is outside 0…${this.nActions - 1}`,
      );
    }
  }

  private rememberMask(mask: ArrayLike<number> | undefined): void {
    const m = this.actMask;
    let masked = false;
    for (let a = 0; a < this.nActions; a++) {
      m[a] = mask && mask[a] === 0 ? 0 : 1;
      if (m[a] === 0) masked = true;
    }
    this.actMasked = masked;
  }

  /** A mask must have one entry per action and at least one legal action. */
  private checkMask(mask: ArrayLike<number>): void {
    let legal = 0;
    for (let a = 0; a < mask.length; a++) if (mask[a] !== 0) legal++;
    if (mask.length !== this.nActions || legal === 0) {
      throw new AgentRangeError(
        'agent-index-out-of-range',
        {
          agent: this.agent,
          what: 'action',
          value: `mask of ${mask.length} with ${legal} legal`,
          n: this.nActions,
        },
        `${this.agent} agent: an action mask needs ${this.nActions} entries with at least one legal action; got ${mask.length} entries, ${legal} legal`,
      );
    }
  }

  checkObservation(obs: ArrayLike<number> | number, obsDim: number): void {
    const n = this.featureMap.discreteStates;
    if (n !== null) {
      if (typeof obs !== 'number' || !Number.isInteger(obs) || obs < 0 || obs >= n) {
        throw new AgentRangeError(
          'agent-index-out-of-range',
          { agent: this.agent, what: 'state', value: String(obs), n },
          `${this.agent} agent: observation ${String(obs)} is not a state number in 0…${n - 1} (one-hot features)`,
        );
      }
      return;
    }
    const length = typeof obs === 'number' ? 1 : obs.length;
    if (typeof obs === 'number' || obs.length !== obsDim) {
      throw new AgentRangeError(
        'agent-observation-length',
        { length, obsDim },
        `${this.agent} agent: observation has ${typeof obs === 'number' ? 'a single number' : `${length} numbers`}, expected obsDim = ${obsDim}`,
      );
    }
  }
}

/** A config the constructor refuses, as one coded problem. */
export function configProblem(agent: PgAgentName, problem: AgentProblem, english: string): AgentFormatError {
  return oneProblem(`${agent} agent config`, problem, english);
}
