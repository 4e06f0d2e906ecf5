/**
 * How a session applies what changed, written once for the maze and the jump sessions. The panel
 * writes the settings store and buttons queue actions; at the start of every frame `sync()`
 * compares the store with what was applied and applies the difference before any step:
 *
 * - params (ε, α, η…) at once, to the page's agents and to the worker for its next batch;
 * - structural changes (a new maze, a new mode, Compare) and queued actions need the real agents.
 *   In Turbo the agents live in the worker, so those first bring them home (asynchronously: the
 *   session is `switching` meanwhile and the next sync applies them);
 * - and Turbo starts once nothing is pending and the settings ask for it.
 */

/** What a session supplies: its rules for the settings `S`, and its Turbo hand-over. */
export interface SyncHost<S> {
  readonly disposed: boolean;
  readonly turboRunning: boolean;
  /** Whether `s` changes something that needs the agents at home. */
  structural(s: S): boolean;
  /** Apply live params (cheap; called whenever the store changed). */
  applyParams(s: S): void;
  /** Apply the rest of a changed store (agents at home). */
  applyStructure(s: S): void;
  wantTurbo(s: S): boolean;
  startTurbo(): void;
  /** Stop the worker and continue with the agents it hands back. */
  bringHome(): Promise<void>;
}

export class SettingsSync<S> {
  private seen: S | null = null;
  private readonly ops: (() => void)[] = [];
  private pending: Promise<void> | null = null;

  constructor(
    private readonly store: { getState(): S },
    private readonly host: SyncHost<S>,
  ) {}

  /** An asynchronous hand-over is under way (actions wait for it). */
  get busy(): boolean {
    return this.pending !== null;
  }

  /** Run `op` at the next sync, with the agents at home. */
  queue(op: () => void): void {
    this.ops.push(op);
  }

  /** The store as it is now has been applied (a session that wrote it to match its agents). */
  markApplied(): void {
    this.seen = this.store.getState();
  }

  /** Track an asynchronous hand-over; sync does nothing until it is done. */
  track(work: Promise<void>): void {
    this.pending = work.finally(() => {
      this.pending = null;
    });
  }

  sync(): void {
    const host = this.host;
    if (this.pending || host.disposed) return;
    const s = this.store.getState();
    const changed = s !== this.seen;
    const structural = this.ops.length > 0 || (changed && host.structural(s));
    if (changed) host.applyParams(s);
    if (host.turboRunning && (structural || !host.wantTurbo(s))) {
      this.track(host.bringHome());
      return;
    }
    if (changed) {
      this.seen = s;
      host.applyStructure(s);
    }
    while (this.ops.length > 0) this.ops.shift()?.();
    if (!host.turboRunning && host.wantTurbo(this.store.getState())) host.startTurbo();
  }

  /** Resolves once every pending change has been applied (for tests and for shutdown). */
  async settle(): Promise<void> {
    for (let i = 0; i < 20; i++) {
      this.sync();
      if (this.pending) {
        await this.pending;
        continue;
      }
      if (this.store.getState() === this.seen && this.ops.length === 0) return;
    }
  }

  /** Wait for a hand-over under way, if any. */
  async idle(): Promise<void> {
    if (this.pending) await this.pending;
  }
}
