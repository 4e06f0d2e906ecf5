/** The jump words: the scene's title and what the session tells the user. */
export const jump = {
  title: {
    scene: (p: { agent: string }) => `Jump the hole · ${p.agent}`,
    withBaseline: 'REINFORCE with baseline',
    withoutBaseline: 'REINFORCE without baseline',
    compare: 'REINFORCE with and without baseline',
    withLearned: 'REINFORCE with a learned baseline v̂(s)',
    actorCritic: 'one-step actor–critic',
    versus: (p: { a: string; b: string }) => `${p.a} vs ${p.b}`,
  },
  messages: {
    newAgentsCompare: (p: { seed: string; baseline: string; other: string }) =>
      `Two new agents (seed ${p.seed}), baseline ${p.baseline} and ${p.other}: same θ = 0, same generator, same holes — only the baseline differs.`,
    newAgent: (p: { seed: string }) => `New agent (seed ${p.seed}): θ starts from zero.`,
    importRefused: (p: { fileName: string; why: string }) =>
      `Import of ${p.fileName} refused: ${p.why} The current agent is unchanged.`,
    imported: (p: { baseline: string; episodes: string; steps: string }) =>
      `Imported an agent (${p.baseline}) trained for ${p.episodes} episodes (${p.steps} steps). It continues from here.`,
    diverged: (p: { eta: string }) =>
      `η = ${p.eta} is too large: θ overflowed (became non-finite) in an update.`,
    divergedPause: (p: { why: string }) =>
      `Training paused. ${p.why} θ was restored to its value before that update and the batch dropped, so nothing learned is lost. Lower η, then Resume.`,
    divergedPauseOf: (p: { why: string; baseline: string }) =>
      `Training paused. ${p.why} θ was restored to its value before that update and the batch dropped (agent with baseline ${p.baseline}), so nothing learned is lost. Lower η, then Resume.`,
  },
  panel: {
    title: 'Jump · policy gradient',
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
    alphaBaseline: 'α_w (baseline v̂)',
    alphaCritic: 'α_w (critic v̂)',
    batch: 'M episodes',
    batchWhy: 'whole episodes per update',
    baseline: 'baseline',
    baselineMean: 'mean b̄',
    baselineNone: 'none',
    baselineLearned: 'learned v̂(s)',
    agent: 'agent',
    reinforce: 'REINFORCE',
    actorCritic: 'actor–critic',
    rival: 'compare with',
    rivalOther: 'the other baseline',
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
  /** The canvas heads-up display: mode line, numbers, legend and banners. */
  hud: {
    speed: (p: { rate: string; times: string }) => `${p.rate} steps/s (${p.times} real time)`,
    outcome: { cleared: 'cleared!', fell: 'fell in', ready: 'ready', running: 'running' },
    success: (p: { pct: string }) => `success (last 100) ${p.pct}`,
    playTitle: 'PLAY — press Space or ↑ to jump',
    playBody: (p: {
      ret: string;
      reward: string;
      outcome: string;
      clears: string;
      episodes: string;
      speed: string;
    }) =>
      `this run: return ${p.ret} · last reward ${p.reward} · ${p.outcome}\n` +
      `cleared ${p.clears} of ${p.episodes} · jump 0 to 2.4 m before the edge (green) · ${p.speed}`,
    turboTitle: 'TURBO — training in a Web Worker',
    turboRate: (p: { steps: string; snaps: string }) => `${p.steps} steps/s · ${p.snaps} snapshots/s`,
    turboStopped: 'stopped',
    turboBody: (p: { episodes: string; rate: string; success: string }) =>
      `${p.episodes} episodes · ${p.rate}\n${p.success} · on screen: the latest θ playing (not learning)`,
    watchTitle: 'WATCH — learning on screen',
    watchBody: (p: {
      episode: string;
      ret: string;
      outcome: string;
      last: string;
      success: string;
      updates: string;
      speed: string;
    }) =>
      `episode ${p.episode} · return ${p.ret} · ${p.outcome} · last: ${p.last}\n` +
      `${p.success} · updates ${p.updates} · ${p.speed}`,
    lastCleared: (p: { ret: string }) => `cleared (${p.ret})`,
    lastFell: (p: { ret: string }) => `fell (${p.ret})`,
    legendMain: (p: { baseline: string; success: string }) => `● ${p.baseline} · success ${p.success}`,
    legendGhost: (p: { baseline: string; success: string }) =>
      `◌ ghost: ${p.baseline} · success ${p.success}`,
    baselineMean: 'mean baseline b̄',
    baselineNone: 'no baseline',
    baselineLearned: 'learned baseline v̂(s)',
    actorCritic: 'actor–critic',
    switching: 'Bringing the agents home from the worker…',
    diverged: (p: { why: string }) =>
      `Training paused: ${p.why}\nθ was kept. Lower η in the panel, then press P (Resume).`,
    pausedWatch: 'PAUSED — P to resume, N to step',
    paused: 'PAUSED — P to resume',
    readyFirst:
      'Your turn: press Space or ↑, or tap the game, to start the run.\nThen jump from the green window, 0 to 2.4 m before the edge.',
    readyAgain:
      'Again: press Space or ↑, or tap the game, to start the run.\nThen jump from the green window, 0 to 2.4 m before the edge.',
  },
  /** Name tags over the runners. */
  tags: {
    you: 'you',
    latest: 'latest θ',
    mean: 'mean baseline',
    none: 'no baseline',
    learned: 'learned baseline',
    actorCritic: 'actor–critic',
  },
  /** The floating word of a clear (after "+100"). */
  effects: { cleared: 'cleared!' },
  /** The P(jump) strip in the soil under the track. */
  strip: {
    title: 'P(jump) at each spot for this hole, current θ',
    window: 'take-off window',
    hole: 'hole',
    value: 'v̂(s) on the ground, learned value (same spots)',
    /** The same where the long caption would run into the title (an upright phone). */
    valueShort: 'v̂(s)',
  },
  charts: {
    policyTitle: 'P(jump) on the ground, along the track to the hole — live',
    policyNote: (p: { window: string }) =>
      `the runner runs left to right, as on the track; a jump from the green take-off window (${p.window} m before the edge) clears the hole`,
    policyX: 'metres from the edge of the hole →',
    bandWindow: 'take-off window',
    bandHole: 'hole',
    agent: 'agent',
    ghost: 'ghost',
    returnTitle: 'Return per episode (+100 clear, −100 fall, −1 a jump)',
    ret: 'return',
    average: (p: { n: string }) => `avg ${p.n}`,
    ghostAverage: 'ghost avg',
    successTitle: 'Success rate per episode (moving average)',
    thetaTitle: 'θ per episode: θ_jump − θ_run, so P(jump) = σ(Δθ · φ)',
    distance: 'distance',
    onGround: 'on ground',
    bias: 'bias',
    ghostDashed: 'ghost (dashed)',
    gradientTitle: 'Why a baseline is allowed: ∂J/∂θ(jump, distance) per update',
    gradientNote:
      'both estimates of each update on the same batch, with b̄ subtracted and without; lines: their running means',
    withB: 'with b̄',
    without: 'without',
    meanWith: 'mean with',
    meanWithout: 'mean without',
    varianceTitle: 'Variance of the gradient estimate per update (log scale)',
    withoutSame: 'without, same batches',
    ghostOwn: 'no-baseline agent (own batches)',
  },
  /** The explanation under the gradient charts: why subtracting a baseline is allowed and what it buys. */
  readout: {
    why: 'Why it is allowed: E[∇θ log π(a|s)] = 0, so subtracting a constant b̄ leaves the expected gradient unchanged; it only removes noise.',
    noBaseline:
      'This agent has no baseline, so each update computes only the no-baseline estimate.\nSet the baseline to mean b̄, or turn Compare on, to see both side by side.',
    waiting: 'Waiting for updates (one per M episodes)…',
    lastB: (p: { b: string }) => ` (last: ${p.b})`,
    summary: (p: {
      updates: string;
      gap: string;
      meanGap: string;
      spread: string;
      ratio: string;
      last: string;
      step: string;
    }) =>
      `${p.updates} updates, both estimates on the same batches:\n` +
      `• the same mean: the running means agree within ${p.gap} of one estimate's spread ` +
      `(‖ḡ_b − ḡ‖ = ${p.meanGap}, spread σ = ${p.spread})\n` +
      `• variance reduced ×${p.ratio} by the baseline\n` +
      `• b̄ is the batch's mean return${p.last}: the further the returns sit from 0 ` +
      `(about +99 once most jumps clear), the more noise it removes. Taken from the same batch it is not ` +
      `quite a constant: it shrinks the step by ≈ 1/M = ${p.step}.`,
  },
  /** Notices of the session's structure: Turbo hand-overs, Compare, restoring, imports, Undo. */
  notices: {
    workerLate:
      'The training worker did not hand the agents back in time; continuing from its last snapshot.',
    turboStopped: (p: { why: string }) =>
      `Turbo training stopped: ${p.why}. The agents keep the last snapshot's θ; press Resume to try again.`,
    compareOn: (p: { other: string }) =>
      `Compare: a copy of this agent with baseline ${p.other} runs beside it (the ghost), on the same holes with the same random numbers. Reset agent to race both from θ = 0.`,
    restoreFailed: (p: { why: string }) =>
      `The saved jump agent could not be restored (${p.why}); starting a new one.`,
    importBatch: (p: { m: string; max: string }) =>
      `The imported agent used M = ${p.m}; the panel's maximum is ${p.max}.`,
    previousBack: (p: { episodes: string }) => `The previous agent is back (${p.episodes} episodes).`,
    undoOffer: (p: { text: string; episodes: string }) =>
      `${p.text} Undo brings back the previous agent (${p.episodes} episodes).`,
    linkUndo: (p: { episodes: string }) =>
      `The link's settings start new agents. Undo brings back the agent you had (${p.episodes} episodes).`,
    theFile: 'the file',
  },
  /** Why a saved agent cannot run in the jump scene (an import, or the agent kept from last time). */
  refused: {
    notReinforce: (p: { kind: string }) =>
      `it holds a ${p.kind} agent (a maze agent); the jump scene needs REINFORCE or the actor–critic.`,
    otherEnv: (p: { id: string }) => `the agent was trained on ${p.id}, not on JumpHole-v0.`,
    envOptions: (p: { why: string }) => `its env options cannot be used (${p.why}).`,
    features: (p: { kind: string }) =>
      `it uses '${p.kind}' features; the scene draws the posts' linear policy (features: linear).`,
  },
  /** The screen-reader status (a polite live region, every few seconds at most). */
  announce: (p: { mode: string; episodes: string; ret: string }) =>
    `Jump, ${p.mode} mode. Episodes: ${p.episodes}. Last return: ${p.ret}.`,
};
