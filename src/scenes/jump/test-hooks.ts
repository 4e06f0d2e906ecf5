/**
 * Test hooks for the browser tests: `window.__rl.jump` while the jump scene runs (test build only,
 * see src/scenes/shared/test-hooks.ts). Read-only views
 * (plain values that cross `page.evaluate`, read on demand from the session) and a few commands;
 * never the live session object.
 */
import type { JumpSession } from '../../play/jump/session.ts';
import type { JumpSettings } from '../../state/jump-settings.ts';

export interface JumpLaneView {
  /** Index of the next (or current) training episode. */
  readonly episodes: number;
  /** Steps taken by the lane's training runner. */
  readonly steps: number;
  /** Success rate over the last 100 episodes (NaN before any). */
  readonly recentSuccess: number;
  readonly theta: number[];
  /** Live params; REINFORCE's batchEpisodes and baseline are absent for the actor–critic. */
  readonly params: {
    learningRate: number;
    gamma: number;
    valueLearningRate: number;
    batchEpisodes?: number;
    baseline?: string;
  };
  /** 'reinforce' or 'actor-critic'. */
  readonly kind: string;
  /** w of the learned v̂(s) (zeros unless a learned baseline or the actor–critic). */
  readonly w: number[];
  readonly seriesPoints: number;
  /** Gradient updates recorded, and the variance ratio of the two estimates (1 without a baseline). */
  readonly updates: number;
  readonly varianceRatio: number;
  /** The first episode the lane finished (index −1 before): same link, same seed → the same one. */
  readonly firstEpisode: { index: number; return: number; holeStart: number };
}

export interface JumpHoleView {
  readonly x: number;
  readonly y: number;
  readonly onGround: boolean;
  readonly holeStart: number;
  readonly holeEnd: number;
  readonly outcome: string;
}

export interface JumpTestHooks {
  readonly mode: string;
  readonly paused: boolean;
  readonly switching: boolean;
  readonly turboRunning: boolean;
  readonly compare: boolean;
  readonly diverged: string | null;
  readonly runSeed: number;
  /** Training episodes of the main agent (page and worker). */
  readonly episodes: number;
  readonly canUndo: boolean;
  readonly settings: JumpSettings;
  readonly turbo: { snapshots: number; snapshotsPerSecond: number; stepsPerSecond: number };
  readonly track: { steps: number; phase: string; runners: number; holes: JumpHoleView[] };
  readonly lanes: JumpLaneView[];
  readonly play: { episodes: number; clears: number; jumps: number; lastReward: number };
  /** Both gradient estimates of the mean-baseline lane compared, or null without one. */
  readonly gradient: { updates: number; varianceRatio: number } | null;
  /** Commands (as the panel's buttons). */
  undo(): boolean;
}

export function installJumpHooks(session: JumpSession): () => void {
  const hooks: JumpTestHooks = {
    get mode() {
      return session.mode;
    },
    get paused() {
      return session.paused;
    },
    get switching() {
      return session.switching;
    },
    get turboRunning() {
      return session.turboRunning;
    },
    get compare() {
      return session.compare;
    },
    get diverged() {
      return session.diverged;
    },
    get runSeed() {
      return session.runSeed;
    },
    get episodes() {
      return session.episodes;
    },
    get canUndo() {
      return session.runState.getState().canUndo;
    },
    get settings() {
      const { update: _u, resetSettings: _r, ...values } = session.settings.getState();
      return values as JumpSettings;
    },
    get turbo() {
      const t = session.turbo;
      return {
        snapshots: t.snapshots,
        snapshotsPerSecond: t.snapshotsPerSecond,
        stepsPerSecond: t.stepsPerSecond,
      };
    },
    get track() {
      const t = session.track;
      return {
        steps: t.steps,
        phase: t.phase,
        runners: t.runners.length,
        holes: t.holes.map((h) => ({
          x: h.x,
          y: h.y,
          onGround: h.onGround,
          holeStart: h.holeStart,
          holeEnd: h.holeEnd,
          outcome: h.outcome,
        })),
      };
    },
    get lanes() {
      return session.lanes.map((l) => ({
        episodes: l.episodes,
        steps: l.runner.steps,
        recentSuccess: l.recentSuccess(),
        theta: Array.from(l.agent.theta),
        params: { ...l.agent.params },
        kind: l.agent.kind,
        w: Array.from(l.agent.w),
        seriesPoints: l.series.points.length,
        updates: l.grads.updates,
        varianceRatio: l.grads.compare().varianceRatio,
        firstEpisode: { ...l.firstEpisode },
      }));
    },
    get play() {
      return { ...session.play };
    },
    get gradient() {
      const c = session.gradientComparison();
      return c && { updates: c.updates, varianceRatio: c.varianceRatio };
    },
    undo: () => session.undo(),
  };
  const rl = window.__rl;
  if (rl) rl.jump = hooks;
  return () => {
    if (rl?.jump === hooks) delete rl.jump;
  };
}
