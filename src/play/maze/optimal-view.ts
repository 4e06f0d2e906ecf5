/**
 * The maze's optimal reference as the page shows it: whether the board shows the agent's values or
 * the DP values (key O), the value-iteration sweeps the user steps (Sweep, Run to convergence,
 * Reset), and the agent's distance from its reference. It follows the maze and the agent's γ every
 * frame; the scene and the panel only draw what it holds and call its actions. No Phaser, no DOM.
 */

import {
  type DpMaze,
  ModelCache,
  type Optimal,
  OptimalCache,
  type ReferenceSource,
  ReferenceTracker,
} from './reference.ts';
import type { MazeSession } from './session.ts';
import { SweepStepper } from './value-sweeps.ts';

export interface OptimalSource extends ReferenceSource {
  readonly maze: DpMaze;
}

/** The session as the optimal view reads it. */
export function optimalSource(session: MazeSession): OptimalSource {
  return {
    get maze() {
      return session.maze;
    },
    get agent() {
      return session.agent;
    },
    get visits() {
      return session.visits;
    },
    get snapshots() {
      return session.worker.stats.snapshots;
    },
    get turbo() {
      return session.turboRunning;
    },
  };
}

/** What the board draws in place of the agent's values. */
export interface OptimalShown {
  /** 'optimal': V* (converged); 'sweep': V_k of the stepped sweeps. */
  kind: 'optimal' | 'sweep';
  /** V per cell (0 off the live cells). */
  v: Float64Array;
  /** Q per (cell, action): its greedy actions are the arrows. */
  q: Float64Array;
  sweeps: number;
  converged: boolean;
}

/** A user action on the sweeps, for the screen-reader announcement. */
export type SweepAction = 'sweep' | 'run' | 'reset';

export class OptimalView {
  /** Whether the board shows the DP values rather than the agent's. */
  shown = false;
  readonly stepper = new SweepStepper();
  readonly tracker: ReferenceTracker;
  /** The last user action on the sweeps and how many there were (the announcer says each). */
  lastAction: { action: SweepAction; count: number } = { action: 'sweep', count: 0 };
  private readonly models = new ModelCache();
  private readonly optimals = new OptimalCache();
  private optimal_: Optimal | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly source: OptimalSource,
    tracker = new ReferenceTracker(),
  ) {
    this.tracker = tracker;
  }

  /** V* for the maze and γ of the last `follow`. */
  get optimal(): Optimal {
    return this.optimal_ ?? this.follow();
  }

  /** Listen to what the panel shows changing (the overlay switch, sweeps, a reset, a new report). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const l of this.listeners) l();
  }

  /** Follow the maze and the agent's γ (V* from the cache; the sweeps start again on a change). */
  follow(): Optimal {
    const model = this.models.get(this.source.maze);
    const optimal = this.optimals.get(model, this.source.agent.params.gamma);
    const changed = optimal !== this.optimal_;
    this.optimal_ = optimal;
    if (this.stepper.follow(model, optimal.gamma) || changed) this.notify();
    return optimal;
  }

  /** Every frame: follow the maze and γ, and keep the distance report fresh (throttled). */
  update(now: number): void {
    const optimal = this.follow();
    if (this.tracker.update(this.source, optimal, now)) this.notify();
  }

  /** What the board draws when `shown`: V_k once the user steps the sweeps, else V*. */
  values(): OptimalShown {
    const o = this.optimal;
    const s = this.stepper;
    if (!s.stepping) return { kind: 'optimal', v: o.v, q: o.q, sweeps: o.sweeps, converged: o.converged };
    return { kind: 'sweep', v: s.v, q: s.q, sweeps: s.sweeps, converged: s.converged };
  }

  setShown(on: boolean): void {
    if (on === this.shown) return;
    this.shown = on;
    this.notify();
  }

  toggle(): void {
    this.setShown(!this.shown);
  }

  /** One sweep (the board switches to the DP values, to show it). */
  sweep(): void {
    this.follow();
    this.stepper.sweep();
    this.acted('sweep');
  }

  /** Sweep until the residual settles. */
  run(): void {
    this.follow();
    this.stepper.run();
    this.acted('run');
  }

  /** Back to V_0 = 0. */
  reset(): void {
    this.follow();
    this.stepper.reset();
    this.acted('reset');
  }

  private acted(action: SweepAction): void {
    this.shown = true;
    this.lastAction = { action, count: this.lastAction.count + 1 };
    this.notify();
  }
}
