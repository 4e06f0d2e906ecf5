/** The Lorenz words: for now the text drawn over the attractor and the behaviour names. */
export const lorenz = {
  hud: {
    trajectories: (p: { n: number }) => `${p.n} ${p.n > 1 ? 'trajectories' : 'trajectory'} 1e-6 apart`,
    hint: (p: { symbol: string }) =>
      `drag: rotate · wheel: zoom · click the diagram: set ${p.symbol} · ? help`,
    computing: 'λ: computing…',
    spectrumBlewUp: 'spectrum blew up',
    paused: 'Paused · Space to resume',
  },
  behaviour: { chaos: 'chaos', periodic: 'periodic', fixedPoint: 'fixed point', uncertain: 'uncertain' },
};
