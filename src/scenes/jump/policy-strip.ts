/**
 * "Where would it jump?" drawn into the world: in the soil under the track, P(jump) at every spot
 * between the start and this episode's hole, for the current θ, lined up with the ground above it.
 * The take-off window (where a jump clears the hole) is shaded green on the strip and on the grass,
 * so a user sees the policy's bump move onto it as it learns. A marker follows each runner.
 */
import type Phaser from 'phaser';
import { t } from '../../i18n/language.ts';
import type { LaneFacts } from '../../play/jump/run-state.ts';
import type { JumpSession } from '../../play/jump/session.ts';
import { PALETTE } from '../../ui/shared/theme.ts';
import { COLORS, CSS, GROUND_Y, STRIP_BOTTOM, STRIP_TOP, VIEW_W, xPx } from './layout.ts';

const SAMPLE_PX = 3;
const LEFT = 8;
const TITLE_H = 20;

export class PolicyStrip {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly grass: Phaser.GameObjects.Graphics;
  private readonly marker: Phaser.GameObjects.Graphics;
  private readonly texts: Phaser.GameObjects.Text[] = [];
  private readonly title: Phaser.GameObjects.Text;
  private readonly windowLabel: Phaser.GameObjects.Text;
  private readonly holeLabel: Phaser.GameObjects.Text;
  private holeStart = Number.NaN;
  /** The lanes' facts drawn last (a new object when θ, an agent or the lanes changed). */
  private drawn: readonly LaneFacts[] | null = null;

  constructor(scene: Phaser.Scene, depth: number) {
    this.grass = scene.add.graphics().setDepth(depth - 10);
    this.g = scene.add.graphics().setDepth(depth);
    this.marker = scene.add.graphics().setDepth(depth + 1);
    const text = (x: number, y: number, s: string, color: string = CSS.muted, size = 12) => {
      const label = scene.add
        .text(x, y, s, { fontFamily: 'system-ui, sans-serif', fontSize: `${size}px`, color })
        .setDepth(depth + 1);
      this.texts.push(label);
      return label;
    };
    this.title = text(LEFT + 8, STRIP_TOP - TITLE_H + 2, '', CSS.text, 13);
    text(LEFT + 6, STRIP_TOP - 2, '1');
    text(LEFT + 6, STRIP_BOTTOM - 14, '0');
    this.windowLabel = text(0, STRIP_TOP + 3, '', CSS.good).setOrigin(0.5, 0);
    this.holeLabel = text(0, STRIP_TOP + 3, '', CSS.bad).setOrigin(0.5, 0);
    this.relabel();
  }

  /** The words in the current language (read every frame: a language switch shows at once). */
  private relabel(): void {
    const w = t().jump.strip;
    for (const [label, words] of [
      [this.title, w.title],
      [this.windowLabel, w.window],
      [this.holeLabel, w.hole],
    ] as const) {
      if (label.text !== words) label.setText(words);
    }
  }

  /** Redraw when the hole, θ or the agents changed. */
  update(session: JumpSession, holeStart: number, holeEnd: number, window: number): void {
    this.relabel();
    const lanes = session.runState.getState().lanes;
    if (holeStart === this.holeStart && lanes === this.drawn) return;
    this.holeStart = holeStart;
    this.drawn = lanes;
    const g = this.g;
    g.clear();
    g.fillStyle(COLORS.panel, 0.72);
    g.fillRoundedRect(
      LEFT,
      STRIP_TOP - TITLE_H,
      VIEW_W - 2 * LEFT,
      STRIP_BOTTOM - STRIP_TOP + TITLE_H + 8,
      8,
    );
    const w0 = xPx(holeStart - window);
    const w1 = xPx(holeStart);
    const h1 = xPx(holeEnd);
    g.fillStyle(COLORS.good, 0.22);
    g.fillRect(w0, STRIP_TOP, w1 - w0, STRIP_BOTTOM - STRIP_TOP);
    g.fillStyle(COLORS.bad, 0.16);
    g.fillRect(w1, STRIP_TOP, h1 - w1, STRIP_BOTTOM - STRIP_TOP);
    g.lineStyle(1, PALETTE.white, 0.12);
    g.lineBetween(LEFT + 20, STRIP_TOP, VIEW_W - LEFT - 4, STRIP_TOP);
    g.lineBetween(LEFT + 20, STRIP_BOTTOM, VIEW_W - LEFT - 4, STRIP_BOTTOM);
    this.windowLabel.setX((w0 + w1) / 2);
    this.holeLabel.setX((w1 + h1) / 2);
    // Ghost first, so the main agent's curve is on top.
    for (let lane = session.lanes.length - 1; lane >= 0; lane--) {
      this.curve(session, lane, holeStart, window, lane === 0 ? COLORS.orange : COLORS.teal, lane === 0);
    }
    const grass = this.grass;
    grass.clear();
    grass.fillStyle(COLORS.good, 0.65);
    grass.fillRect(w0, GROUND_Y - 3, w1 - w0, 5);
  }

  /** Marker of runner `lane` at x (m) on the ground, or hidden. */
  mark(lane: number, x: number | null, session: JumpSession, window: number): void {
    if (lane === 0) this.marker.clear();
    if (x === null || x > this.holeStart) return;
    const p = session.jumpProbability((this.holeStart - x) / window, lane);
    const px = xPx(x);
    const m = this.marker;
    m.lineStyle(1, PALETTE.white, 0.35);
    m.lineBetween(px, STRIP_TOP, px, STRIP_BOTTOM);
    m.fillStyle(lane === 0 ? COLORS.gold : COLORS.tealLight, 1);
    m.fillCircle(px, py(p), 4);
  }

  private curve(
    session: JumpSession,
    lane: number,
    holeStart: number,
    window: number,
    color: number,
    fill: boolean,
  ) {
    const g = this.g;
    const x0 = xPx(0);
    const x1 = xPx(holeStart);
    const at = (px: number) =>
      py(session.jumpProbability((holeStart - ((px - x0) / (x1 - x0)) * holeStart) / window, lane));
    if (fill) {
      g.fillStyle(color, 0.16);
      g.beginPath();
      g.moveTo(x0, STRIP_BOTTOM);
      for (let px = x0; px < x1; px += SAMPLE_PX) g.lineTo(px, at(px));
      g.lineTo(x1, at(x1));
      g.lineTo(x1, STRIP_BOTTOM);
      g.closePath();
      g.fillPath();
    }
    g.lineStyle(fill ? 2.5 : 2, color, fill ? 1 : 0.9);
    g.beginPath();
    g.moveTo(x0, at(x0));
    for (let px = x0 + SAMPLE_PX; px < x1; px += SAMPLE_PX) g.lineTo(px, at(px));
    g.lineTo(x1, at(x1));
    g.strokePath();
  }
}

function py(p: number): number {
  return STRIP_BOTTOM - p * (STRIP_BOTTOM - STRIP_TOP);
}
