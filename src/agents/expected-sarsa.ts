/**
 * Expected SARSA (Sutton & Barto §6.6): the target is the expectation of Q(S′, ·) under the
 * ε-greedy policy instead of the sampled Q(S′, A′):
 *
 *   Q(S,A) ← Q(S,A) + α (R + γ Σ_a π(a|S′) Q(S′,a) − Q(S,A))
 *
 * with π(a|S′) = ε/|A| for every legal action, plus (1 − ε)/k for each of the k actions tied at the
 * maximum (the greedy share split evenly among ties, SPEC §6). ε is the one in force (the schedule's).
 * It removes SARSA's variance from sampling A′, so larger α stays stable (Figure 6.3).
 *
 * Defaults (`TABULAR_DEFAULTS`): ε = 0.1, α = 0.1, γ = 0.9, Q₀ = 0, constant ε.
 */
import { TabularAgent, type TabularOptions } from './tabular.ts';
import { NO_EXTRA } from './tabular-config.ts';
import type { ActionMask, Transition } from './types.ts';

/**
 * Σ_a π(a|s) q[base + a] under ε-greedy over the legal actions (mask[a] = 1; all without a mask):
 * ε/|A| each, and (1 − ε) shared evenly by the k tied maxima. Allocates nothing.
 */
export function expectedValue(
  q: Float64Array,
  base: number,
  n: number,
  epsilon: number,
  mask?: ActionMask,
): number {
  let legal = 0;
  let sum = 0;
  let max = Number.NEGATIVE_INFINITY;
  let ties = 0;
  for (let a = 0; a < n; a++) {
    if (mask !== undefined && mask[a] !== 1) continue;
    const v = q[base + a];
    legal++;
    sum += v;
    if (v > max) {
      max = v;
      ties = 1;
    } else if (v === max) {
      ties++;
    }
  }
  if (legal === 0) return 0;
  // ε·mean(Q) + (1 − ε)·max: the tied maxima each get (1 − ε)/k, and k·max/k = max.
  return (epsilon * sum) / legal + (1 - epsilon) * (ties > 0 ? max : 0);
}

export class ExpectedSarsaAgent extends TabularAgent {
  readonly kind = 'expected-sarsa' as const;

  learn(t: Transition<number>): void {
    this.checkTransition(t);
    const s = t.observation;
    const a = t.action;
    const { alpha, gamma } = this.live;
    const q = this.q;
    const nA = this.nActions;
    const i = s * nA + a;
    const target = t.terminated
      ? t.reward
      : t.reward + gamma * expectedValue(q, t.nextObservation * nA, nA, this.eps, t.nextActionMask);
    const before = q[i];
    q[i] = before + alpha * (target - before);
    if (this.record !== null) this.record.write(s, a, t.reward, target, alpha, before, q[i]);
    this.count(t);
  }

  static fromJSON(json: unknown): ExpectedSarsaAgent {
    return TabularAgent.load(
      (c: TabularOptions) => new ExpectedSarsaAgent(c),
      'expected-sarsa',
      NO_EXTRA,
      json,
    );
  }
}
