/**
 * Tabular SARSA: on-policy TD control, the classic comparison to Q-learning
 * (Sutton & Barto, §6.4–6.5: on the cliff it learns the safe path, Q-learning the edge).
 *
 * The one piece of state carried between calls: SARSA's target needs the next action A′, which is
 * also the action the agent must then take. So `learn` draws A′ ε-greedily from S′ with the current
 * ε and commits to it; the next `act(S′)` returns that committed action instead of drawing again.
 * The commitment is dropped at the end of an episode and whenever `act` is asked about another
 * state (for example after the scene moved the agent).
 */
import { TabularAgent, type TabularConfig } from './tabular.ts';
import { countTransition, type Transition } from './types.ts';

const NONE = -1;

export class SarsaAgent extends TabularAgent {
  readonly kind = 'sarsa' as const;
  /** The committed next action A′ and the state S′ it was drawn for, or NONE. */
  private committedAction = NONE;
  private committedState = NONE;

  override act(s: number): number {
    if (this.committedAction !== NONE && this.committedState === s) {
      const a = this.committedAction;
      this.committedAction = NONE;
      return a;
    }
    this.committedAction = NONE;
    return super.act(s);
  }

  learn(t: Transition<number>): void {
    const s = t.observation;
    const a0 = t.action;
    const s2 = t.nextObservation;
    const nS = this.nStates;
    // An index outside the table would corrupt another cell (see QLearningAgent.learn).
    if (s >>> 0 !== s || s >= nS || s2 >>> 0 !== s2 || s2 >= nS || a0 >>> 0 !== a0 || a0 >= this.nActions) {
      this.checkTransition(t);
    }
    const { alpha, gamma } = this.live;
    const q = this.q;
    const i = t.observation * this.nActions + t.action;
    let target = t.reward;
    if (!t.terminated) {
      const next = super.act(t.nextObservation);
      // Q(S,A) ← Q(S,A) + α (R + γ Q(S′,A′) − Q(S,A)), with A′ the action actually taken next
      target += gamma * q[t.nextObservation * this.nActions + next];
      if (!t.truncated) {
        this.committedAction = next;
        this.committedState = t.nextObservation;
      }
    }
    q[i] += alpha * (target - q[i]);
    if (t.terminated || t.truncated) this.committedAction = NONE;
    countTransition(this.provenance, t);
  }

  protected override extraState(): Record<string, unknown> {
    return { committedAction: this.committedAction, committedState: this.committedState };
  }

  protected override restoreExtraState(state: Record<string, unknown>): void {
    const a = state.committedAction;
    const s = state.committedState;
    if (
      Number.isInteger(a) &&
      Number.isInteger(s) &&
      (a as number) < this.nActions &&
      (s as number) < this.nStates
    ) {
      this.committedAction = a as number;
      this.committedState = s as number;
    }
  }

  static fromJSON(json: unknown): SarsaAgent {
    return TabularAgent.load(SarsaAgent as new (c: TabularConfig) => SarsaAgent, 'sarsa', json);
  }
}
