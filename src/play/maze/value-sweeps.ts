/**
 * Value iteration one sweep at a time, as REINFORCEjs's DP demo steps it: V_0 = 0, and each Sweep
 * computes every V_{k+1}(s) = max_a [r + γ·V_k(s′)] from V_k (Jacobi), so the user watches the
 * goal's value flow back one cell per sweep. The sweeps follow the maze and the agent's γ: new walls,
 * rewards or γ start them again from V_0 = 0, and say why until the next sweep.
 */
import { type MazeModel, ValueIterationSweeper } from '../../agents/dp/index.ts';
import { DP_MAX_SWEEPS, dpTolerance } from './reference.ts';

/** Why the sweeps started again on their own: γ changed, or the maze (walls, rewards). */
export type SweepReset = 'gamma' | 'maze' | null;

export class SweepStepper {
  private sweeper: ValueIterationSweeper | null = null;
  /** The user has swept, run or reset: the overlay shows V_k (else V*). */
  stepping = false;
  /** Why the sweeps went back to V_0 = 0 by themselves, until the user sweeps again. */
  resetBy: SweepReset = null;
  /** The residual below which V_k counts as converged (scaled to the rewards). */
  tolerance = 0;

  /** Sweep on `model` with `gamma`; a change starts again from V_0 = 0. True when it did. */
  follow(model: MazeModel, gamma: number): boolean {
    const s = this.sweeper;
    if (s && s.model === model && s.gamma === gamma) return false;
    if (s && this.stepping && s.sweeps > 0) this.resetBy = s.model !== model ? 'maze' : 'gamma';
    this.sweeper = new ValueIterationSweeper(model, gamma);
    this.tolerance = dpTolerance(model);
    return true;
  }

  private get current(): ValueIterationSweeper {
    if (!this.sweeper) throw new Error('SweepStepper: follow() a maze first');
    return this.sweeper;
  }

  get sweeps(): number {
    return this.sweeper?.sweeps ?? 0;
  }

  /** max_s |V_k(s) − V_{k−1}(s)| of the last sweep; Infinity before the first. */
  get residual(): number {
    return this.sweeper?.residual ?? Number.POSITIVE_INFINITY;
  }

  get converged(): boolean {
    return this.residual <= this.tolerance;
  }

  /** V_k, and Q_k(s, a) = r + γ·V_{k−1}(s′) of the last sweep (its greedy actions). */
  get v(): Float64Array {
    return this.current.v;
  }

  get q(): Float64Array {
    return this.current.q;
  }

  /** One Jacobi sweep; returns the residual. */
  sweep(): number {
    this.stepping = true;
    this.resetBy = null;
    return this.current.sweep();
  }

  /** Sweep until converged (or DP_MAX_SWEEPS more have not settled it); returns the sweeps run. */
  run(): number {
    this.stepping = true;
    this.resetBy = null;
    const s = this.current;
    let n = 0;
    while (!(s.residual <= this.tolerance) && n < DP_MAX_SWEEPS) {
      s.sweep();
      n++;
      if (!Number.isFinite(s.residual)) break;
    }
    return n;
  }

  /** Back to V_0 = 0 (the overlay then shows V_0, waiting for sweeps). */
  reset(): void {
    this.stepping = true;
    this.resetBy = null;
    this.current.reset();
  }
}
