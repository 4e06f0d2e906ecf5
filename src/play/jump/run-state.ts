/**
 * The jump session's run state as a store the scene, the panel and the charts subscribe to: small
 * facts that say what changed (the mode, the lanes, θ recorded at a new episode, new chart points,
 * a new track on screen…). Published by the session after every frame, action and Turbo snapshot;
 * θ, series and gradient records stay in the lanes' typed arrays.
 */
import type { PolicyGradientAgent } from '../../agents/policy-gradient.ts';
import type { JumpMode } from '../../state/jump-settings.ts';
import type { RunStore } from '../shared/run-store.ts';
import type { JumpLane } from './lane.ts';
import type { JumpTrack } from './track.ts';

/** What a chart of one lane depends on. */
export interface LaneFacts {
  readonly lane: JumpLane;
  /** The agent (a new one after a reset, an import, a restart or a hand-over). */
  readonly agent: PolicyGradientAgent;
  /** Episode at which θ was last recorded (θ moves only at updates, which end episodes). */
  readonly thetaAt: number;
  /** Episode of the last chart point (−1: none). */
  readonly seriesEnd: number;
  /** Gradient updates recorded. */
  readonly updates: number;
}

export interface JumpRunState {
  mode: JumpMode;
  paused: boolean;
  /** The agents are being brought home from the worker. */
  switching: boolean;
  turboRunning: boolean;
  /** Why training stopped at the last divergence. */
  diverged: string | null;
  /** One entry per lane (two in Compare); the same array until something in it changes. */
  lanes: readonly LaneFacts[];
  /** Training episodes of the main agent (page and worker). */
  episodes: number;
  /** What the scene draws (a new one for each mode, reset or hand-over). */
  track: JumpTrack;
  /** Agents discarded by Reset or an import can be brought back (Undo). */
  canUndo: boolean;
}

export type JumpRunStore = RunStore<JumpRunState>;

/** The lanes' facts now; `previous` itself when nothing in it changed (so subscribers stay quiet). */
export function laneFacts(lanes: readonly JumpLane[], previous: readonly LaneFacts[]): readonly LaneFacts[] {
  const same =
    lanes.length === previous.length &&
    lanes.every((l, i) => {
      const p = previous[i];
      return (
        p.lane === l &&
        p.agent === l.agent &&
        p.thetaAt === l.thetaAt &&
        p.seriesEnd === seriesEnd(l) &&
        p.updates === l.grads.updates
      );
    });
  if (same) return previous;
  return lanes.map((l) => ({
    lane: l,
    agent: l.agent,
    thetaAt: l.thetaAt,
    seriesEnd: seriesEnd(l),
    updates: l.grads.updates,
  }));
}

function seriesEnd(lane: JumpLane): number {
  const p = lane.series.points;
  return p.length > 0 ? p[p.length - 1].episode : -1;
}
