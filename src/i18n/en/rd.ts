/**
 * The reaction–diffusion words: the canvas HUD, the presets, the panel, the readout, the charts,
 * the help and the notices. Maths stays maths (u, v, a, b, c, r, K, n, D_u, D_v, dt, σ(k)).
 */
import { formatSig } from '../../core/format.ts';
import type { RdStabilityValues } from '../../dynamics/errors.ts';

export const rd = {
  hud: {
    title: { sim1: 'Sim 1: oscillator', sim2: 'Sim 2: faster oscillator', sim3: 'Sim 3: Turing pattern' },
    paused: 'PAUSED',
    pdeHint:
      'drag: add u · Shift/right-drag: remove u\nSpace pause · R reset · N re-noise · P preset\n[ ] steps/frame · 1 2 3 sims · ? help',
    odeHint: 'Space pause · R reset · P preset\n[ ] speed · 1 2 3 sims · ? help',
    stepsPerSecond: 'steps/s',
    fps: 'fps',
    grid: 'grid',
    substeps: (p: { n: number }) => `${p.n} substeps`,
    limit: 'limit',
    dominantWavelength: 'dominant wavelength',
    measured: 'measured',
    predicted: 'predicted',
    cells: 'cells',
    noPattern: '— (no pattern)',
    noTuringBand: 'none (no Turing band)',
    period: 'period',
    postsParameters: (p: { value: string }) => `(posts' parameters ${p.value})`,
    uRange: 'u range',
    steadyLine: '— line: u* = v*',
    boundary: { periodic: 'periodic', noFlux: 'no-flux' },
    fieldName: { u: 'u (activator)', v: 'v (inhibitor)' },
  },
  /** The presets by sim (src/dynamics/rd/model.ts keeps the numbers). */
  presets: {
    sim1: {
      label: 'Sim 1: oscillator (r = 20)',
      note: 'Relaxation limit cycle: period ≈ 0.256, u between ≈ 0.016 and ≈ 1.044.',
    },
    sim2: {
      label: 'Sim 2: faster oscillator (r = 30)',
      note: 'Smaller, faster limit cycle: period ≈ 0.211, u ≈ 0.024–0.810.',
    },
    sim3: {
      label: 'Sim 3: Turing pattern (D_u = 0.5, D_v = 5)',
      note:
        'Labyrinth of wavelength ≈ 1.33 (≈ 13 cells), visible by t ≈ 0.75, settled by t ≈ 5. ' +
        "The post's dt = 5e-4 is unstable in 2-D with explicit Euler; 4e-4 is used.",
    },
  },
  help: {
    pause: { keys: 'Space', action: 'pause / resume' },
    reset: { keys: 'R', action: 'reset to t = 0' },
    preset: { keys: 'P', action: 'load the preset of this sim (parameters and dt)' },
    sims: { keys: '1 / 2 / 3', action: 'sim 1, sim 2 (oscillators), sim 3 (Turing pattern)' },
    paint: { keys: 'drag', action: 'paint: add activator u under the brush' },
    erase: { keys: 'Shift-drag / right-drag', action: 'paint: remove u' },
    touch: { keys: 'finger', action: 'paint with a finger on a touch screen' },
    renoise: { keys: 'N', action: 're-noise: start over from a new seed' },
    steps: { keys: '[ / ]', action: 'fewer / more steps per frame' },
    speed: { keys: '[ / ]', action: 'slower / faster (simulated time per second)' },
  },
  panel: {
    title: 'Reaction–diffusion',
    paused: ' · paused',
    stopped: ' · stopped',
    simulation: 'simulation',
    pause: 'Pause (Space)',
    resume: 'Resume (Space)',
    reset: 'Reset (R)',
    renoise: 'Re-noise: new seed (N)',
    loadPreset: 'Load preset (P)',
    tabs: { run: 'Run', model: 'Model', numerics: 'Numerics' },
    odeRate: 'sim-time / s',
    stepsPerFrame: 'steps / frame',
    noise: 'noise (reset)',
    seed: 'noise seed',
    brushRadius: 'brush radius',
    brushAmount: 'brush amount',
    field: 'show field',
    colormap: 'colour map',
    a: 'a (Hill/v)',
    b: 'b (decay)',
    c: 'c (basal)',
    r: 'r (v rate)',
    hill: 'Hill form',
    crossDiffusion: 'literal 5.0 Δu',
    crossNote:
      'The post writes 5.0 Δu in the v equation.\nDefault: read as a typo for 5.0 Δv.\nLiteral (switch on): v follows the curvature\nof u and no wavelength is selected: grid-\nscale speckle, v ≪ 0, soon a blow-up.',
    unstable: 'unstable dt',
    unstableOptions: {
      subdivide: 'subdivide (say so)',
      refuse: 'refuse (say why)',
      unsafe: 'run anyway (blows up)',
    },
    boundary: 'boundary',
    grid: 'grid',
    gridOption: (p: { n: number; side: string }) => `${p.n}×${p.n} (side ${p.side})`,
  },
  limits: {
    notNegative: 'a rate or a diffusion coefficient cannot be negative',
    sliderRange: (p: { posts: string }) => `the panel's range, several times the posts' value (${p.posts})`,
    dtMin: 'a smaller step would take hundreds of thousands of steps per cycle, and the run would crawl',
    dtMax:
      'a longer step no longer follows the reactions (a cycle lasts only ≈ 0.2–0.26 time units); on the grid, any dt over the explicit-Euler stability limit (≈ 0.0005) runs as substeps or is refused',
    odeRateMin: 'slower would show a cycle every half minute or more',
    odeRateMax: 'faster needs more steps per frame than the page can draw smoothly',
    stepsMin: 'the grid needs at least one step per frame to move',
    stepsMax: 'more steps than that do not fit in one frame: the run would stutter, not speed up',
    noiseMin: 'noise is an amplitude (0 starts from a uniform field)',
    noiseMax: 'larger noise swamps the pattern the instability selects',
    seedMin: 'seeds are whole numbers from 0',
    seedMax: 'seeds go up to 99999 here',
    brushRadiusMin: 'the brush is at least one cell wide',
    brushRadiusMax: 'a larger brush covers most of the smallest grid',
    brushAmountMin: 'a smaller dab would not show',
    brushAmountMax: 'one dab already lifts u over its whole cycle range (≈ 0–1)',
    KMin: 'K must stay above 0 (the Hill term divides by it)',
    nMin: 'the Hill exponent must stay positive',
  },
  readout: {
    stopped: (p: { why: string }) => `Stopped: ${p.why}`,
    refused: (p: { why: string }) => `Refused: ${p.why}`,
    note: (p: { why: string }) => `Note: ${p.why}`,
    state: { stopped: 'stopped (blow-up)', paused: 'paused', running: 'running' },
    time: (p: { t: string; rate: string }) => `t = ${p.t} · ${p.rate} sim-time/s`,
    steps: (p: { steps: string; perFrame: string; fps: string }) =>
      `${p.steps} steps/s (${p.perFrame}/frame) · ${p.fps} fps`,
    capped: ' · capped by the frame budget',
    grid: (p: { w: number; h: number; dx: number; boundary: string; dt: string }) =>
      `grid ${p.w}×${p.h}, dx ${p.dx}, ${p.boundary} · Euler dt ${p.dt}`,
    limit: (p: { limit: string; growth: string }) =>
      `stability limit ${p.limit} · worst mode ×${p.growth}/step`,
    wavelength: (p: { measured: string }) => `wavelength: measured ${p.measured}`,
    measuredAt: (p: { wavelength: string; cells: string; t: string }) =>
      `${p.wavelength} (${p.cells} cells, t ${p.t})`,
    fastest: (p: { value: string }) => `  fastest linear mode ${p.value}`,
    fastestAt: (p: { wavelength: string; k: string }) => `${p.wavelength} (k ${p.k})`,
    allDecay: 'none: every k > 0 decays',
    centre: (p: { period: string }) => `centre cell oscillates: period ${p.period}`,
    period: (p: { value: string }) => `period ${p.value}`,
    periodOf: (p: { period: string; cycles: number }) => `${p.period} (last ${p.cycles} cycles)`,
    noCycle: '— (no cycle yet)',
    cycleRange: (p: { min: string; max: string }) => `u over the last cycle ∈ [${p.min}, ${p.max}]`,
    noCycleRange: 'u over the last cycle: —',
    hillKn:
      'Hill form uⁿ/(Kⁿ+uⁿ): the homogeneous state is a stable focus, so nothing moves: no cycle, no pattern. The posts only do something with uⁿ/(K+uⁿ).',
    literal:
      'Literal reading (v driven by 5.0 Δu): the growth rate rises with k up to the grid scale, so there is no wavelength selection: pixel speckle, v ≪ 0 and soon a blow-up.',
    ode: 'The phase plane shows the trajectory (fading trail) spiralling out of the unstable steady state (○) onto the limit cycle; the orange curve is the u-nullcline (du/dt = 0), the teal line v = u the v-nullcline. u jumps between the nullcline’s branches while v slowly follows: a relaxation oscillation.',
    pde: 'Drag on the field to add activator u (Shift or right button removes it); the pattern re-forms around the stroke. Re-noise starts over from a new seed.',
    noNoise:
      'Noise 0: the field starts uniformly 1 % above the steady state and stays uniform; it then follows sim 2’s limit cycle (with no gradients the PDE is the ODE).',
  },
  charts: {
    odeTitle: (p: { window: number }) => `u and v against t (last ${p.window} time units)`,
    gridTitle: (p: { window: number }) => `u over the field against t (last ${p.window} time units)`,
    spectrumTitle: 'Radial power spectrum of u vs. linear growth σ(k)',
    kLabel: 'k (rad per length unit)',
    meanU: 'mean u',
    minU: 'min u',
    maxU: 'max u',
    power: 'power (÷ peak)',
    growth: 'σ(k) > 0 (÷ max)',
  },
  notices: {
    /** Where a refusal's headline stops, and where a blow-up's first sentence ends. */
    stop: ' (',
    sentenceEnd: '. ',
    refused: (p: { why: string }) => `Refused: ${p.why} (details beside the panel).`,
    spectrumFailed: (p: { why: string }) => `Spectrum: ${p.why}`,
    stopped: (p: { why: string }) => `${p.why}. Paused; Reset to continue.`,
    subdivided: (v: RdStabilityValues) =>
      `dt = ${formatSig(v.dt)} is over the explicit-Euler stability limit ${formatSig(v.limitDt)}: running each step as ${v.substeps} substeps of ${formatSig(v.dt / v.substeps)}.`,
    unsafe: (v: RdStabilityValues) =>
      `Unsafe: dt = ${formatSig(v.dt)} is over the explicit-Euler stability limit ${formatSig(v.limitDt)}; the checkerboard mode grows ×${formatSig(v.growthFactor)} per step.`,
  },
  /** The calm screen-reader summary (an aria-live region, every few seconds at most). */
  announce: (p: { sim: string; state: string; time: string; detail: string }) =>
    `${p.sim}, ${p.state}. t = ${p.time}. ${p.detail}`,
  announceWavelength: (p: { value: string }) => `Measured wavelength ${p.value}.`,
  announcePeriod: (p: { value: string }) => `Period ${p.value}.`,
};
