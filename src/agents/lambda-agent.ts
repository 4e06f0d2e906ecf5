/**
 * What SARSA(λ) and Watkins's Q(λ) share (Sutton & Barto §12.7, tabular, backward view): the
 * sparse eligibility traces, the options λ and `traces`, and the step
 *
 *   δ = target − Q(S,A);   e(S,A) ← e(S,A) + 1 (accumulating) or 1 (replacing);
 *   for every traced (s,a):  Q(s,a) ← Q(s,a) + α δ e(s,a);  e(s,a) ← γλ e(s,a)  (or 0: see `decayFor`)
 *
 * The target and the decay are each algorithm's. Both commit to the next action A′ they drew while
 * learning (as SARSA does). Traces are cleared at every episode's end (so each episode starts with
 * none), and when `act` is asked about another state than the one committed to (the scene moved the
 * agent: the trajectory broke). A saved agent keeps Q, not the traces.
 *
 * Defaults: λ = 0.9, replacing traces (`LAMBDA_DEFAULTS`), and `TABULAR_DEFAULTS`.
 */
import { z } from 'zod';
import { EligibilityTraces, TRACE_KINDS, type TraceKind } from './eligibility-traces.ts';
import type { ParamRanges } from './live-params.ts';
import { TabularAgent, type TabularOptions } from './tabular.ts';
import type { TabularExtra } from './tabular-config.ts';
import type { ActionMask, Transition } from './types.ts';

export interface LambdaParams {
  /** λ, the trace decay (0 = one-step, 1 = Monte Carlo-like). */
  lambda: number;
  /** How a visit marks its trace. */
  traces: TraceKind;
}

export const LAMBDA_DEFAULTS: LambdaParams = { lambda: 0.9, traces: 'replacing' };

export const LAMBDA_PARAM_RANGES: ParamRanges<LambdaParams> = {
  lambda: { kind: 'number', min: 0, max: 1 },
  traces: { kind: 'choice', choices: TRACE_KINDS },
};

export const LAMBDA_EXTRA: TabularExtra<LambdaParams> = {
  defaults: LAMBDA_DEFAULTS,
  ranges: LAMBDA_PARAM_RANGES,
  schema: z.object({ lambda: z.number().min(0).max(1), traces: z.enum(TRACE_KINDS) }),
};

export abstract class LambdaAgent extends TabularAgent<LambdaParams> {
  private readonly e: EligibilityTraces;

  constructor(options: TabularOptions<LambdaParams>) {
    super(options, LAMBDA_EXTRA);
    this.e = new EligibilityTraces(this.q.length);
  }

  /** e(s, a) at `traces[s * nActions + a]`. */
  get traces(): Float64Array {
    return this.e.values;
  }

  /** Indices `s * nActions + a` of the non-zero traces: the first `tracedCount` entries. */
  get traced(): Int32Array {
    return this.e.traced;
  }

  get tracedCount(): number {
    return this.e.count;
  }

  override act(s: number, mask?: ActionMask): number {
    if (this.committedAction !== -1 && this.committedState !== s) this.e.clear();
    return super.act(s, mask);
  }

  /** R + γ·(the algorithm's value of S′ given the next action a2), for a non-terminal step. */
  protected abstract bootstrapTarget(t: Transition<number>, a2: number): number;

  /** γλ, or 0 where the algorithm cuts its traces after this step (Watkins: A′ was exploratory). */
  protected abstract decayFor(t: Transition<number>, a2: number): number;

  learn(t: Transition<number>): void {
    this.checkTransition(t);
    const s = t.observation;
    const a = t.action;
    const { alpha, traces } = this.live;
    const q = this.q;
    const i = s * this.nActions + a;
    const ended = t.terminated || t.truncated;
    let target = t.reward;
    let decay = 0;
    if (!t.terminated) {
      const a2 = this.behave(t.nextObservation, t.nextActionMask);
      target = this.bootstrapTarget(t, a2);
      decay = this.decayFor(t, a2);
      if (!t.truncated) this.commit(t.nextObservation, a2);
    }
    const before = q[i];
    this.e.visit(i, traces);
    this.e.updateAndDecay(q, alpha * (target - before), decay);
    if (this.record !== null) this.record.write(s, a, t.reward, target, alpha, before, q[i]);
    if (ended) this.e.clear();
    this.count(t);
  }

  protected override extraState(): Record<string, unknown> {
    return {};
  }
}
