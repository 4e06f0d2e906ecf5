/** Building the sim the settings ask for, and what of the settings a running sim depends on. */
import { RD_PRESETS } from '../../dynamics/rd/index.ts';
import { modelParams, type RdSettings } from '../../state/rd-settings.ts';
import { GridSim } from './grid-sim.ts';
import { OdeSim } from './ode-sim.ts';
import type { RdRunState, RdSim } from './run-state.ts';

/**
 * A new sim for the settings. A grid of the same sim and size (a new boundary or stability policy)
 * takes over the old grid's field (`carried`); any other new grid starts from seeded noise.
 * Throws the grid's RangeError when the stability policy refuses the dt, the model's when the
 * parameters have no steady state.
 */
export function buildSim(s: RdSettings, old?: RdSim, prev?: RdSettings): { sim: RdSim; carried: boolean } {
  const p = modelParams(s);
  if (RD_PRESETS[s.sim].kind === 'ode') return { sim: new OdeSim(s.sim, p, s.dt), carried: false };
  const carry = old?.kind === 'pde' && prev?.sim === s.sim && old.canCarryInto(s) ? old : undefined;
  const sim = new GridSim(s.sim, p, s, carry);
  if (!carry) sim.reset(s.noise, s.seed);
  return { sim, carried: carry !== undefined };
}

/** Whether the settings change needs a new sim (another sim, or another grid shape or policy). */
export function needsRebuild(sim: RdSim, prev: RdSettings, s: RdSettings): boolean {
  if (s.sim !== prev.sim) return true;
  return (
    sim.kind === 'pde' &&
    (s.gridSize !== prev.gridSize || s.boundary !== prev.boundary || s.onUnstable !== prev.onUnstable)
  );
}

/** The run state's facts that follow the running sim's parameters. */
export function paramFacts(sim: RdSim): Pick<RdRunState, 'params' | 'steady' | 'fastest'> {
  return { params: { ...sim.params }, steady: sim.steady, fastest: sim.kind === 'pde' ? sim.fastest : null };
}

export function modelChanged(a: RdSettings, b: RdSettings): boolean {
  return (
    a.a !== b.a ||
    a.b !== b.b ||
    a.c !== b.c ||
    a.r !== b.r ||
    a.K !== b.K ||
    a.n !== b.n ||
    a.hill !== b.hill ||
    a.Du !== b.Du ||
    a.Dv !== b.Dv ||
    a.crossDiffusion !== b.crossDiffusion
  );
}
