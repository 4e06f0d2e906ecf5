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
import { COLORS, CSS, GROUND_Y, type JumpLayout, LANDSCAPE_LAYOUT, VIEW_W, xPx } from './layout.ts';

const SAMPLE_PX = 3;
/** v̂(s) is drawn on the strip's height from −V_RANGE (bottom) to +V_RANGE (top): the returns' scale. */
const V_RANGE = 100;
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
  private readonly valueLabel: Phaser.GameObjects.Text;
  private readonly valueTop: Phaser.GameObjects.Text;
  private readonly valueBottom: Phaser.GameObjects.Text;
  private holeStart = Number.NaN;
  /** The long value caption the label was last fitted for. */
  private valueWords = '';
  /** The lanes' facts drawn last (a new object when θ, an agent or the lanes changed). */
  private drawn: readonly LaneFacts[] | null = null;

  private readonly top: number;
  private readonly bottom: number;
  private readonly titleH: number;

  constructor(scene: Phaser.Scene, depth: number, layout: JumpLayout = LANDSCAPE_LAYOUT) {
    this.top = layout.strip.top;
    this.bottom = layout.strip.bottom;
    const k = layout.strip.textScale;
    this.titleH = Math.round(TITLE_H * k);
    this.grass = scene.add.graphics().setDepth(depth - 10);
    this.g = scene.add.graphics().setDepth(depth);
    this.marker = scene.add.graphics().setDepth(depth + 1);
    const text = (x: number, y: number, s: string, color: string = CSS.muted, size = 12) => {
      const px = Math.round(size * k);
      const label = scene.add
        .text(x, y, s, { fontFamily: 'system-ui, sans-serif', fontSize: `${px}px`, color })
        .setDepth(depth + 1);
      this.texts.push(label);
      return label;
    };
    this.title = text(LEFT + 8, this.top - this.titleH + 2, '', CSS.text, 13);
    text(LEFT + 6, this.top - 2, '1');
    text(LEFT + 6, this.bottom - Math.round(14 * k), '0');
    this.windowLabel = text(0, this.top + 3, '', CSS.good).setOrigin(0.5, 0);
    this.holeLabel = text(0, this.top + 3, '', CSS.bad).setOrigin(0.5, 0);
    // The learned value's own scale, on the right; its title after the strip's.
    this.valueLabel = text(VIEW_W - LEFT - 8, this.top - this.titleH + 2, '', CSS.sky, 12).setOrigin(1, 0);
    this.valueTop = text(VIEW_W - LEFT - 6, this.top - 2, `+${V_RANGE}`, CSS.sky, 11).setOrigin(1, 0);
    this.valueBottom = text(
      VIEW_W - LEFT - 6,
      this.bottom - Math.round(14 * k),
      `−${V_RANGE}`,
      CSS.sky,
      11,
    ).setOrigin(1, 0);
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
    // The value's caption shares the title's row: the long one where both fit, else the short one
    // (decided once per language, so the text is not re-rendered every frame).
    if (this.valueWords !== w.value) {
      this.valueWords = w.value;
      this.valueLabel.setText(w.value);
      const titleEnd = this.title.x + this.title.width;
      const valueStart = this.valueLabel.x - this.valueLabel.width;
      if (titleEnd + 12 > valueStart) this.valueLabel.setText(w.valueShort);
    }
  }

  /** The strip's y for a probability p. */
  private py(p: number): number {
    return this.bottom - p * (this.bottom - this.top);
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
      this.top - this.titleH,
      VIEW_W - 2 * LEFT,
      this.bottom - this.top + this.titleH + 8,
      8,
    );
    const w0 = xPx(holeStart - window);
    const w1 = xPx(holeStart);
    const h1 = xPx(holeEnd);
    g.fillStyle(COLORS.good, 0.22);
    g.fillRect(w0, this.top, w1 - w0, this.bottom - this.top);
    g.fillStyle(COLORS.bad, 0.16);
    g.fillRect(w1, this.top, h1 - w1, this.bottom - this.top);
    g.lineStyle(1, PALETTE.white, 0.12);
    g.lineBetween(LEFT + 20, this.top, VIEW_W - LEFT - 4, this.top);
    g.lineBetween(LEFT + 20, this.bottom, VIEW_W - LEFT - 4, this.bottom);
    this.windowLabel.setX((w0 + w1) / 2);
    this.holeLabel.setX((w1 + h1) / 2);
    // Ghost first, so the main agent's curve is on top.
    for (let lane = session.lanes.length - 1; lane >= 0; lane--) {
      this.curve(session, lane, holeStart, window, lane === 0 ? COLORS.orange : COLORS.teal, lane === 0);
    }
    // The learned v̂(s) beside P(jump), for every lane that has one (dashed for the ghost).
    let values = false;
    for (let lane = session.lanes.length - 1; lane >= 0; lane--) {
      if (Number.isNaN(session.groundValue(0, lane))) continue;
      values = true;
      this.valueCurve(session, lane, holeStart, window, lane === 0);
    }
    for (const label of [this.valueLabel, this.valueTop, this.valueBottom]) label.setVisible(values);
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
    m.lineBetween(px, this.top, px, this.bottom);
    m.fillStyle(lane === 0 ? COLORS.gold : COLORS.tealLight, 1);
    m.fillCircle(px, this.py(p), 4);
  }

  /** v̂(s) on the ground along the track, on the strip's ±V_RANGE scale (clipped). */
  private valueCurve(session: JumpSession, lane: number, holeStart: number, window: number, main: boolean) {
    const g = this.g;
    const x0 = xPx(0);
    const x1 = xPx(holeStart);
    const at = (px: number) => {
      const v = session.groundValue((holeStart - ((px - x0) / (x1 - x0)) * holeStart) / window, lane);
      return this.py(Math.min(1, Math.max(0, (v + V_RANGE) / (2 * V_RANGE))));
    };
    g.lineStyle(main ? 2.5 : 2, COLORS.sky, main ? 1 : 0.75);
    // Dashes for the ghost: every other sample segment.
    let px = x0;
    let on = true;
    g.beginPath();
    g.moveTo(px, at(px));
    for (px = x0 + SAMPLE_PX; px <= x1; px += SAMPLE_PX) {
      if (main || on) g.lineTo(px, at(px));
      else g.moveTo(px, at(px));
      on = !on;
    }
    g.strokePath();
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
      this.py(session.jumpProbability((holeStart - ((px - x0) / (x1 - x0)) * holeStart) / window, lane));
    if (fill) {
      g.fillStyle(color, 0.16);
      g.beginPath();
      g.moveTo(x0, this.bottom);
      for (let px = x0; px < x1; px += SAMPLE_PX) g.lineTo(px, at(px));
      g.lineTo(x1, at(x1));
      g.lineTo(x1, this.bottom);
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
