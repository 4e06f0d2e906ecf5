/**
 * Dyna-Q and Dyna-Q+ (Sutton & Barto §8.2–8.3). Each real step does, in the book's order:
 *
 *  (d) the Q-learning update from the real transition;
 *  (e) the model update: Model(S,A) ← (R, S′, terminal?), a deterministic model of what was seen;
 *  (f) `planningSteps` (n) planning updates: pick a previously seen (s, a) uniformly at random,
 *      read (r, s′) from the model and apply the same Q-learning update to it.
 *
 * With n = 0 nothing is drawn for planning: it is Q-learning exactly, draw for draw. With κ > 0 it
 * is Dyna-Q+: planning uses the reward r + κ√τ, τ the real steps since (s, a) was last tried, which
 * draws the agent back to long-untried actions (and so finds a shortcut that opened, Example 8.3).
 * Planning samples only pairs tried for real (the book's footnote variant, which also plans with
 * never-tried actions, is not used). Where the env gives action masks, the model remembers each
 * seen state's mask and planning's max ranges over it.
 *
 * `modelKnown[s * nActions + a]` is 1 for the pairs the model knows (`modelSize` of them) and
 * `planningUpdates` counts planning updates so far, for the maze's overlay. A saved agent keeps its
 * model, so planning continues where it left off.
 *
 * Defaults: n = 5, κ = 0 (`DYNA_DEFAULTS`), and `TABULAR_DEFAULTS` (ε = 0.1, α = 0.1, γ = 0.9).
 */
import { z } from 'zod';
import type { ParamRanges } from './live-params.ts';
import { finiteNumber, oneProblem, parseWith } from './saved-agent.ts';
import { maxOf, TabularAgent, type TabularOptions } from './tabular.ts';
import type { TabularExtra } from './tabular-config.ts';
import type { Transition } from './types.ts';

/** Dyna-Q's model as the fused kernel (src/train/fused) writes it: the tables, known pairs, clock. */
export interface DynaModelTables {
  known: Uint8Array;
  next: Int32Array;
  reward: Float64Array;
  terminal: Uint8Array;
  lastTried: Float64Array;
  seen: Int32Array;
  size: number;
  time: number;
}

/** Most planning updates per real step. */
export const MAX_PLANNING_STEPS = 10_000;
/** Largest κ: the bonus κ√τ is a nudge, not a reward scale. */
export const MAX_KAPPA = 10;

export interface DynaParams {
  /** n, planning updates per real step (0 = Q-learning). */
  planningSteps: number;
  /** κ of the Dyna-Q+ bonus κ√τ (0 = plain Dyna-Q). */
  kappa: number;
}

export const DYNA_DEFAULTS: DynaParams = { planningSteps: 5, kappa: 0 };

export const DYNA_PARAM_RANGES: ParamRanges<DynaParams> = {
  planningSteps: { kind: 'number', min: 0, max: MAX_PLANNING_STEPS, integer: true },
  kappa: { kind: 'number', min: 0, max: MAX_KAPPA },
};

export const DYNA_EXTRA: TabularExtra<DynaParams> = {
  defaults: DYNA_DEFAULTS,
  ranges: DYNA_PARAM_RANGES,
  schema: z.object({
    planningSteps: z.number().int().min(0).max(MAX_PLANNING_STEPS),
    kappa: z.number().min(0).max(MAX_KAPPA),
  }),
};

export class DynaQAgent extends TabularAgent<DynaParams> {
  readonly kind = 'dyna-q' as const;
  /** 1 where the model knows (s, a). */
  readonly modelKnown: Uint8Array;
  /** Planning updates applied so far. */
  planningUpdates = 0;
  /** Real steps learned from (the clock of τ). */
  private time = 0;
  private readonly modelNext: Int32Array;
  private readonly modelReward: Float64Array;
  private readonly modelTerminal: Uint8Array;
  /** The real step at which (s, a) was last tried. */
  private readonly lastTried: Float64Array;
  /** Known pairs `s * nActions + a` in the order first seen: the first `modelSize` entries. */
  private readonly seen: Int32Array;
  private size = 0;
  /** Each seen state's action mask (allocated when an env first gives one). */
  private masks: Uint8Array | null = null;
  private maskKnown: Uint8Array | null = null;

  constructor(options: TabularOptions<DynaParams>) {
    super(options, DYNA_EXTRA);
    const n = this.q.length;
    this.modelKnown = new Uint8Array(n);
    this.modelNext = new Int32Array(n);
    this.modelReward = new Float64Array(n);
    this.modelTerminal = new Uint8Array(n);
    this.lastTried = new Float64Array(n);
    this.seen = new Int32Array(n);
  }

  /** How many (s, a) pairs the model knows. */
  get modelSize(): number {
    return this.size;
  }

