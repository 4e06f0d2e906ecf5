/**
 * SARSA(λ) (Sutton & Barto §12.7), tabular, with sparse eligibility traces (see lambda-agent.ts):
 *
 *   δ = R + γ Q(S′,A′) − Q(S,A),  A′ the next action actually taken;  traces decay by γλ every step.
 *
 * With λ = 0 it is SARSA exactly. Defaults: λ = 0.9, replacing traces, ε = 0.1, α = 0.1, γ = 0.9.
 */
import { LAMBDA_EXTRA, LambdaAgent, type LambdaParams } from './lambda-agent.ts';
import { TabularAgent, type TabularOptions } from './tabular.ts';
import type { Transition } from './types.ts';

export class SarsaLambdaAgent extends LambdaAgent {
  readonly kind = 'sarsa-lambda' as const;

  protected bootstrapTarget(t: Transition<number>, a2: number): number {
    return t.reward + this.live.gamma * this.q[t.nextObservation * this.nActions + a2];
  }

  protected decayFor(): number {
    return this.live.gamma * this.live.lambda;
  }

  static fromJSON(json: unknown): SarsaLambdaAgent {
    return TabularAgent.load(
      (c: TabularOptions<LambdaParams>) => new SarsaLambdaAgent(c),
      'sarsa-lambda',
      LAMBDA_EXTRA,
      json,
    );
  }
}
