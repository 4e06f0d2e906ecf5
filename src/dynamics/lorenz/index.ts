/**
 * The Lorenz system (SPEC §3): vector field, RK4, Lyapunov spectrum by the QR method,
 * bifurcation-diagram data, classification and the closed-form landmarks the attractor scene shows.
 *
 *   dx/dt = −σx + σy,   dy/dt = −xz + rx − y,   dz/dt = xy − bz
 *
 * One idea per file: params (types and classic values), vector-field, rk4, tangent-qr (the
 * Lyapunov kernel), lyapunov (the run), rk4-step-jacobian, sweep (swept values),
 * bifurcation/ (the z-maxima kernel and the diagram), lyapunov-sweep, classify, landmarks, errors.
 *
 * Nothing here touches Phaser or the DOM; randomness only through `Rng` with an explicit seed.
 */
export { type Eigenvalues3, eigenvalues3 } from '../eig3.ts';
export {
  BIFURCATION_DEFAULTS,
  type BifurcationColumn,
  type BifurcationDiagram,
  type BifurcationOptions,
  bifurcationColumns,
  bifurcationDiagram,
  zMaxima,
} from './bifurcation/diagram.ts';
export { type Behaviour, classifySpectrum, ZERO_EXPONENT_NOISE, zeroExponentTolerance } from './classify.ts';
export { LorenzBlowUpError } from './errors.ts';
export { fixedPoints, hopfR, jacobianEigenvalues } from './landmarks.ts';
export { LYAPUNOV_DEFAULTS, type LyapunovOptions, LyapunovRun, lyapunovSpectrum } from './lyapunov.ts';
export { type LyapunovSweepOptions, type LyapunovSweepPoint, lyapunovSweep } from './lyapunov-sweep.ts';
export {
  CLASSIC,
  CLASSIC_SPECTRUM,
  type LorenzParams,
  type Spectrum,
  type SweepParam,
  type Vec3,
} from './params.ts';
export { rk4Step } from './rk4.ts';
export { rk4StepJacobian } from './rk4-step-jacobian.ts';
export { type SweepOptions, sweepValues } from './sweep.ts';
export { lorenzField, lorenzJacobian } from './vector-field.ts';
