/**
 * Tabular SARSA: on-policy TD control, the classic comparison to Q-learning
 * (Sutton & Barto, §6.4–6.5: on the cliff it learns the safe path, Q-learning the edge).
 *
 * Defaults (`TABULAR_DEFAULTS`): ε = 0.1, α = 0.1, γ = 0.9, Q₀ = 0, constant ε.
 *
 * The one piece of state carried between calls: SARSA's target needs the next action A′, which is
 * also the action the agent must then take. So `learn` draws A′ ε-greedily from S′ (over the legal
 * actions of `nextActionMask`) and commits to it; the next `act(S′)` returns that committed action
 * instead of drawing again. The commitment is dropped at the end of an episode and whenever `act` is
 * asked about another state (for example after the scene moved the agent).
 */
import { TabularAgent, type TabularOptions } from './tabular.ts';
import { NO_EXTRA } from './tabular-config.ts';
import type { Transition } from './types.ts';

export class SarsaAgent extends TabularAgent {
  readonly kind = 'sarsa' as const;

  learn(t: Transition<number>): void {
    const s = t.observation;
    const a = t.action;
    const s2 = t.nextObservation;
    const nS = this.nStates;
    // An index outside the table would corrupt another cell (see QLearningAgent.learn).
    if (s >>> 0 !== s || s >= nS || s2 >>> 0 !== s2 || s2 >= nS || a >>> 0 !== a || a >= this.nActions) {
      this.checkTransition(t);
    }
    const { alpha, gamma } = this.live;
    const q = this.q;
    const i = s * this.nActions + a;
    let target = t.reward;
    if (!t.terminated) {
      const next = this.behave(s2, t.nextActionMask);
      // Q(S,A) ← Q(S,A) + α (R + γ Q(S′,A′) − Q(S,A)), with A′ the action actually taken next
      target += gamma * q[s2 * this.nActions + next];
      if (!t.truncated) this.commit(s2, next);
    }
    const before = q[i];
    q[i] = before + alpha * (target - before);
    if (this.record !== null) this.record.write(s, a, t.reward, target, alpha, before, q[i]);
    this.count(t);
  }

  static fromJSON(json: unknown): SarsaAgent {
    return TabularAgent.load((c: TabularOptions) => new SarsaAgent(c), 'sarsa', NO_EXTRA, json);
  }
}
