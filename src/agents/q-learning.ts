/**
 * Tabular Q-learning (Watkins), the agent of the posts' grid maze.
 * Off-policy: it behaves ε-greedily but learns the greedy policy's values.
 */
import { TabularAgent, type TabularConfig } from './tabular.ts';
import type { Transition } from './types.ts';

export class QLearningAgent extends TabularAgent {
  readonly kind = 'q-learning' as const;

  learn(t: Transition<number>): void {
    this.checkTransition(t);
    const { alpha, gamma } = this.live;
    const q = this.q;
    const i = t.observation * this.nActions + t.action;
    // Terminal transitions do not bootstrap (V(terminal) = 0); truncated ones do: the state goes on.
    const target = t.terminated ? t.reward : t.reward + gamma * this.maxQ(t.nextObservation);
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
