/**
 * Sim 3's spectrum requests: about once a second while the field changes, a copy of u goes to the
 * backend (a worker in the page); the result flows into the run state, unless the sim has since
 * been replaced or reset past it.
 */
import type { GridSim } from './grid-sim.ts';
import type { Moved, RdRunStore } from './run-state.ts';
import type { SpectrumBackend } from './spectrum-client.ts';

/** The spectrum is refreshed about this often (wall-clock ms) while the field changes. */
export const SPECTRUM_EVERY_MS = 1000;

export class SpectrumSchedule {
  private sinceMs = 0;
  /** The field state the last request was made for. */
  private requestedFor: Moved | null = null;
  private pending = false;
  private id = 0;
  private disposed = false;

  constructor(
    private readonly backend: SpectrumBackend | undefined,
    private readonly state: RdRunStore,
    private readonly warn: (text: string) => void,
  ) {}

  /** Once per frame of sim 3. */
  tick(sim: GridSim, deltaMs: number): void {
    this.sinceMs += deltaMs;
    if (!this.backend || this.pending || this.sinceMs < SPECTRUM_EVERY_MS) return;
    const st = this.state.getState();
    if (this.requestedFor === st.moved && st.spectrum) return;
    this.sinceMs = 0;
    this.requestedFor = st.moved;
    this.pending = true;
    const grid = sim.grid;
    const t = grid.t;
    const id = ++this.id;
    this.backend
      .compute({ id, field: grid.u.slice(), width: grid.width, height: grid.height, dx: grid.dx })
      .then(
        (r) => {
          this.pending = false;
          // A result for a sim that has since been replaced, or older than a reset, is dropped.
          if (this.disposed || this.state.getState().sim !== sim || t > sim.t) return;
          this.state.setState({ spectrum: { ...r, t, cells: r.wavelength / grid.dx } });
        },
        (e: Error) => {
          this.pending = false;
          if (!this.disposed) this.warn(`Spectrum: ${e.message}`);
        },
      );
  }

  /** Ask at the next frame, even if the field has not changed. */
  requestNow(): void {
    this.sinceMs = SPECTRUM_EVERY_MS;
    this.requestedFor = null;
  }

  dispose(): void {
    this.disposed = true;
    this.backend?.dispose();
  }
}
