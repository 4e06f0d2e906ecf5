/**
 * The maze's learning-lab words (issue 11): the cell inspector, each algorithm's own overlay, the
 * greedy-return series on the chart and the changing mazes. Numbers come in already formatted.
 */
import { plural } from '../plural.ts';

const updates = (n: number, text: string) =>
  `${text} ${plural('en', n, { one: 'update', other: 'updates' })}`;

export const lab = {
  /** The panel's controls for each algorithm's own parameters, the ε schedule and the lab views. */
  panel: {
    own: 'initial Q · ε schedule',
    nSteps: 'n (steps)',
    lambda: 'λ trace decay',
    traces: 'traces',
    traceKinds: { replacing: 'replacing', accumulating: 'accumulating' },
    planningSteps: 'planning steps',
    kappa: 'κ bonus (Dyna-Q+)',
    initialQ: 'initial Q',
    schedule: 'ε schedule',
    schedules: { constant: 'constant', linear: 'linear to a floor', exponential: 'exponential to a floor' },
    epsFloor: 'ε floor',
    epsEpisodes: 'episodes to floor',
    epsDecay: 'ε × per episode',
    greedyEvery: 'greedy return every',
    showAlgo: 'algorithm state (L)',
    genericRunner: 'Turbo: generic runner',
    qTable: 'Double Q table (Q)',
    qTables: { sum: 'Q₁ + Q₂', q1: 'Q₁', q2: 'Q₂' },
    /** A typed value out of range: which field, and why it has that range. */
    limits: {
      nSteps: { name: 'n', why: 'a whole number of steps, at least 1' },
      lambda: { name: 'λ', why: 'a decay rate between 0 and 1' },
      planningSteps: { name: 'the planning steps', why: 'a whole number of updates per real step' },
      kappa: { name: 'κ', why: 'a bonus weight, 0 for plain Dyna-Q' },
      initialQ: { name: 'the initial Q', why: 'the panel’s range' },
      epsFloor: { name: 'the ε floor', why: 'it is a probability' },
      epsEpisodes: { name: 'the episodes to the floor', why: 'a whole number of episodes' },
      epsDecay: { name: 'the decay', why: 'a factor above 0 and at most 1' },
      greedyEvery: {
        name: 'the greedy-return interval',
        why: 'episodes between two evaluations, 0 for none',
      },
    },
    /** Config-only settings make a new agent. */
    newConfig: (p: { agent: string }) =>
      `The initial Q or the ε schedule changed: a new ${p.agent} agent starts from scratch with it.`,
  },

  inspector: {
    /** The box's accessible name. */
    label: 'Cell inspector',
    title: (p: { row: string; col: string }) => `Cell row ${p.row}, col ${p.col}`,
    tiles: {
      start: 'the start S',
      goal: 'the goal G: an episode ends here, so nothing is learned for it',
      wall: 'a wall: the agent never stands here',
      cliff: 'a cliff: stepping here costs the fall and sends the agent back to S',
    },
    action: 'action',
    q: 'Q(s, a)',
    trace: 'trace e(s, a)',
    /** Action names, 0 up, 1 right, 2 down, 3 left. */
    actions: { up: '↑ up', right: '→ right', down: '↓ down', left: '← left' },
    greedy: 'greedy',
    /** Which table the Q column shows (Double Q). */
    table: { sum: 'Q₁ + Q₂', q1: 'Q₁', q2: 'Q₂' },
    visits: (p: { visits: string }) => `visits: ${p.visits}`,
    noUpdate: 'No update to this cell yet.',
    /** The last update, introduced. */
    last: (p: { action: string; count: string; n: number }) =>
      `Last update (${updates(p.n, p.count)} so far), to Q(s, ${p.action}):`,
    /** The target of the update, per algorithm. */
    target: {
      'q-learning': (p: { target: string }) => `target ${p.target} = r + γ·max Q(s′, ·)`,
      sarsa: (p: { target: string }) => `target ${p.target} = r + γ·Q(s′, a′) for the a′ it then took`,
      'expected-sarsa': (p: { target: string }) =>
        `target ${p.target} = r + γ·Σ π(a′|s′)·Q(s′, a′), the mean under its ε-greedy policy`,
      'double-q': (p: { target: string }) =>
        `target ${p.target} = r + γ·Q_B(s′, argmax Q_A(s′, ·)): one table picks the action, the other values it`,
      'n-step-sarsa': (p: { target: string; n: string }) =>
        `target ${p.target} = r₁ + γr₂ + … + γ^(n−1)·r_n + γ^n·Q(s_n, a_n), with n = ${p.n}`,
      'sarsa-lambda': (p: { target: string }) => `target ${p.target} = r + γ·Q(s′, a′)`,
      'q-lambda': (p: { target: string }) => `target ${p.target} = r + γ·max Q(s′, ·)`,
      'dyna-q': (p: { target: string }) =>
        `target ${p.target} = r + γ·max Q(s′, ·) of the real step (planning updates since then are counted in the HUD, not shown here)`,
    },
    td: (p: { delta: string; target: string; before: string }) =>
      `TD error δ = target − Q = ${p.target} − ${p.before} = ${p.delta}`,
    step: (p: { before: string; alpha: string; delta: string; after: string }) =>
      `new Q = Q + α·δ = ${p.before} + ${p.alpha} × ${p.delta} = ${p.after}`,
    /** λ methods: the step of the cell's own last visit, spread by its trace. */
    stepTrace: (p: { before: string; alpha: string; delta: string; after: string }) =>
      `Q ${p.before} → ${p.after} (α = ${p.alpha}; every traced cell moves by α·δ·e, δ = ${p.delta})`,
  },

  /** The algorithm's own state, drawn on the board and named in the legend. */
  overlays: {
    tracesTurbo: 'traces e(s, a) live in the worker: shown outside Turbo',
    modelTurbo: 'the Dyna model lives in the worker: shown outside Turbo',
    pendingTurbo: 'the n-step window lives in the worker: shown outside Turbo',
    tablesTurbo: 'Q₁ and Q₂ alone outside Turbo',
    traces: (p: { count: string }) => `traces e(s, a) (${p.count} traced)`,
    model: (p: { known: string }) => `model knows ${p.known} pairs`,
    planning: (p: { count: string }) => `planning updates ${p.count}`,
    pending: (p: { count: string; n: string }) => `n-step window ${p.count}/${p.n}`,
    table: (p: { table: string }) => `heat and arrows: ${p.table}`,
  },

  charts: {
    greedy: 'greedy return (ε = 0, no learning)',
    change: 'walls change',
  },

  /** Changing mazes (blocking, shortcut). */
  change: {
    notice: (p: { step: string }) =>
      `The walls changed at step ${p.step}: the agent keeps its Q-table and must find out.`,
    banner: 'The walls changed!',
  },
};
