/**
 * Errors and reports of the dynamics (src/dynamics: Lorenz and reaction–diffusion), by code. Part of
 * the `errors` catalog (./errors.ts). The English words are the dynamics' own `.message` sentences,
 * so the page and the API say the same.
 */
import { formatSig } from '../../core/format.ts';
import type { DynamicsErrorValues, RdMode, RdStabilityValues } from '../../dynamics/errors.ts';
import type { ErrorMessages } from '../error-values.ts';

const sig6 = (x: number) => formatSig(x, 6);

function modeName(m: RdMode): string {
  if (m.kind === 'checkerboard') return 'the checkerboard mode';
  if (m.kind === 'zigzag') return 'the alternating (zig-zag) mode';
  return `the mode with Laplacian eigenvalue −${formatSig(m.lambda)}`;
}

/** "dt = 0.0005 exceeds the explicit-Euler stability limit 0.0004964 (…): … Use dt ≤ … substeps of …." */
export function unstableDt(v: RdStabilityValues): string {
  const setting = `dx = ${formatSig(v.dx)}, D_u = ${formatSig(v.Du)}, D_v = ${formatSig(v.Dv)}, ${v.dims}-D`;
  return (
    `dt = ${formatSig(v.dt)} exceeds the explicit-Euler stability limit ${formatSig(v.limitDt)} (${setting}): ` +
    `${modeName(v.mode)} grows by ×${formatSig(v.growthFactor)} per step and the run would blow up. ` +
    `Use dt ≤ ${formatSig(v.limitDt)} or ${v.substeps} substeps of ${formatSig(v.dt / v.substeps)}.`
  );
}

export const dynamicsCodes = {
  'lorenz-blow-up': ({ time, dt, sigma, r, b }) =>
    `Lorenz integration blew up (state or tangent frame became NaN/Infinity) at t ≈ ${sig6(time)} for σ=${sig6(sigma)}, r=${sig6(r)}, b=${sig6(b)}` +
    ` with dt=${sig6(dt)}: dt is beyond RK4's stability limit for these parameters, or the` +
    ' parameters make the flow diverge (b < 0, σ < 0, …). Reduce dt or check σ, r, b.',
  'lorenz-param-not-finite': ({ where, name, value }) =>
    `${where}: ${name} must be a finite number, got ${value}`,
  'dynamics-not-positive': ({ where, name, value, allowZero }) =>
    `${where}: ${name} must be a finite number ${allowZero ? '≥' : '>'} 0, got ${value}`,
  'lorenz-initial-invalid': ({ where, values }) =>
    `${where}: initial must be 3 finite numbers, got ${values}`,
  'lorenz-sweep-bounds': ({ from, to }) => `sweepValues: from and to must be finite, got ${from}, ${to}`,
  'lorenz-sweep-count': ({ count }) => `sweepValues: count must be a positive integer, got ${count}`,
  'lorenz-sweep-param': ({ param }) => `sweep: param must be 'sigma', 'r' or 'b', got ${param}`,
  'lorenz-times-order': ({ times }) => `lyapunovSweep: times must increase, got ${times.join(', ')}`,
  'lorenz-start-invalid': ({ start }) => `bifurcation: start must be 'continue' or 'fixed', got ${start}`,
  'lorenz-degenerate-frame': () => 'orthonormalizeFrame: degenerate random frame',
  'rd-grid-size': ({ width, height }) =>
    `RdGrid: width and height must be positive integers, got ${width}×${height}`,
  'rd-grid-cells': ({ n }) => `checkStability: grid size must be ≥ 1, got ${n}`,
  'rd-spectrum-length': ({ length, need }) => `radialSpectrum: field has ${length} values, need ${need}`,
  'rd-no-steady-state': ({ params }) => `reaction–diffusion: no positive steady state for ${params}`,
  'rd-unstable-dt': (v) => unstableDt(v),
  'rd-subdivided': (v) =>
    `${unstableDt(v)} Running each step as ${v.substeps} substeps of ${Number((v.dt / v.substeps).toPrecision(4))}.`,
  'rd-unsafe-dt': (v) => `Unsafe: ${unstableDt(v)}`,
  'rd-blow-up': ({ t, steps, field, value, x, y, stability }) =>
    `Blow-up stopped the run at t ≈ ${t.toPrecision(4)} (step ${steps}): ${field} = ${value} at cell (${x}, ${y}). ` +
    `${stability ? unstableDt(stability) : 'dt passed the linear stability check, so this is a nonlinear runaway (e.g. v crossing 0).'} Reset to continue.`,
  'rd-ode-blow-up': ({ t, u, v }) =>
    `Blow-up stopped the run at t ≈ ${t.toPrecision(4)}: u = ${u}, v = ${v}. ` +
    'RK4 needs dt·|λ| ≲ 2.8 for the stiffest rate λ, and v must stay positive (the model divides by it). ' +
    'Reset, or lower dt / change the parameters.',
} satisfies Pick<ErrorMessages, keyof DynamicsErrorValues>;
