/**
 * Tabular Q-learning (Watkins), the agent of the posts' grid maze (Sutton & Barto §6.5).
 * Off-policy: it behaves ε-greedily but learns the greedy policy's values.
 *
 * Defaults (`TABULAR_DEFAULTS`): ε = 0.1, α = 0.1, γ = 0.9, Q₀ = 0, constant ε.
 */
import { TabularAgent, type TabularOptions } from './tabular.ts';
import { NO_EXTRA } from './tabular-config.ts';
import type { Transition } from './types.ts';

export class QLearningAgent extends TabularAgent {
  readonly kind = 'q-learning' as const;

  learn(t: Transition<number>): void {
    const s = t.observation;
    const a = t.action;
    const s2 = t.nextObservation;
    const nS = this.nStates;
    // An index outside the table would corrupt another cell: one cheap branch for all three checks.
    if (s >>> 0 !== s || s >= nS || s2 >>> 0 !== s2 || s2 >= nS || a >>> 0 !== a || a >= this.nActions) {
      this.checkTransition(t);
    }
    const { alpha, gamma } = this.live;
    const q = this.q;
    const i = s * this.nActions + a;
    // Terminal transitions do not bootstrap (V(terminal) = 0); truncated ones do: the state goes on.
    const target = t.terminated ? t.reward : t.reward + gamma * this.maxQ(s2, t.nextActionMask);
    const before = q[i];
    // Q(S,A) ← Q(S,A) + α (R + γ max_a' Q(S',a') − Q(S,A))
    q[i] = before + alpha * (target - before);
    if (this.record !== null) this.record.write(s, a, t.reward, target, alpha, before, q[i]);
    this.count(t);
  }

  static fromJSON(json: unknown): QLearningAgent {
    return TabularAgent.load((c: TabularOptions) => new QLearningAgent(c), 'q-learning', NO_EXTRA, json);
  }
}
