/** The jump words: the scene's title and what the session tells the user. */
export const jump = {
  title: {
    scene: (p: { agent: string }) => `Jump the hole · ${p.agent}`,
    withBaseline: 'REINFORCE with baseline',
    withoutBaseline: 'REINFORCE without baseline',
    compare: 'REINFORCE with and without baseline',
  },
  messages: {
    newAgentsCompare: (p: { seed: string; baseline: string; other: string }) =>
      `Two new agents (seed ${p.seed}), baseline ${p.baseline} and ${p.other}: same θ = 0, same generator, same holes — only the baseline differs.`,
    newAgent: (p: { seed: string }) => `New REINFORCE agent (seed ${p.seed}): θ starts from zero.`,
    importRefused: (p: { fileName: string; why: string }) =>
      `Import of ${p.fileName} refused: ${p.why} The current agent is unchanged.`,
    imported: (p: { baseline: string; episodes: string; steps: string }) =>
      `Imported a REINFORCE agent (baseline ${p.baseline}) trained for ${p.episodes} episodes (${p.steps} steps). It continues from here.`,
    diverged: (p: { eta: string }) =>
      `η = ${p.eta} is too large: θ overflowed (became non-finite) in an update.`,
    divergedPause: (p: { why: string }) =>
      `Training paused. ${p.why} θ was restored to its value before that update and the batch dropped, so nothing learned is lost. Lower η, then Resume.`,
    divergedPauseOf: (p: { why: string; baseline: string }) =>
      `Training paused. ${p.why} θ was restored to its value before that update and the batch dropped (agent with baseline ${p.baseline}), so nothing learned is lost. Lower η, then Resume.`,
  },
  panel: {
    title: 'Jump · REINFORCE',
    mode: 'mode',
    modes: {
      play: 'Play (you jump)',
      watch: 'Watch (train on screen)',
      turbo: 'Turbo (train in a worker)',
    },
    compare: 'compare baseline',
    learning: 'Learning (next step / next batch)',
    etaNegative: 'a step size cannot be negative',
    etaLog: 'η (log)',
    etaSlider: 'the slider’s range; type larger or smaller values into η',
    batch: 'M episodes',
    batchWhy: 'whole episodes per update',
    baseline: 'baseline',
    baselineMean: 'mean b̄',
    baselineNone: 'none',
    gammaWhy: 'the share of each later reward that counts',
    run: 'Run',
    speed: 'speed',
    seed: 'seed (new agent)',
    seedName: 'the seed',
    seedWhy: 'a whole number the generator accepts',
    pause: 'Pause',
    resume: 'Resume',
    step: 'Step (Watch)',
    resetEnv: 'Reset env (new hole)',
    resetAgent: 'Reset agent (θ = 0)',
    undo: 'Undo: bring the last agent back',
    files: 'Agent file (CLI --out format)',
    export: 'Export agent',
    import: 'Import agent…',
    realTime: 'real time',
    slowMotion: 'slow motion',
  },
  help: {
    jump: {
      keys: 'Space / ↑ / tap',
      action: 'Play: start the run, then jump (take off 0–2.4 m before the edge, the green window)',
    },
    mode: {
      keys: '1 / 2 / 3',
      action: 'mode: Play (you jump) · Watch (train on screen) · Turbo (train in a worker)',
    },
    pause: { keys: 'P', action: 'pause / resume (also the Pause button)' },
    step: { keys: 'N', action: 'Watch: one step, paused (also the Step button)' },
    reset: { keys: 'R', action: 'reset env: abandon the episode, a new hole (Reset env button)' },
    compare: { keys: 'C', action: 'compare baseline: a twin without (or with) the baseline, same holes' },
    baseline: { keys: 'B', action: 'baseline: mean b̄ ↔ none' },
    speed: { keys: '+ / −', action: 'faster / slower (speed list in the panel)' },
    files: { keys: 'E / I', action: 'export / import the agent as JSON (the CLI --out format)' },
    eta: { keys: 'panel: η / η (log)', action: 'step size (exact value, or a slider over decades)' },
    batch: { keys: 'panel: M · γ', action: 'episodes per update · discount' },
    seed: { keys: 'panel: seed · Reset agent', action: 'a new agent (θ = 0) from that seed' },
  },
  touch: { mode: (p: { mode: string }) => `mode: ${p.mode}` },
};
