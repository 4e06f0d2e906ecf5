/**
 * The last TD update written to each state's row of a Q-table, for the maze's cell inspector
 * ("target 0.81 = r + γ·max Q(s′), δ = 0.3, α = 0.1, 0.5 → 0.53"). Off by default: a scene that
 * shows it sets `agent.record = new UpdateRecord(agent.nStates)`. Recording is a handful of
 * typed-array writes per update and never allocates.
 *
 * Real updates only: Dyna's planning updates change Q too, but they are counted, not recorded
 * (the inspector explains the step the agent took). For the λ methods the record is the update
 * of the (S, A) just visited; traces spread the same δ to the other traced cells.
 */
export class UpdateRecord {
  readonly nStates: number;
  /** The action of the last update to the state's row, or −1 if none yet. */
  readonly action: Int32Array;
  /** The TD target (R + γ·…) of that update. */
  readonly target: Float64Array;
  /** δ = target − Q(S, A) before the update. */
  readonly tdError: Float64Array;
  /** α used (for Double Q and the λ methods the effective step applied to Q(S, A)). */
  readonly alpha: Float64Array;
  /** Q(S, A) before and after. */
  readonly before: Float64Array;
  readonly after: Float64Array;
  /** Updates applied to the state's row so far (since recording started). */
  readonly updates: Uint32Array;
  /** The reward of that transition. */
  readonly reward: Float64Array;

  constructor(nStates: number) {
    this.nStates = nStates;
    this.action = new Int32Array(nStates).fill(-1);
    this.target = new Float64Array(nStates);
    this.tdError = new Float64Array(nStates);
    this.alpha = new Float64Array(nStates);
    this.before = new Float64Array(nStates);
    this.after = new Float64Array(nStates);
    this.updates = new Uint32Array(nStates);
    this.reward = new Float64Array(nStates);
  }

  write(
    s: number,
    a: number,
    reward: number,
    target: number,
    alpha: number,
    before: number,
    after: number,
  ): void {
    this.action[s] = a;
    this.reward[s] = reward;
    this.target[s] = target;
    this.tdError[s] = target - before;
    this.alpha[s] = alpha;
    this.before[s] = before;
    this.after[s] = after;
    this.updates[s]++;
  }
}
