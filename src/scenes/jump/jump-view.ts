/**
 * Draws a `JumpSession` every frame: the world around the hole of the episode on screen, one or two
 * runners (the ghost is the no-baseline twin), the policy strip, the HUD and the effects. Between two
 * env steps the runners are interpolated; at slow speeds the track's outro and intro become a fall
 * into the hole or a run to the flag, and a run-in from the left. Reads the session, never steps it.
 */

import type Phaser from 'phaser';
import { t } from '../../i18n/language.ts';
import { learnerOf } from '../../play/jump/learners.ts';
import type { JumpSession } from '../../play/jump/session.ts';
import { isPaced } from '../../play/jump/track.ts';
import { prefersReducedMotion } from '../../ui/shared/motion.ts';
import { Effects } from './effects.ts';
import { Hud } from './hud.ts';
import { type JumpLayout, LANDSCAPE_LAYOUT, RUN_IN_FROM_M, xPx, yPx } from './layout.ts';
import { PolicyStrip } from './policy-strip.ts';
import { RunnerView } from './runner-view.ts';
import { FLAG_PAST_EDGE_M, WorldView } from './world-view.ts';

/** Cosmetic motion after an episode ends: m/s and m/s². */
const RUN_OUT_SPEED = 6;
const FALL_GRAVITY = 14;

type Outcome = 'running' | 'fell' | 'cleared';

export class JumpView {
  private readonly world: WorldView;
  private readonly strip: PolicyStrip;
  private readonly hud: Hud;
  private readonly effects: Effects;
  private readonly runners: RunnerView[];
  private readonly prevOnGround = [true, true];
  private readonly prevOutcome: Outcome[] = ['running', 'running'];
  private readonly endedAt = [0, 0];
  /** An ending whose effect waits until the runner is drawn at the end (after the last step's glide). */
  private readonly pendingEffect = [false, false];
  private lastStarts = -1;
  private lastTrack: unknown = null;
  private time = 0;
  /** prefers-reduced-motion, read once per frame. */
  private reducedMotion = false;

  constructor(
    scene: Phaser.Scene,
    private readonly session: JumpSession,
    layout: JumpLayout = LANDSCAPE_LAYOUT,
  ) {
    const k = layout.textScale;
    this.world = new WorldView(scene);
    this.runners = [new RunnerView(scene, false, k), new RunnerView(scene, true, k)];
    this.runners[0].setDepth(10);
    this.runners[1].setDepth(9);
    this.strip = new PolicyStrip(scene, 20, layout);
    this.effects = new Effects(scene, 25, k);
    this.hud = new Hud(scene, 30, layout);
  }

