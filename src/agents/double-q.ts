/**
 * Double Q-learning (van Hasselt 2010; Sutton & Barto §6.7). Two tables: each update picks one at
 * random (probability ½, from the agent's generator) and evaluates that table's greedy action with
 * the other table, which removes Q-learning's maximization bias (Example 6.7, Figure 6.5):
 *
 *   with prob. ½:  A* = argmax_a Q1(S′,a);  Q1(S,A) ← Q1(S,A) + α (R + γ Q2(S′,A*) − Q1(S,A))
 *   else:          A* = argmax_a Q2(S′,a);  Q2(S,A) ← Q2(S,A) + α (R + γ Q1(S′,A*) − Q2(S,A))
 *
 * It acts ε-greedily on Q1 + Q2, which `q` holds (kept equal to q1 + q2 cell by cell), so the
 * inherited greedy and ε-greedy code, the maze's arrows and heat map read the sum. Ties in argmax
 * are broken at random (the generator is drawn only on a tie); a terminal transition does not
 * bootstrap, so it draws no argmax.
 *
 * Defaults (`TABULAR_DEFAULTS`): ε = 0.1, α = 0.1, γ = 0.9, Q₀ = 0 in both tables (so the sum
 * starts at 2·Q₀), constant ε.
 */
import { z } from 'zod';
import { finiteNumbers, oneProblem, parseWith } from './saved-agent.ts';
import { argmaxRandomTie, TabularAgent, type TabularOptions } from './tabular.ts';
import { NO_EXTRA } from './tabular-config.ts';
import type { Transition } from './types.ts';

export class DoubleQAgent extends TabularAgent {
  readonly kind = 'double-q' as const;
  readonly q1: Float64Array;
  readonly q2: Float64Array;

  constructor(options: TabularOptions) {
    super(options);
    this.q1 = new Float64Array(this.q.length).fill(this.config.initialQ);
    this.q2 = new Float64Array(this.q.length).fill(this.config.initialQ);
    this.q.fill(2 * this.config.initialQ);
  }

  learn(t: Transition<number>): void {
    this.checkTransition(t);
    const s = t.observation;
    const a = t.action;
    const nA = this.nActions;
    const i = s * nA + a;
    const { alpha, gamma } = this.live;
    const first = this.rng.random() < 0.5;
    const updated = first ? this.q1 : this.q2;
    const other = first ? this.q2 : this.q1;
    let target = t.reward;
    if (!t.terminated) {
      const base = t.nextObservation * nA;
      const best = argmaxRandomTie(updated, base, nA, this.rng, t.nextActionMask);
      if (best < 0) this.noLegalAction();
      target += gamma * other[base + best]; // the other table evaluates the updated table's choice
    }
    const before = updated[i];
    updated[i] = before + alpha * (target - before);
    this.q[i] = this.q1[i] + this.q2[i];
    if (this.record !== null) this.record.write(s, a, t.reward, target, alpha, before, updated[i]);
    this.count(t);
  }

  protected override extraState(): Record<string, unknown> {
    return { q1: Array.from(this.q1), q2: Array.from(this.q2) };
  }

  protected override restoreExtraState(state: Record<string, unknown>, what: string): void {
    const saved = parseWith(z.looseObject({ q1: finiteNumbers, q2: finiteNumbers }), state, what, ['state']);
    for (const key of ['q1', 'q2'] as const) {
      if (saved[key].length !== this.q.length) {
        throw oneProblem(
          what,
          {
            path: ['state', key],
            kind: 'length-mismatch',
            values: {
              length: saved[key].length,
              dims: ['nStates', 'nActions'],
              sizes: [this.nStates, this.nActions],
            },
          },
          `state.${key}: has ${saved[key].length} values, but nStates × nActions = ${this.q.length}`,
        );
      }
    }
    this.q1.set(saved.q1);
    this.q2.set(saved.q2);
    for (let i = 0; i < this.q.length; i++) this.q[i] = this.q1[i] + this.q2[i];
  }

  static fromJSON(json: unknown): DoubleQAgent {
    return TabularAgent.load((c: TabularOptions) => new DoubleQAgent(c), 'double-q', NO_EXTRA, json);
  }
}
