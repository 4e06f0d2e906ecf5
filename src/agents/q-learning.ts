/**
 * Tabular Q-learning (Watkins), the agent of the posts' grid maze.
 * Off-policy: it behaves ε-greedily but learns the greedy policy's values.
 */
import { TabularAgent, type TabularConfig } from './tabular.ts';
import type { Transition } from './types.ts';

export class QLearningAgent extends TabularAgent {
  readonly kind = 'q-learning' as const;

  learn(t: Transition<number>): void {
    const s = t.observation;
    const a = t.action;
    const s2 = t.nextObservation;
    const nS = this.nStates;
    // An index outside the table would corrupt another cell. `x >>> 0 !== x` is true for anything
    // but a whole number in [0, 2^32): one cheap branch for all three checks.
    if (s >>> 0 !== s || s >= nS || s2 >>> 0 !== s2 || s2 >= nS || a >>> 0 !== a || a >= this.nActions) {
      this.checkTransition(t);
    }
    const { alpha, gamma } = this.live;
    const q = this.q;
    const i = s * this.nActions + a;
    // Terminal transitions do not bootstrap (V(terminal) = 0); truncated ones do: the state goes on.
    const target = t.terminated ? t.reward : t.reward + gamma * this.maxQ(s2);
    // Q(S,A) ← Q(S,A) + α (R + γ max_a' Q(S',a') − Q(S,A))
    q[i] += alpha * (target - q[i]);
    const p = this.provenance;
    p.stepsTrained++;
    if (t.terminated || t.truncated) p.episodesTrained++;
  }

  static fromJSON(json: unknown): QLearningAgent {
    return TabularAgent.load(QLearningAgent as new (c: TabularConfig) => QLearningAgent, 'q-learning', json);
  }
}