  learn(t: Transition<number>): void {
    this.checkTransition(t);
    const s = t.observation;
    const a = t.action;
    const s2 = t.nextObservation;
    const nA = this.nActions;
    const { alpha, gamma, planningSteps, kappa } = this.live;
    const q = this.q;
    const i = s * nA + a;
    // (d) direct RL: Q(S,A) ← Q(S,A) + α (R + γ max_a Q(S′,a) − Q(S,A))
    const target = t.terminated ? t.reward : t.reward + gamma * this.maxQ(s2, t.nextActionMask);
    const before = q[i];
    q[i] = before + alpha * (target - before);
    if (this.record !== null) this.record.write(s, a, t.reward, target, alpha, before, q[i]);
    // (e) model learning
    this.time++;
    if (this.modelKnown[i] === 0) {
      this.modelKnown[i] = 1;
      this.seen[this.size++] = i;
    }
    this.modelNext[i] = s2;
    this.modelReward[i] = t.reward;
    this.modelTerminal[i] = t.terminated ? 1 : 0;
    this.lastTried[i] = this.time;
    if (t.nextActionMask !== undefined) this.rememberMask(s2, t.nextActionMask);
    // (f) planning
    for (let k = 0; k < planningSteps; k++) this.plan(alpha, gamma, kappa);
    this.count(t);
  }

  /**
   * Internal, for the fused kernel (src/train/fused), which does step (e) itself when n = 0: the
   * model's tables, the count of known pairs and the clock. `setKernelModel` takes the last two back.
   */
  kernelModel(): DynaModelTables {
    return {
      known: this.modelKnown,
      next: this.modelNext,
      reward: this.modelReward,
      terminal: this.modelTerminal,
      lastTried: this.lastTried,
      seen: this.seen,
      size: this.size,
      time: this.time,
    };
  }

  /** Internal, for the fused kernel: the model's size and clock after a chunk of real steps. */
  setKernelModel(size: number, time: number): void {
    this.size = size;
    this.time = time;
  }

  /** One planning update from a uniformly drawn known pair. */
  private plan(alpha: number, gamma: number, kappa: number): void {
    const j = this.seen[this.rng.int(this.size)];
    const nA = this.nActions;
    let r = this.modelReward[j];
    if (kappa > 0) r += kappa * Math.sqrt(this.time - this.lastTried[j]); // Dyna-Q+: r + κ√τ
    let target = r;
    if (this.modelTerminal[j] === 0) {
      const s2 = this.modelNext[j];
      const masks = this.masks;
      const mask =
        masks !== null && this.maskKnown?.[s2] === 1 ? masks.subarray(s2 * nA, s2 * nA + nA) : undefined;
      target += gamma * maxOf(this.q, s2 * nA, nA, mask);
    }
    this.q[j] += alpha * (target - this.q[j]);
    this.planningUpdates++;
  }

  private rememberMask(s: number, mask: ArrayLike<number>): void {
    const nA = this.nActions;
    if (this.masks === null) {
      this.masks = new Uint8Array(this.q.length);
      this.maskKnown = new Uint8Array(this.nStates);
    }
    for (let a = 0; a < nA; a++) this.masks[s * nA + a] = mask[a] === 1 ? 1 : 0;
    (this.maskKnown as Uint8Array)[s] = 1;
  }

  protected override extraState(): Record<string, unknown> {
    const pairs = Array.from(this.seen.subarray(0, this.size));
    return {
      ...super.extraState(),
      model: {
        time: this.time,
        planningUpdates: this.planningUpdates,
        pairs,
        next: pairs.map((i) => this.modelNext[i]),
        reward: pairs.map((i) => this.modelReward[i]),
        terminal: pairs.map((i) => this.modelTerminal[i]),
        lastTried: pairs.map((i) => this.lastTried[i]),
      },
    };
  }

  protected override restoreExtraState(state: Record<string, unknown>, what: string): void {
    super.restoreExtraState(state, what);
    if (state.model === undefined) return;
    const n = this.q.length;
    const count = z.number().int().nonnegative();
    const schema = z.object({
      time: count,
      planningUpdates: count,
      pairs: z
        .array(
          z
            .number()
            .int()
            .min(0)
            .max(n - 1),
        )
        .max(n),
      next: z.array(
        z
          .number()
          .int()
          .min(0)
          .max(this.nStates - 1),
      ),
      reward: z.array(finiteNumber),
      terminal: z.array(z.union([z.literal(0), z.literal(1)])),
      lastTried: z.array(count),
    });
    const m = parseWith(schema, state.model, what, ['state', 'model']);
    for (const key of ['next', 'reward', 'terminal', 'lastTried'] as const) {
      if (m[key].length !== m.pairs.length) {
        throw oneProblem(
          what,
          {
            path: ['state', 'model', key],
            kind: 'length-mismatch',
            values: { length: m[key].length, dims: ['pairs', '1'], sizes: [m.pairs.length, 1] },
          },
          `state.model.${key}: has ${m[key].length} values, but there are ${m.pairs.length} pairs`,
        );
      }
    }
    m.pairs.forEach((i, k) => {
      if (this.modelKnown[i] === 0) {
        this.modelKnown[i] = 1;
        this.seen[this.size++] = i;
      }
      this.modelNext[i] = m.next[k];
      this.modelReward[i] = m.reward[k];
      this.modelTerminal[i] = m.terminal[k];
      this.lastTried[i] = Math.min(m.lastTried[k], m.time);
    });
    this.time = m.time;
    this.planningUpdates = m.planningUpdates;
  }

  static fromJSON(json: unknown): DynaQAgent {
    return TabularAgent.load(
      (c: TabularOptions<DynaParams>) => new DynaQAgent(c),
      'dyna-q',
      DYNA_EXTRA,
      json,
    );
  }
}