  update(deltaMs: number): void {
    const s = this.session;
    const track = s.track;
    this.time += deltaMs;
    this.reducedMotion = prefersReducedMotion();
    const main = track.holes[0];
    this.world.setHole(main.holeStart, main.holeEnd);
    this.strip.update(s, main.holeStart, main.holeEnd, main.windowLength);
    const speed = s.displaySpeed;
    const paced = isPaced(speed);
    const stepMs = 1000 / speed;
    if (track !== this.lastTrack || track.starts !== this.lastStarts) {
      // A new episode (or a new track): forget the last one's ending.
      this.lastTrack = track;
      this.lastStarts = track.starts;
      this.prevOutcome.fill('running');
      this.prevOnGround.fill(true);
      this.pendingEffect.fill(false);
    }
    const alpha = paced ? Math.min(1, track.msSinceStep / stepMs) : 1;
    for (let i = 0; i < this.runners.length; i++) {
      const view = this.runners[i];
      const hole = track.holes[i];
      if (!hole) {
        view.setVisible(false);
        this.strip.mark(i, null, s, main.windowLength);
        continue;
      }
      view.setVisible(true);
      view.setTag(this.tag(i));
      this.watchEvents(i, paced);
      const x = track.fromX[i] + (hole.x - track.fromX[i]) * alpha;
      const y = track.fromY[i] + (hole.y - track.fromY[i]) * alpha;
      const since = (this.time - this.endedAt[i]) / 1000 - (paced ? stepMs / 1000 : 0);
      let onGroundX: number | null = null;
      if (track.phase === 'ready') {
        // Play, before the player's first key or tap: standing at the start.
        view.show(0, 0, 'stand');
        onGroundX = 0;
      } else if (track.phase === 'intro') {
        const rx = RUN_IN_FROM_M * (1 - track.progress);
        view.show(rx, 0, 'run');
        onGroundX = rx >= 0 ? rx : null;
      } else if (hole.outcome === 'fell' && (since > 0 || !paced)) {
        // Over the edge or into the hole: keep a little forward speed and drop out of sight.
        const secs = paced ? since : 0.12;
        const fx = Math.min(hole.x + 1.5 * secs, hole.holeEnd - 0.35);
        view.show(
          Math.max(fx, hole.holeStart + 0.2 * Math.min(1, secs * 4)),
          -0.5 * FALL_GRAVITY * secs * secs,
          'fall',
          1.4 * secs,
        );
      } else if (hole.outcome === 'cleared' && (since > 0 || !paced)) {
        const stop = hole.holeEnd + FLAG_PAST_EDGE_M - 0.7;
        const secs = paced ? since : 0;
        const rx = Math.min(hole.x + RUN_OUT_SPEED * secs, Math.max(stop, hole.x));
        if (rx < stop && paced) view.show(rx, 0, 'run');
        else {
          // The happy hop at the flag is decoration: it stays on the ground under reduced motion.
          const hop = this.reducedMotion ? 0 : 0.25 * Math.abs(Math.sin(secs * 9));
          view.show(rx, hop, 'cheer', -0.12);
        }
      } else {
        const inAir = y > 1e-6 || !hole.onGround;
        // Lean with the vertical speed: forward when rising, back when coming down.
        view.show(x, y, inAir ? 'air' : 'run', inAir ? -0.04 * hole.vy : 0);
        if (!inAir && track.phase === 'run') onGroundX = x;
      }
      this.strip.mark(i, onGroundX, s, main.windowLength);
    }
    this.hud.update(s, deltaMs);
  }

  /** Effects for runner `i`'s jumps and endings (the main runner only, at slow speeds). */
  private watchEvents(i: number, paced: boolean): void {
    const track = this.session.track;
    const hole = track.holes[i];
    if (hole.outcome !== this.prevOutcome[i]) {
      this.prevOutcome[i] = hole.outcome;
      if (hole.outcome !== 'running') {
        this.endedAt[i] = this.time;
        this.pendingEffect[i] = paced && i === 0;
      }
    }
    const glideMs = 1000 / this.session.displaySpeed;
    if (this.pendingEffect[i] && this.time - this.endedAt[i] >= glideMs) {
      this.pendingEffect[i] = false;
      if (hole.outcome === 'fell') this.effects.fall(xPx(hole.x));
      else if (hole.outcome === 'cleared') this.effects.clear(xPx(hole.x), this.world.flag);
    }
    if (this.prevOnGround[i] && !hole.onGround && paced && i === 0) {
      this.effects.jumpCost(xPx(track.fromX[i]) - 30, yPx(1.2));
    }
    this.prevOnGround[i] = hole.onGround;
  }

  private tag(i: number): string | null {
    const s = this.session;
    const w = t().jump.tags;
    if (s.mode === 'play') return w.you;
    if (!s.compare) return s.mode === 'turbo' ? w.latest : null;
    const lane = s.lanes[i];
    if (!lane) return null;
    const kind = learnerOf(lane.agent);
    return kind === 'mean'
      ? w.mean
      : kind === 'learned'
        ? w.learned
        : kind === 'actor-critic'
          ? w.actorCritic
          : w.none;
  }
}
