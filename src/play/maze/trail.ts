/**
 * The current episode's trail as a preallocated ring (no allocation per step): the cells the agent
 * entered, each with flags saying whether the move was exploratory (not among the greedy actions
 * at the time) and whether it fell off a cliff. The scene draws the most recent part.
 */

/** The move into this cell was not greedy: ε-greedy exploration. */
export const TRAIL_EXPLORE = 1;
/** The agent stepped onto a cliff here (the next point, S, is a jump, not a move). */
export const TRAIL_FELL = 2;
/** This point was reached without moving (episode start, or back at S after a fall). */
export const TRAIL_JUMP = 4;
/** Every action was tied in the cell moved from (Q never updated there): no preference yet. */
export const TRAIL_UNDECIDED = 8;

export class Trail {
  readonly capacity: number;
  private readonly cells: Int32Array;
  private readonly flags: Uint8Array;
  /** Points pushed since the last clear (may exceed capacity; only the last `capacity` are kept). */
  private count = 0;
  /** Exploratory moves in the current episode (all of them, not only those still in the ring). */
  explored = 0;
  /** Moves in the current episode. */
  moves = 0;

  constructor(capacity = 4096) {
    this.capacity = capacity;
    this.cells = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
  }

  clear(): void {
    this.count = 0;
    this.explored = 0;
    this.moves = 0;
  }

  /** Start an episode at `cell`. */
  start(cell: number): void {
    this.clear();
    this.push(cell, TRAIL_JUMP);
  }

  push(cell: number, flags: number): void {
    const i = this.count % this.capacity;
    this.cells[i] = cell;
    this.flags[i] = flags;
    this.count++;
  }

  /** Record one env step: `entered` is the cell moved into (the cliff cell on a fall), `start` is S. */
  move(entered: number, exploratory: boolean, fell: boolean, start: number, undecided = false): void {
    this.moves++;
    if (exploratory) this.explored++;
    this.push(
      entered,
      (exploratory ? TRAIL_EXPLORE : 0) | (fell ? TRAIL_FELL : 0) | (undecided ? TRAIL_UNDECIDED : 0),
    );
    if (fell) this.push(start, TRAIL_JUMP);
  }

  /** Points kept (at most `capacity`). */
  get length(): number {
    return Math.min(this.count, this.capacity);
  }

  /** Cell of the i-th kept point, oldest first. */
  cell(i: number): number {
    return this.cells[(this.count - this.length + i) % this.capacity];
  }

  flag(i: number): number {
    return this.flags[(this.count - this.length + i) % this.capacity];
  }
}
