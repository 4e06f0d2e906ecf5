/**
 * Reaction–diffusion (SPEC §4): model and presets, ODE sims 1–2, 2-D grid sim 3, linear and
 * numerical stability, pattern spectrum. Pure TypeScript: runs in Node, a worker and the page.
 */
export {
  type Boundary,
  type GridStatus,
  RdGrid,
  type RdGridOptions,
  type RdInit,
  type UnstablePolicy,
} from './grid.ts';
export * from './model.ts';
export { measurePeriod, type PeriodOptions, type PeriodResult, RdOde, UpCrossingTimer } from './ode.ts';
export { radialSpectrum, type Spectrum } from './spectrum.ts';
export {
  checkStability,
  type DispersionOptions,
  dispersion,
  dispersionCurve,
  type FastestMode,
  fastestMode,
  type StabilityOptions,
  type StabilityReport,
  steadyJacobian,
} from './stability.ts';
