/**
 * The page's end of Turbo, for every session that trains in the worker (maze and jump): starts the
 * backend with the agents, counts the snapshots it sends back (rate over windows of about a second),
 * forwards params, and stops it within a time limit. What a snapshot means (a Q mirror, θ, charts)
 * is the session's business; this file only moves and counts.
 */
import type { TurboInit, TurboParamsChange, TurboSnapshot } from '../../train/turbo.ts';
import type { TurboBackend, TurboResult } from './turbo-client.ts';

export interface TurboStats {
  /** Env steps per second in the worker (its last batch). */
  stepsPerSecond: number;
  /** Snapshots received since the start. */
  snapshots: number;
  /** `now()` of the last snapshot. */
  lastSnapshotAt: number;
  /** Measured over windows of about a second; NaN until the first window closes. */
  snapshotsPerSecond: number;
  /** Per lane: index of the worker's next episode, and its steps since the start. */
  episodes: number[];
  steps: number[];
}

export interface TurboLinkOptions {
  create: () => TurboBackend;
  now: () => number;
  /** Milliseconds between snapshots asked of the worker. */
  snapshotMs: number;
  /** How long `stop` waits for the agents before giving up. */
  stopTimeoutMs: number;
  onSnapshot: (snapshot: TurboSnapshot) => void;
  onError: (message: string) => void;
}

/** Snapshot rates are measured over windows at least this long (ms). */
const RATE_WINDOW_MS = 1000;

export class TurboLink {
  /** Training in the worker (started and not stopped or failed). */
  running = false;
  readonly stats: TurboStats = {
    stepsPerSecond: 0,
    snapshots: 0,
    lastSnapshotAt: 0,
    snapshotsPerSecond: Number.NaN,
    episodes: [],
    steps: [],
  };
  private backend: TurboBackend | null = null;
  /** Set while a stop is under way: late snapshots of the old run are ignored. */
  private stopping = false;
  private readonly window = { start: 0, count: 0 };

  constructor(private readonly options: TurboLinkOptions) {}

  /** Whether params sent now reach the running worker. */
  get live(): boolean {
    return this.running && !this.stopping;
  }

  start(init: TurboInit): void {
    if (!this.backend) {
      const backend = this.options.create();
      backend.onSnapshot = (snap) => this.receive(snap);
      backend.onError = (message) => {
        if (!this.running) return;
        this.running = false;
        this.options.onError(message);
      };
      this.backend = backend;
    }
    const s = this.stats;
    s.episodes = init.lanes.map((l) => l.firstEpisode);
    s.steps = init.lanes.map(() => 0);
    s.snapshots = 0;
    s.snapshotsPerSecond = Number.NaN;
    s.lastSnapshotAt = this.options.now();
    this.window.start = s.lastSnapshotAt;
    this.window.count = 0;
    this.running = true;
    this.backend.start(init, this.options.snapshotMs);
  }

  /** Live params for the worker's next batch (ignored when not running). */
  setParams(change: TurboParamsChange): void {
    if (this.live) this.backend?.setParams(change);
  }

  /**
   * Stop the worker and get the agents back, or null when it does not answer within the time limit
   * (the backend is then dropped; the next start makes a new one).
   */
  async stop(): Promise<TurboResult | null> {
    const backend = this.backend;
    if (!backend || !this.running) return null;
    this.stopping = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), this.options.stopTimeoutMs);
    });
    const result = await Promise.race([backend.stop(), timeout]);
    clearTimeout(timer);
    this.stopping = false;
    this.running = false;
    if (!result) {
      backend.dispose();
      this.backend = null;
    }
    return result;
  }

  dispose(): void {
    this.running = false;
    this.backend?.dispose();
    this.backend = null;
  }

  private receive(snap: TurboSnapshot): void {
    if (!this.live) return;
    const s = this.stats;
    // Snapshots per second over windows of about a second: messages can arrive in bursts when
    // the page is busy, so instantaneous rates would mislead.
    const t = this.options.now();
    const w = this.window;
    w.count++;
    if (t - w.start >= RATE_WINDOW_MS) {
      s.snapshotsPerSecond = (w.count * 1000) / (t - w.start);
      w.start = t;
      w.count = 0;
    }
    s.lastSnapshotAt = t;
    s.snapshots++;
    snap.lanes.forEach((lane, i) => {
      s.episodes[i] = lane.episodes;
      s.steps[i] = lane.steps;
    });
    s.stepsPerSecond = snap.stepsPerSecond;
    this.options.onSnapshot(snap);
  }
}
