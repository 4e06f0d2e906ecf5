/** The reaction–diffusion words: for now the canvas HUD (title, hints, badge, side column). */
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
};
