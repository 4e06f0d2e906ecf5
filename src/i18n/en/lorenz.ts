/**
 * The Lorenz words: the text drawn over the attractor, the behaviour names, the panel, the readout,
 * the chart, the sweep figure, the exports, the help and the notices. Maths stays maths (σ, r, b,
 * λ1, dt); σ, r and b are the symbols the scene uses for the three parameters.
 */
export const lorenz = {
  hud: {
    trajectories: (p: { n: number }) => `${p.n} ${p.n > 1 ? 'trajectories' : 'trajectory'} 1e-6 apart`,
    hint: (p: { symbol: string }) =>
      `drag: rotate · wheel: zoom · click the diagram: set ${p.symbol} · ? help`,
    /** The same hint where the screen is touched. */
    touchHint: (p: { symbol: string }) => `drag: rotate · pinch: zoom · tap the diagram: set ${p.symbol}`,
    computing: 'λ: computing…',
    spectrumBlewUp: 'spectrum blew up',
    paused: 'Paused · Space to resume',
    recording: (p: { done: string; seconds: number }) => `● REC ${p.done} / ${p.seconds} s`,
  },
  behaviour: { chaos: 'chaos', periodic: 'periodic', fixedPoint: 'fixed point', uncertain: 'uncertain' },
  help: {
    drag: { keys: 'drag', action: 'rotate the attractor' },
    zoom: { keys: 'wheel / + / −', action: 'zoom' },
    pinch: { keys: 'pinch', action: 'zoom (touch screen)' },
    arrows: { keys: '← / → / ↑ / ↓', action: 'turn and tilt' },
    reset: { keys: '0', action: 'reset the view' },
    pause: { keys: 'Space', action: 'pause / resume' },
    restart: { keys: 'R', action: 'restart the trajectories (1e-6 apart again)' },
    click: { keys: 'click the diagram', action: 'set r (or the swept parameter) there' },
  },
  panel: {
    title: 'Lorenz attractor',
    blewUp: ' · blew up',
    paused: ' · paused',
    pause: 'Pause (Space)',
    resume: 'Resume (Space)',
    restart: 'Restart trajectories (R)',
    resetView: 'Reset view (0)',
    tabs: { params: 'σ r b', view: 'view', sweep: 'sweep', export: 'export' },
    preset: 'preset',
    custom: 'custom',
    dt: 'dt (RK4)',
    speed: 'speed (t/s)',
    trail: 'trail (t units)',
    trajectories: 'trajectories',
    spin: 'spin (°/s)',
    sweep: 'sweep',
    from: 'from',
    to: 'to',
    values: 'values',
    exportPng: 'Diagram → PNG',
    clip: 'clip (s)',
    record: 'Record attractor → WebM',
    recording: (p: { percent: number }) => `Recording… ${p.percent} %`,
  },
  /** The presets by id (src/play/lorenz/presets.ts): the list's words and what to look for. */
  presets: {
    classic: { label: 'classic, r = 28', note: "Lorenz's values: the strange attractor, λ1 ≈ 0.906" },
    origin: { label: 'r = 0.5 (origin)', note: 'r < 1: every orbit falls into the origin' },
    'pre-homoclinic': {
      label: 'r = 13 (before the homoclinic explosion)',
      note: 'below r ≈ 13.93: orbits spiral into C±, no chaos even transiently',
    },
    bistable: {
      label: 'r = 24.5 (bistable, below Hopf)',
      note: '24.06 < r < 24.74: the strange attractor and the stable foci C± coexist; the start decides',
    },
    'window-100': {
      label: 'r = 100.5 (periodic window)',
      note: 'a stable periodic orbit in the window near r ≈ 100',
    },
    'window-160': { label: 'r = 160 (periodic window)', note: 'the window 145 < r < 166: a periodic orbit' },
    'large-r': { label: 'r = 350 (large r)', note: 'large r: one simple symmetric periodic orbit' },
  },
  /** Why each end of a range is where it is (a typed value outside is clamped, and this is said). */
  limits: {
    sigmaMin: 'σ must stay positive (at σ = 0 x no longer follows y)',
    sigmaMax: 'the range this scene is built for (Lorenz used σ = 10)',
    rMin: 'r is a heating rate relative to the onset of convection and cannot be negative',
    rMax: 'the range this scene is built for (chaos at 28, periodic orbits past ≈ 214)',
    bMin: 'b must stay positive (it is a geometric factor of the convection cell)',
    bMax: 'the range this scene is built for (Lorenz used b = 8/3)',
    speedMin: 'slower and the heads hardly move',
    speedMax: 'faster and the eye cannot follow the heads',
    trailMin: 'a shorter trail does not show the shape',
    trailMax: 'a longer trail is drawn every frame and slows the page',
    trajectoriesMin: 'the reference is always there',
    trajectoriesMax: 'more copies cannot be told apart by colour',
    spin: 'faster turning blurs the attractor',
    countMin: 'fewer values do not show the bifurcations',
    countMax: 'more values than pixels add only waiting time',
    clipMin: 'a clip needs at least a second',
    clipMax: 'longer clips make large files',
  },
  readout: {
    spectrumHead: (p: { sigma: string; r: string; b: string }) =>
      `Spectrum (QR) at σ=${p.sigma} r=${p.r} b=${p.b}`,
    blewUp: (p: { why: string }) => `Blew up: ${p.why}`,
    computing: 'computing…',
    refining: ' (refining…)',
    sum: (p: { sum: string; trace: string; gap: string }) =>
      `Σλ ${p.sum} vs −(σ+1+b) ${p.trace} (Δ ${p.gap})`,
    why: {
      chaos: (p: { tol: string }) => `λ1 > 6/T = ${p.tol}`,
      periodic: (p: { tol: string }) => `|λ1| ≤ 6/T = ${p.tol}, λ2 < 0`,
      fixedPoint: (p: { tol: string }) => `λ1 < −6/T = −${p.tol}`,
      uncertain: (p: { tol: string }) => `λ1, λ2 both within 6/T = ${p.tol} of 0`,
    },
    custom: 'Custom parameters. Click the diagram to pick r; presets are in the panel.',
    oneOrbit: 'Sensitivity: add a second trajectory to watch two orbits 1e-6 apart separate.',
    sensitivityHead: (p: { n: number; spread: string }) =>
      `Sensitivity: ${p.n} orbits, ${p.spread} apart at start`,
    settling: 'parameters changed: letting the orbit settle on the new attractor…',
    distance: (p: { d: string; time: string }) => `|δ| now ${p.d} after ${p.time} time units`,
    vsLambda: (p: { l1: string }) => ` vs λ1 ${p.l1}`,
    slope: (p: { slope: string; vs: string }) => `slope of ln|δ| ${p.slope}/unit${p.vs}`,
    fitOver: (p: { from: string; to: string; state: string }) => `(fit over t ${p.from}–${p.to}, ${p.state})`,
    ended: (p: { why: string }) => `ended: ${p.why}`,
    running: 'running',
    measuring: (p: { vs: string }) => `slope of ln|δ|: measuring…${p.vs}`,
    mean: (p: { n: number; mean: string }) => `mean over ${p.n} run${p.n > 1 ? 's' : ''}: ${p.mean}/unit`,
    /** Why a sensitivity run ended (src/play/lorenz/sensitivity.ts). */
    endedWhy: {
      saturated: 'the copies reached the attractor’s size',
      collapsed: 'the copies fell back onto the reference',
      horizon: 'the time limit was reached',
    },
  },
  chart: {
    title: 'Separation of the copies: log₁₀ |δ| against time',
    xLabel: 'time since placed',
    measured: 'log₁₀ |δ|',
    slope: 'slope λ1',
  },
  figure: {
    title: 'Bifurcation diagram: z maxima',
    pngTitle: (p: { symbol: string; others: string }) =>
      `Lorenz system: z maxima and Lyapunov exponents vs ${p.symbol} (${p.others})`,
    diagram: (p: { done: number; n: number }) => `diagram ${p.done}/${p.n}`,
    done: (p: { t: number }) => `done · λ at T = ${p.t}`,
    lambdaAt: (p: { t: number; done: number; n: number }) => `λ at T = ${p.t}: ${p.done}/${p.n}`,
    valuesBlewUp: (p: { n: number }) => `${p.n} value${p.n > 1 ? 's' : ''} blew up`,
    lambdaBlewUp: (p: { n: number }) => `λ blew up at ${p.n}`,
    tooStiff: '(NaN/∞: too stiff for dt)',
  },
  notices: {
    noPreset: (p: { name: string }) =>
      `Lorenz: no preset called "${p.name}"; keeping the current parameters.`,
    pngFailed: (p: { why: string }) => `PNG export failed: ${p.why}`,
    clipBusy: 'A clip is already being recorded.',
    noWebm: 'This browser cannot record WebM (MediaRecorder has no WebM type).',
    clipEmpty: 'The WebM clip came out empty (no frames were captured).',
    /** The run's blow-up: a notice, the readout's note and (short) the banner over the attractor. */
    blowUp: (p: { why: string }) => `Paused: ${p.why}`,
    blowUpShort: (p: { time: string; dtLimit: string }) =>
      `Blew up at t ≈ ${p.time}: the state became NaN/Infinity.${p.dtLimit}\nLower dt or change σ, r, b: the run restarts from a fresh point.`,
    dtLimit: (p: { dt: number }) => ` dt = ${p.dt} is beyond RK4's stability limit here.`,
    worker: (p: { why: string }) => `Lorenz worker: ${p.why}`,
  },
  /** The calm screen-reader summary (an aria-live region, every few seconds at most). */
  announce: (p: { state: string; behaviour: string; l1: string; time: string }) =>
    `Lorenz attractor ${p.state}. Time ${p.time}. ${p.behaviour}, λ1 = ${p.l1}.`,
  announceState: { running: 'running', paused: 'paused', blewUp: 'stopped by a blow-up' },
};
