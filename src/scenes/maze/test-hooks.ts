/**
 * Read-only test hooks for the browser tests: `window.__rl.maze` while the maze scene runs. Plain
 * values (they cross `page.evaluate`), read on demand from the session.
 */
import type Phaser from 'phaser';
import type { OptimalView } from '../../play/maze/optimal-view.ts';
import { qSum } from '../../play/maze/policy.ts';
import type { ReferenceReport } from '../../play/maze/reference.ts';
import type { MazeSession } from '../../play/maze/session.ts';
import type { MazeSettings, MazeSettingsStore } from '../../state/maze-settings.ts';
import { dynaOf, nStepOf, tracesOf } from './algo-state.ts';
import type { MazeBoard } from './board.ts';

export interface MazeTestHooks {
  readonly mode: string;
  readonly paused: boolean;
  readonly editing: boolean;
  readonly switching: boolean;
  readonly turboRunning: boolean;
  readonly position: number;
  readonly start: number;
  readonly goal: number;
  readonly rows: readonly string[];
  readonly steps: number;
  readonly episodes: number;
  readonly agentKind: string;
  readonly params: { epsilon: number; alpha: number; gamma: number };
  readonly qSum: number;
  readonly greedy: { reached: boolean; steps: number };
  readonly lastEpisode: { index: number; count: number; return: number; length: number; success: boolean };
  readonly lastEval: { return: number; length: number; success: boolean } | null;
  readonly play: { return: number; steps: number; episodes: number; done: boolean };
  readonly lastReward: number;
  readonly seriesPoints: number;
  /** Greedy-return evaluations on the chart: how many points, and the last one's return. */
  readonly greedySeries: { points: number; last: number | null };
  /** Wall changes marked on the chart (changing mazes). */
  readonly wallChanges: number;
  /** The algorithm's own state: traced pairs (λ), known model pairs and planning updates (Dyna), pending steps (n-step). */
  readonly algo: { traced: number; known: number; planning: number; pending: number };
  /** Mean return of the first and the last 20 chart points. */
  readonly returnTrend: { first: number; last: number };
  /** The returns of the agent's first training episodes on the page (a link's first episodes). */
  readonly firstReturns: number[];
  readonly visitsSum: number;
  readonly trail: { moves: number; explored: number };
  readonly turbo: {
    snapshots: number;
    lastSnapshotAt: number;
    snapshotsPerSecond: number;
    stepsPerSecond: number;
  };
  readonly highlight: { row: number; col: number } | null;
  /** A discarded agent can be brought back (Undo). */
  readonly canUndo: boolean;
  /** The settings store's values. */
  readonly settings: MazeSettings;
  /** Frames per second and env steps per second the scene measured over the last second. */
  readonly measured: { fps: number; stepsPerSecond: number };
  /** The board's frame in game coordinates, and the game's size (the canvas scales both alike). */
  readonly board: {
    x: number;
    y: number;
    width: number;
    height: number;
    gameWidth: number;
    gameHeight: number;
  };
  /**
   * The optimal reference: whether the board shows it, which values (V* or the swept V_k), the
   * sweeps, the values at S (shown, and V*), and the distance report.
   */
  readonly optimal: {
    shown: boolean;
    kind: 'optimal' | 'sweep';
    sweeps: number;
    residual: number;
    converged: boolean;
    resetBy: string | null;
    shownAtStart: number;
    vStarAtStart: number;
    report: ReferenceReport | null;
  };
  /** Where a cell's centre is in page (client) coordinates, for mouse clicks. */
  cellToClient(row: number, col: number): { x: number; y: number };
}

type Hooked = { maze?: MazeTestHooks };

