/**
 * The maze words: the canvas HUD, the panel, the readout and its explanations, the charts, the
 * help, and what the session tells the user. Numbers come in already formatted (src/core/format.ts);
 * a message whose noun follows a count takes the count itself (`n`) for the plural.
 */
import { plural } from '../plural.ts';
import { agentNames } from './agent-names.ts';
import { dp } from './maze-dp.ts';
import { lab } from './maze-lab.ts';

/** An error's words without their final full stop (they go inside parentheses or before a colon). */
const bare = (text: string) => text.replace(/\.$/, '');
const steps = (n: number, text: string) => `${text} ${plural('en', n, { one: 'step', other: 'steps' })}`;
const episodes = (n: number, text: string) =>
  `${text} ${plural('en', n, { one: 'episode', other: 'episodes' })}`;

/** The cliff lesson, shared by the explanations (Sutton & Barto, Example 6.6). */
const CLIFF = 'Cliff walking (Sutton & Barto, Ex. 6.6; −1 per step, −100 for a fall)';

export const maze = {
  /** The calm screen-reader summary of the run (an aria-live region, every few seconds). */
  announce: (p: { mode: string; episodes: string; ret: string }) =>
    `${p.mode} mode. Episodes: ${p.episodes}. Last return: ${p.ret}.`,
  /** What ends a sentence (added to an error's words that come without one). */
  fullStop: '.',
  /** The scene's title, naming the agent that runs. */
  title: (p: { agent: string }) => `Maze · ${p.agent}`,
  /** Agent kinds (names stay names; Q学習 in Japanese). */
  agents: agentNames,
  /** What each tabular agent learns, in one sentence (said when the user switches to it). */
  agentLessons: {
    'q-learning': 'Q-learning learns the values of the greedy policy, whatever it does while exploring.',
    sarsa:
      'SARSA learns the values of the ε-greedy policy it actually follows, so it keeps away from risky cells.',
    'expected-sarsa':
      'Expected SARSA averages over the ε-greedy policy instead of sampling the next action: the same values as SARSA, with less noise.',
    'double-q':
      'Double Q-learning keeps two tables and lets one judge the other’s best action, so noisy rewards do not inflate its values.',
    'n-step-sarsa':
      'n-step SARSA waits n steps before each update, so a reward reaches n cells back at once.',
    'sarsa-lambda':
      'SARSA(λ) keeps an eligibility trace of recent cells and updates them all at every step, fading by γλ.',
    'q-lambda':
      'Watkins’s Q(λ) traces recent cells like SARSA(λ), but cuts the trace after an exploratory move.',
    'dyna-q':
      'Dyna-Q learns a model of the maze and replays it: several planning updates per real step; κ > 0 rewards trying what was not tried for long (Dyna-Q+).',
  },
  /** What maze runs: a preset, a generated one or an edited one. */
  mazeName: {
    preset: (p: { name: string }) => `preset ${p.name}`,
    generated: (p: { size: string; seed: string }) => `generated ${p.size} #${p.seed}`,
    edited: (p: { size: string }) => `edited ${p.size}`,
  },
  /** Preset names as shown (the link and the route keep the English name: `#maze/cliff`). */
  presets: {
    small: 'small',
    bench10: 'bench10',
    large: 'large',
    cliff: 'cliff',
    dyna: 'Dyna',
    blocking: 'blocking',
    shortcut: 'shortcut',
    'cliff-book': "cliff (the book's rewards)",
  },

  hud: {
    badge: { play: 'PLAY', watch: 'WATCH', turbo: 'TURBO', evaluate: 'EVALUATE', edit: 'EDIT' },
    paused: 'PAUSED',
    handingOver: 'handing over…',
    speed: (p: { speed: string }) => `speed ${p.speed}`,
    fps: (p: { fps: string }) => `${p.fps} fps`,
    heatRange: (p: { min: string; max: string }) => `max Q  ${p.min} … ${p.max}`,
    heatOne: (p: { value: string }) => `max Q ${p.value}`,
    logScale: '(log scale)',
    unlearned: 'nothing learned yet',
    unlearnedOnly: 'max Q: nothing learned yet',
    visits: (p: { max: string }) => `visits (log scale, max ${p.max})`,
    trail: { greedy: 'greedy', explore: 'explore (ε)', undecided: 'no preference' },
    editing: 'click a tile: floor → wall → cliff · drag S or G to move them',
    lastReward: (p: { reward: string }) => `last reward ${p.reward}`,
    play: (p: { ret: string; step: string }) => `return ${p.ret} · step ${p.step} · ←↑→↓ / WASD to move`,
    watch: (p: { episode: string; step: string; ret: string; epsilon: string }) =>
      `episode ${p.episode} · step ${p.step} · return ${p.ret} · ε ${p.epsilon}`,
    turboRunning: (p: { rate: string; episodes: string; n: number }) =>
      `training in a Web Worker · ${p.rate} steps/s · ${episodes(p.n, p.episodes)}`,
    turboPaused: (p: { episodes: string; n: number }) => `Turbo paused · ${episodes(p.n, p.episodes)}`,
    evaluate: (p: { step: string; ret: string }) =>
      `greedy policy (ε = 0) · step ${p.step} · return ${p.ret}`,
    evalReached: (p: { steps: string; n: number }) => `last run: G in ${steps(p.n, p.steps)}`,
    evalMissed: (p: { steps: string; n: number }) => `last run: no G after ${steps(p.n, p.steps)}`,
    hintEdit: 'E: done editing · each accepted change makes a new agent for the new maze',
    hintModes: '1 Play · 2 Watch · 3 Turbo · 4 Evaluate',
    hintPlay: 'R restart · H G V T overlays · ? help',
    hintRun:
      'Space pause · N step · +/− speed · R restart · H G V T L O overlays · B sweep · I inspect · E edit · ? help',
    reached: 'Reached G!',
    timeUp: 'Time is up.',
    bannerReturn: (p: { ret: string; steps: string; n: number }) =>
      `Return ${p.ret} in ${steps(p.n, p.steps)}`,
    playAgain: 'move to play again',
  },

  panel: {
    title: (p: { agent: string }) => `Maze · ${p.agent}`,
    paused: 'paused',
    mode: 'mode',
    modes: {
      play: 'Play (you move)',
      watch: 'Watch (train on screen)',
      turbo: 'Turbo (train in a worker)',
      evaluate: 'Evaluate (greedy, ε = 0)',
    },
    pause: 'Pause',
    resume: 'Resume',
    stepOnce: 'Step once',
    tabs: { agent: 'Agent', maze: 'Maze', view: 'View' },
    agent: 'agent',
    epsilon: 'ε explore',
    alpha: 'α step size',
    gamma: 'γ discount',
    speed: 'speed',
    seed: 'seed (new agent)',
    learnFromPlay: 'learn from Play',
    restartEpisode: 'Restart episode (agent to S)',
    resetAgent: 'Reset agent (forget Q)',
    undo: 'Undo: bring the last agent back',
    export: 'Export agent (JSON)',
    import: 'Import agent…',
    source: 'maze',
    sources: { preset: 'preset', generated: 'generated', custom: 'edited' },
    preset: 'preset',
    presetOption: (p: { name: string; size: string }) => `${p.name} (${p.size})`,
    generatedFolder: 'generated maze',
    width: 'width',
    height: 'height',
    mazeSeed: 'maze seed',
    newMaze: 'New random maze',
    edit: 'edit (E)',
    rewards: 'rewards',
    stepReward: 'step',
    goalReward: 'goal',
    cliffReward: 'cliff',
    heat: 'max-Q heat (H)',
    arrows: 'greedy arrows (G)',
    visits: 'visit counts (V)',
    trail: 'trail (T)',
    heatScale: 'heat scale',
    heatScales: { auto: 'auto (log past 20×)', log: 'log', linear: 'linear' },
    /** A typed value out of range: which field, and why it has that range. */
    limits: {
      epsilon: { name: 'ε', why: 'it is a probability' },
      alpha: { name: 'α', why: 'a step size: the share of each error the agent learns from' },
      gamma: { name: 'γ', why: 'the share of each later reward that counts' },
      seed: { name: 'the seed', why: 'a whole number the generator accepts' },
      genWidth: { name: 'the width', why: 'odd sizes up to what the board can draw' },
      genHeight: { name: 'the height', why: 'odd sizes up to what the board can draw' },
      genSeed: { name: 'the maze seed', why: 'a whole number the generator accepts' },
      stepReward: { name: 'the step reward', why: 'the panel’s range' },
      goalReward: { name: 'the goal reward', why: 'the panel’s range' },
      cliffReward: { name: 'the cliff reward', why: 'a fall costs, never pays' },
      speed: { name: 'speed', why: 'steps per second the page can run' },
    },
  },

  readout: {
    agent: (p: { agent: string; seed: string; maze: string }) => `${p.agent} · seed ${p.seed} · ${p.maze}`,
    counts: (p: { episodes: string; steps: string }) => `episodes ${p.episodes} · steps ${p.steps}`,
    noEpisode: 'last episode: none finished yet',
    lastMany: (p: { count: string; ret: string; length: string; rate: string }) =>
      `last ${p.count} episodes: mean return ${p.ret}, length ${p.length}, ${p.rate} reach G`,
    lastOne: (p: { ret: string; steps: string; n: number; success: boolean }) =>
      `last episode: return ${p.ret} in ${steps(p.n, p.steps)}${p.success ? ' (reached G)' : ' (time limit)'}`,
    greedyReaches: (p: { steps: string; n: number; shortest: string; best: boolean }) =>
      `greedy policy: reaches G in ${steps(p.n, p.steps)} (shortest ${p.shortest})${p.best ? ' ✓' : ''}`,
    greedyLoops: (p: { steps: string; n: number }) =>
      `greedy policy: does not reach G yet (loops after ${steps(p.n, p.steps)})`,
    rewards: (p: { step: string; goal: string; cliff: string }) =>
      `rewards: step ${p.step} · goal ${p.goal} · cliff ${p.cliff}`,
    turbo: (p: { rate: string; snapshots: string }) =>
      `turbo: ${p.rate} steps/s in a worker · ${p.snapshots} snapshots/s`,
  },

  /** The box under the readout: why the agent does what it does, for the situation on screen. */
  explain: {
    /** Between two sentences of an explanation. */
    join: (p: { first: string; next: string }) => `${p.first} ${p.next}`,
    editing:
      'Editing: click a tile to cycle floor → wall → cliff; drag S or G to move them. A change that leaves G unreachable is refused (the red cell says where). Each accepted change builds a new env and a new agent, since a Q-table belongs to one maze.',
    evaluate:
      'Evaluate runs the greedy policy, ε = 0: in every cell the action with the highest Q, exactly what the arrows show. It neither explores nor learns. If it loops, the Q-values have not yet carried the goal back that far.',
    play: 'You are the policy: arrow keys or WASD.',
    playLearns: 'The agent learns from your moves; watch the heat map change.',
    playLearnsOffPolicy:
      'The agent learns from your moves (Q-learning is off-policy: any behaviour teaches it the greedy values); watch the heat map change.',
    playNoLearning: 'Learning from your moves is off.',
    turbo:
      'Turbo: the same runner trains in a Web Worker, in batches of thousands of steps; the heat map, arrows, visits and charts follow its snapshots (several a second), and ε, α, γ reach it at its next batch. No trail here: no single episode is worth watching at this speed. Switch to Evaluate to see the greedy policy it has learned.',
    why: (p: { epsilon: string; rate: string }) =>
      `Why does it turn back half-way? It acts ε-greedily: with probability ε = ${p.epsilon} it picks a random move, which differs from the greedy one ${p.rate} of the time. Pink trail steps are such moves`,
    thisEpisode: (p: { explored: string; moves: string }) => ` (this episode: ${p.explored} of ${p.moves})`,
    whyEnd:
      '; grey ones are cells with no preference yet (all Q equal, so even "greedy" is a coin toss). The arrows are the greedy policy it is learning; Evaluate follows it with ε = 0.',
    cliffQ: `${CLIFF}: Q-learning learns the values of the greedy policy, so its arrows run along the edge (13 steps), and ε-exploration there sometimes drops it off: a lower return while training. Switch the agent to SARSA and compare.`,
    cliffSarsa: `${CLIFF}: SARSA learns the values of the ε-greedy policy it actually follows, falls included, so it keeps a row or two away from the edge (15–17 steps) and earns more while exploring. Compare with Q-learning.`,
  },

  charts: {
    returnTitle: 'Episode return',
    lengthTitle: 'Episode length (steps)',
    episode: 'episode',
    return: 'return',
    length: 'length',
    average: 'moving average',
  },

  help: {
    move: {
      keys: '← ↑ → ↓ / W A S D',
      action: 'Play mode: move the agent yourself (the reward of each step floats up)',
    },
    swipe: { keys: 'swipe / tap a neighbour', action: 'Play mode on a touch screen: move one cell that way' },
    modes: {
      keys: '1 / 2 / 3 / 4',
      action: 'mode: Play · Watch (train on screen) · Turbo (train in a worker) · Evaluate (greedy, ε = 0)',
    },
    pause: { keys: 'Space', action: 'pause / resume (Watch, Turbo, Evaluate)' },
    step: { keys: 'N', action: 'one step (Watch, Evaluate; pauses)' },
    speed: { keys: '+ / −', action: 'twice / half the speed (1 step/s … 1M steps/s)' },
    restart: { keys: 'R', action: 'restart the episode from S (keeps everything learned)' },
    overlays: {
      keys: 'H / G / V / T',
      action: 'overlays: max-Q heat map · greedy arrows · visit counts · trail',
    },
    algo: {
      keys: 'L / Q',
      action:
        'the algorithm’s own state: traces (λ), the model and planning count (Dyna-Q), the n-step window · Double Q: heat and arrows of Q₁ + Q₂, Q₁ or Q₂',
    },
    inspect: {
      keys: 'hover / tap a cell · I',
      action:
        'cell inspector: Q(s, ·), visits, trace and the last update written out (I: the agent’s own cell, again to close)',
    },
    optimal: {
      keys: 'O',
      action:
        'the board shows the optimal values V* (value iteration) and their greedy arrows, or the agent’s own again',
    },
    sweep: {
      keys: 'B',
      action:
        'one value-iteration sweep (every cell backed up once from the last values); the board then shows V_k',
    },
    edit: { keys: 'E', action: 'edit the maze on / off' },
    click: { keys: 'click', action: 'edit: cycle a tile floor → wall → cliff' },
    drag: { keys: 'drag S / drag G', action: 'edit: move the start / the goal' },
    panelAgent: {
      keys: 'Panel: Agent',
      action: 'Q-learning or SARSA (a new agent), ε α γ (next step), speed, seed, learn from Play',
    },
    panelButtons: {
      keys: 'Panel: buttons',
      action: 'Pause · Resume · Step once · Restart episode · Reset agent · Export / Import agent (JSON)',
    },
    panelMaze: {
      keys: 'Panel: Maze',
      action: 'preset · generated (size, seed, New random maze) · edit · rewards',
    },
    panelView: { keys: 'Panel: View', action: 'the four overlays' },
    panelDp: {
      keys: 'Panel: Dynamic programming',
      action:
        'Sweep · Run to convergence · Reset; the sweep count and the Bellman residual; under the panel, the agent’s distance to its reference (V* or V^π)',
    },
  },

  touch: {
    mode: (p: { mode: string }) => `Mode: ${p.mode}`,
  },

  /** What the session tells the user (notices). */
  messages: {
    newAgent: (p: { agent: string; seed: string }) =>
      `New ${p.agent} agent (seed ${p.seed}): its Q-table starts from zero.`,
    newMaze: (p: { maze: string; size: string; agent: string }) =>
      `New maze (${p.maze}, ${p.size}): a new ${p.agent} agent starts from scratch, since a Q-table belongs to one maze.`,
    editedMaze: 'Maze edited: a new agent starts from scratch, since a Q-table belongs to one maze.',
    rewards: (p: { step: string; goal: string; cliff: string }) =>
      `Rewards now step ${p.step}, goal ${p.goal}, cliff ${p.cliff}: the same agent keeps learning under them.`,
    kindSwitch: (p: { from: string; to: string; lesson: string }) =>
      `Switched from ${p.from} to ${p.to}: a new agent starts from scratch. ${p.lesson}`,
    badMaze: (p: { why: string }) =>
      `That maze cannot be used: ${bare(p.why)}. The previous maze and agent stay.`,
    badSavedMaze: (p: { why: string }) =>
      `The saved maze could not be used (${bare(p.why)}); using the small preset.`,
    badSavedAgent: (p: { why: string }) =>
      `The saved maze agent could not be restored (${bare(p.why)}); starting a new one.`,
    editing:
      'Editing the maze: click a tile to cycle floor → wall → cliff, drag S or G to move them. Each change builds a new env and a new agent of the right size (a Q-table belongs to one maze).',
    imported: (p: { agent: string; episodes: string; steps: string; maze: string }) =>
      `Imported a ${p.agent} agent trained for ${p.episodes} episodes (${p.steps} steps) on ${p.maze}. It continues from here; Evaluate shows its greedy policy.`,
    importRefused: (p: { fileName: string; why: string }) =>
      `Import of ${p.fileName} refused: ${p.why} The current agent is unchanged.`,
    theFile: 'the file',
    restored: (p: { maze: string }) => `The previous agent is back, on ${p.maze}.`,
    turboError: (p: { message: string }) =>
      `Turbo training stopped: ${bare(p.message)}. The agent keeps the last snapshot's Q-table; press Resume to try again.`,
    noHandBack: 'The training worker did not hand the agent back in time; continuing from its last snapshot.',
    undoable: (p: { text: string; episodes: string; steps: string }) =>
      `${p.text} Undo brings back the previous agent (${p.episodes} episodes, ${p.steps} steps).`,
    editRefused: (p: { why: string }) => `${p.why} The maze is unchanged.`,
  },

  /** Why an edit or a file is refused (the session's own checks; the env's are coded errors). */
  refusals: {
    outside: (p: { row: number; col: number }) => `(row ${p.row}, col ${p.col}) is outside the maze.`,
    dragMarker: (p: { marker: string }) =>
      `That is ${p.marker === 'S' ? 'the start S' : 'the goal G'}: drag it to move it.`,
    sameCell: (p: { row: number; col: number }) =>
      `S and G cannot share a cell (row ${p.row}, col ${p.col}).`,
    reinforce: 'it holds a REINFORCE agent (for the jump scene); the maze needs Q-learning or SARSA.',
    otherEnv: (p: { env: string }) => `the agent was trained on ${p.env}, not on the maze.`,
    badMaze: (p: { why: string }) => `its maze cannot be used (${bare(p.why)}).`,
    noMaze: 'it names no maze.',
    tooBig: (p: { width: number; height: number; max: number }) =>
      `its maze is ${p.width}×${p.height}; the scene shows mazes up to ${p.max}×${p.max}.`,
    tableSize: (p: { states: number; actions: number; mazeStates: number; named: boolean }) =>
      `its Q-table is ${p.states} states × ${p.actions} actions, but the maze has ${p.mazeStates} × 4${p.named ? '' : ' (and the file names no maze)'}.`,
  },
  /** Shared links (Copy link, and opening one). */
  link: {
    opened: 'Opened a shared link: its maze and settings are in place, with a new agent from its seed.',
    replaced:
      'Opened a shared link: its maze and settings replace yours, with a new agent from its seed. Undo brings back your maze, settings and agent.',
    restored: 'Your maze, settings and agent are back.',
    badLayout: (p: { value: string; why: string }) =>
      `The link's layout=${p.value} cannot be used (${p.why}), so the default maze opens.`,
    tooLongToShare: (p: { length: string; limit: string }) =>
      `This maze is too large for a link (${p.length} characters, more than ${p.limit}): the link keeps the other settings and opens the default maze.`,
    /** Why a link's layout was refused. */
    why: {
      tooLong: (p: { length: string; limit: string }) => `${p.length} characters, more than ${p.limit}`,
      unknownPreset: (p: { name: string }) => `there is no maze called "${p.name}"`,
      format: 'it is not a maze written by Copy link',
      size: (p: { width: string; height: string; min: string; max: string }) =>
        `${p.width}×${p.height} is outside ${p.min} to ${p.max} tiles a side`,
      cells: 'S or G is not on a floor tile inside the maze',
      tiles: 'a tile is neither floor, wall nor cliff',
    },
  },
  /** The learning lab (issue 11): inspector, per-algorithm overlays, greedy return, changing mazes. */
  lab,
  /** Dynamic programming: the optimal overlay, stepped value iteration, the distance readout. */
  dp,
};
