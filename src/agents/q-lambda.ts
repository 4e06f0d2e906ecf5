/**
 * Watkins's Q(λ) (Sutton & Barto §12.10), tabular, with sparse eligibility traces (see
 * lambda-agent.ts):
 *
 *   δ = R + γ max_a Q(S′,a) − Q(S,A);
 *   traces decay by γλ while the next action A′ is greedy, and are cut to 0 after an exploratory
 *   one (Q(S′,A′) < max_a Q(S′,a)): from then on the behaviour no longer follows the greedy policy
 *   whose values are learned. A′ tied at the maximum counts as greedy.
 *
 * With λ = 0 its Q updates are Q-learning's. Defaults: λ = 0.9, replacing traces, ε = 0.1, α = 0.1,
 * γ = 0.9.
 */
import { LAMBDA_EXTRA, LambdaAgent, type LambdaParams } from './lambda-agent.ts';
import { TabularAgent, type TabularOptions } from './tabular.ts';
import type { Transition } from './types.ts';

export class QLambdaAgent extends LambdaAgent {
  readonly kind = 'q-lambda' as const;

  protected bootstrapTarget(t: Transition<number>): number {
    return t.reward + this.live.gamma * this.maxQ(t.nextObservation, t.nextActionMask);
  }

  protected decayFor(t: Transition<number>, a2: number): number {
    const s2 = t.nextObservation;
    const greedy = this.q[s2 * this.nActions + a2] === this.maxQ(s2, t.nextActionMask);
    return greedy ? this.live.gamma * this.live.lambda : 0; // Watkins: cut after an exploratory A′
  }

  static fromJSON(json: unknown): QLambdaAgent {
    return TabularAgent.load(
      (c: TabularOptions<LambdaParams>) => new QLambdaAgent(c),
      'q-lambda',
      LAMBDA_EXTRA,
      json,
    );
  }
}