export function installMazeHooks(
  game: Phaser.Game,
  session: MazeSession,
  store: MazeSettingsStore,
  board: () => MazeBoard,
  measured: { fps: number; stepsPerSecond: number },
  optimal: OptimalView,
): () => void {
  const hooks: MazeTestHooks = {
    get mode() {
      return session.mode;
    },
    get paused() {
      return session.paused;
    },
    get editing() {
      return session.editing;
    },
    get switching() {
      return session.switching;
    },
    get turboRunning() {
      return session.turboRunning;
    },
    get position() {
      return session.position;
    },
    get start() {
      return session.maze.layout.start;
    },
    get goal() {
      return session.maze.layout.goal;
    },
    get rows() {
      return session.spec.rows.slice();
    },
    get steps() {
      return session.steps;
    },
    get episodes() {
      return session.episodes;
    },
    get agentKind() {
      return session.agent.kind;
    },
    get params() {
      return { ...session.agent.params };
    },
    get qSum() {
      return qSum(session.agent.q);
    },
    get greedy() {
      const g = session.greedy();
      return { reached: g.reached, steps: g.steps };
    },
    get lastEpisode() {
      return { ...session.lastEpisode };
    },
    get lastEval() {
      return session.lastEval && { ...session.lastEval };
    },
    get play() {
      return { ...session.play };
    },
    get lastReward() {
      return session.last.reward;
    },
    get seriesPoints() {
      return session.series.points.length;
    },
    get wallChanges() {
      return session.record.changes.length;
    },
    get algo() {
      const a = session.agent;
      return {
        traced: tracesOf(a)?.tracedCount ?? 0,
        known: dynaOf(a)?.modelSize ?? 0,
        planning: dynaOf(a)?.planningUpdates ?? 0,
        pending: nStepOf(a)?.pendingCount ?? 0,
      };
    },
    get greedySeries() {
      const p = session.record.greedy.points;
      return { points: p.length, last: p.at(-1)?.meanReturn ?? null };
    },
    get returnTrend() {
      const p = session.series.points;
      const mean = (xs: typeof p) => xs.reduce((a, x) => a + x.meanReturn, 0) / Math.max(1, xs.length);
      return { first: mean(p.slice(0, 20)), last: mean(p.slice(-20)) };
    },
    get firstReturns() {
      return session.record.firstReturns.slice();
    },
    get visitsSum() {
      return session.visits.reduce((a, b) => a + b, 0);
    },
    get trail() {
      return { moves: session.trail.moves, explored: session.trail.explored };
    },
    get turbo() {
      const t = session.turbo;
      return {
        snapshots: t.snapshots,
        lastSnapshotAt: t.lastSnapshotAt,
        snapshotsPerSecond: t.snapshotsPerSecond,
        stepsPerSecond: t.stepsPerSecond,
      };
    },
    get settings() {
      const { update: _u, resetSettings: _r, ...values } = store.getState();
      return values as MazeSettings;
    },
    get canUndo() {
      return session.runState.getState().canUndo;
    },
    get highlight() {
      const h = session.highlight;
      return h && { row: h.row, col: h.col };
    },
    get measured() {
      return { ...measured };
    },
    get optimal() {
      const v = optimal.values();
      const s = optimal.stepper;
      const start = session.maze.layout.start;
      const r = optimal.tracker.report;
      return {
        shown: optimal.shown,
        kind: v.kind,
        sweeps: v.sweeps,
        residual: s.residual,
        converged: v.converged,
        resetBy: s.resetBy,
        shownAtStart: v.v[start],
        vStarAtStart: optimal.optimal.v[start],
        report: r && { ...r },
      };
    },
    get board() {
      const b = board();
      return {
        x: b.x0,
        y: b.y0,
        width: b.tile * b.layout.width,
        height: b.tile * b.layout.height,
        gameWidth: game.scale.width,
        gameHeight: game.scale.height,
      };
    },
    cellToClient(row, col) {
      const b = board();
      const cell = row * b.layout.width + col;
      const rect = game.canvas.getBoundingClientRect();
      return {
        x: rect.left + (b.cx(cell) / game.scale.width) * rect.width,
        y: rect.top + (b.cy(cell) / game.scale.height) * rect.height,
      };
    },
  };
  const rl = window.__rl as Hooked | undefined;
  if (rl) rl.maze = hooks;
  return () => {
    if (rl?.maze === hooks) delete rl.maze;
  };
}
