/**
 * Lorenz math (src/dynamics/lorenz/): the Lyapunov spectrum at σ = 10, r = 28, b = 8/3 with the
 * defaults (T = 10⁴, dt = 0.01, 500-unit transient) and the bifurcation diagram over r ∈ [0, 400].
 * Targets, against a numpy reference (85 µs per RK4+tangent+QR step, 5 s for the diagram):
 * ≥ 100× faster per step (≤ 0.85 µs) and < 2 s for the diagram. Median of 3 runs after a warm-up.
 */
import {
  bifurcationDiagram,
  CLASSIC,
  LYAPUNOV_DEFAULTS,
  lyapunovSpectrum,
  zMaxima,
} from '../src/dynamics/lorenz/index.ts';
import type { BenchResult } from './types.ts';

/** The diagram's step: the library default, which keeps a period-1 orbit's maxima within 0.05. */
const DIAGRAM_DT = 0.005;
const DIAGRAM = {
  param: 'r',
  from: 0,
  to: 400,
  count: 1000,
  transient: 200,
  record: 100,
  dt: DIAGRAM_DT,
} as const;

function seconds(fn: () => unknown): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

export function run(): BenchResult[] {
  // Warm-up: let the JIT compile both kernels before timing.
  lyapunovSpectrum(CLASSIC, { time: 500 });
  bifurcationDiagram({ ...DIAGRAM, count: 16, transient: 20, record: 10 });

  const { dt, transient, time } = LYAPUNOV_DEFAULTS;
  const spectrumRuns = [1, 2, 3].map((seed) => seconds(() => lyapunovSpectrum(CLASSIC, { seed })));
  const spectrumS = median(spectrumRuns);
  const steps = Math.round((transient + time) / dt); // the transient is integrated with the frame too
  const stepNs = (spectrumS / steps) * 1e9;

  const diagramRuns = [0, 1, 2].map(() => seconds(() => bifurcationDiagram(DIAGRAM)));
  const diagramS = median(diagramRuns);
  const diagramSteps = DIAGRAM.count * Math.round((DIAGRAM.transient + DIAGRAM.record) / DIAGRAM_DT);
  // Sharpness at this dt: spread of the single z maximum of the period-1 orbit at r = 350.
  const m = zMaxima({ ...CLASSIC, r: 350 }, Float64Array.of(1, 2, 3), { dt: DIAGRAM_DT });
  const spread = Math.max(...m) - Math.min(...m);

  return [
    {
      key: 'lorenz_spectrum_s',
      label: 'Lorenz Lyapunov spectrum, σ=10 r=28 b=8/3, T=10⁴ + 500 transient, dt=0.01 (median of 3)',
      value: spectrumS,
      unit: 's',
      note: `runs: ${spectrumRuns.map((s) => s.toFixed(3)).join(', ')} s`,
    },
    {
      key: 'lorenz_step_ns',
      label: 'Lorenz RK4 + tangent (linearized RK4) + 3×3 QR step',
      value: stepNs,
      unit: 'ns/step',
      note: `${(85_000 / stepNs).toFixed(0)}× the numpy reference (85 µs); target ≤ 850 ns`,
    },
    {
      key: 'lorenz_bifurcation_s',
      label: `Lorenz bifurcation diagram, 1000 r in [0, 400], 200 + 100 units each, dt=${DIAGRAM_DT} (median of 3)`,
      value: diagramS,
      unit: 's',
      note:
        `${((diagramS / diagramSteps) * 1e9).toFixed(1)} ns per RK4 step over ${(diagramSteps / 1e6).toFixed(0)}M steps; ` +
        `target < 2 s (numpy 5 s); period-1 maxima spread ${spread.toFixed(3)} at r=350`,
    },
  ];
}
