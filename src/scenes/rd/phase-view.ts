/**
 * The phase plane of sims 1–2: u across, v up. The u-nullcline (orange) and the v-nullcline v = u
 * (teal) cross at the steady state (hollow circle); the trajectory leaves a trail that fades with
 * age, the current state is the bright dot. The view box follows the trajectory (`FollowBox`) and
 * starts afresh when a new sim is built (run state `sim`).
 */

import type Phaser from 'phaser';
import type { OdeSim } from '../../play/rd/ode-sim.ts';
import { FollowBox, niceTicks, sampleUNullcline } from '../../play/rd/phase.ts';
import type { RdRunStore } from '../../play/rd/run-state.ts';
import { CSS, PALETTE } from '../../ui/shared/theme.ts';
import { type Area, FONT, MONO, TEXT_RES } from './layout.ts';

const U_COLOR = PALETTE.accent;
const V_COLOR = 0x4fd1c5;
const TRAIL_COLOR = 0x9fb7ff;
const BANDS = 12;
const NULLCLINE_SAMPLES = 240;
const MAX_TICKS = 8;

export class PhaseView {
  private readonly plot: Area;
  private readonly box = new FollowBox();
  private readonly axes: Phaser.GameObjects.Graphics;
  private readonly curves: Phaser.GameObjects.Graphics;
  private readonly trail: Phaser.GameObjects.Graphics;
  private readonly ticksU: Phaser.GameObjects.Text[] = [];
  private readonly ticksV: Phaser.GameObjects.Text[] = [];
  private readonly labels: Phaser.GameObjects.GameObject[] = [];
  private readonly nullcline = new Float64Array(2 * NULLCLINE_SAMPLES);
  private readonly target = { u0: 0, u1: 0, v0: 0, v1: 0 };
  private readonly unsubscribe: () => void;

  constructor(scene: Phaser.Scene, area: Area, state: RdRunStore) {
    this.unsubscribe = state.subscribe(
      (st) => st.sim,
      () => this.box.reset(),
    );
    this.plot = { x: area.x + 56, y: area.y + 8, w: area.w - 64, h: area.h - 52 };
    const p = this.plot;
    this.axes = scene.add.graphics();
    this.curves = scene.add.graphics();
    this.trail = scene.add.graphics();
    const tick = { resolution: TEXT_RES, fontFamily: MONO, fontSize: '12px', color: CSS.muted };
    for (let i = 0; i < MAX_TICKS; i++) {
      this.ticksU.push(scene.add.text(0, p.y + p.h + 6, '', tick).setOrigin(0.5, 0));
      this.ticksV.push(scene.add.text(p.x - 6, 0, '', tick).setOrigin(1, 0.5));
    }
    const label = { resolution: TEXT_RES, fontFamily: FONT, fontSize: '15px', color: CSS.text };
    this.labels.push(
      scene.add.text(p.x + p.w / 2, p.y + p.h + 26, 'u (activator)', label).setOrigin(0.5, 0),
      scene.add
        .text(area.x + 6, p.y + p.h / 2, 'v (inhibitor)', label)
        .setOrigin(0.5, 0)
        .setRotation(-Math.PI / 2),
    );
    // Legend, top right inside the plot.
    const lx = p.x + p.w - 186;
    const ly = p.y + 12;
    const legend = scene.add.graphics();
    legend.fillStyle(PALETTE.background, 0.78).fillRoundedRect(lx - 10, ly - 8, 190, 86, 6);
    legend.lineStyle(2.5, U_COLOR, 1).lineBetween(lx, ly + 8, lx + 22, ly + 8);
    legend.lineStyle(2.5, V_COLOR, 1).lineBetween(lx, ly + 28, lx + 22, ly + 28);
    legend.fillStyle(PALETTE.white, 1).fillCircle(lx + 11, ly + 48, 5);
    legend.lineStyle(2, PALETTE.text, 1).strokeCircle(lx + 11, ly + 66, 5);
    const small = { resolution: TEXT_RES, fontFamily: FONT, fontSize: '13px', color: CSS.textSoft };
    this.labels.push(
      legend,
      scene.add.text(lx + 30, ly + 8, 'u-nullcline du/dt = 0', small).setOrigin(0, 0.5),
      scene.add.text(lx + 30, ly + 28, 'v-nullcline v = u', small).setOrigin(0, 0.5),
      scene.add.text(lx + 30, ly + 48, 'state (u, v), trail', small).setOrigin(0, 0.5),
      scene.add.text(lx + 30, ly + 66, 'steady state u* = v*', small).setOrigin(0, 0.5),
    );
  }

  /** Map u to a game x and v to a game y inside the plot. */
  private X(u: number): number {
    const b = this.box;
    return this.plot.x + ((u - b.u0) / (b.u1 - b.u0)) * this.plot.w;
  }

  private Y(v: number): number {
    const b = this.box;
    return this.plot.y + this.plot.h - ((v - b.v0) / (b.v1 - b.v0)) * this.plot.h;
  }

  draw(sim: OdeSim): void {
    this.follow(sim);
    this.drawAxes();
    this.drawCurves(sim);
    this.drawTrail(sim);
  }

  /** The box follows the trail's extent and the steady state. */
  private follow(sim: OdeSim): void {
    const tr = sim.trail;
    const t = this.target;
    t.u0 = t.u1 = sim.steady;
    t.v0 = t.v1 = sim.steady;
    for (let i = 0; i < tr.length; i++) {
      const u = tr.valueAt(i, 0);
      const v = tr.valueAt(i, 1);
      if (!(Number.isFinite(u) && Number.isFinite(v))) continue;
      if (u < t.u0) t.u0 = u;
      if (u > t.u1) t.u1 = u;
      if (v < t.v0) t.v0 = v;
      if (v > t.v1) t.v1 = v;
    }
    this.box.follow(t);
  }

  private drawAxes(): void {
    const p = this.plot;
    const b = this.box;
    const g = this.axes;
    g.clear();
    g.fillStyle(0x181b23, 1).fillRect(p.x, p.y, p.w, p.h);
    const us = niceTicks(b.u0, b.u1, 6).slice(0, MAX_TICKS);
    const vs = niceTicks(b.v0, b.v1, 6).slice(0, MAX_TICKS);
    g.lineStyle(1, PALETTE.border, 1);
    for (let i = 0; i < MAX_TICKS; i++) {
      const tu = this.ticksU[i];
      const tv = this.ticksV[i];
      if (i < us.length) {
        const x = this.X(us[i]);
        g.lineBetween(x, p.y, x, p.y + p.h);
        tu.setVisible(true).setX(x);
        if (tu.text !== String(us[i])) tu.setText(String(us[i]));
      } else tu.setVisible(false);
      if (i < vs.length) {
        const y = this.Y(vs[i]);
        g.lineBetween(p.x, y, p.x + p.w, y);
        tv.setVisible(true).setY(y);
        if (tv.text !== String(vs[i])) tv.setText(String(vs[i]));
      } else tv.setVisible(false);
    }
    g.lineStyle(1.5, 0x4a5064, 1).strokeRect(p.x, p.y, p.w, p.h);
  }

  /** Nullclines, clipped to the plot (a path breaks where the curve leaves it or is undefined). */
  private drawCurves(sim: OdeSim): void {
    const g = this.curves;
    const b = this.box;
    const p = this.plot;
    g.clear();
    const inside = (x: number, y: number) => x >= p.x && x <= p.x + p.w && y >= p.y && y <= p.y + p.h;
    sampleUNullcline(sim.params, b.u0, b.u1, this.nullcline);
    g.lineStyle(2.5, U_COLOR, 0.95);
    let open = false;
    for (let i = 0; i < NULLCLINE_SAMPLES; i++) {
      const x = this.X(this.nullcline[2 * i]);
      const y = this.Y(this.nullcline[2 * i + 1]);
      if (Number.isFinite(y) && inside(x, y)) {
        if (!open) {
          g.beginPath();
          g.moveTo(x, y);
          open = true;
        } else g.lineTo(x, y);
      } else if (open) {
        g.strokePath();
        open = false;
      }
    }
    if (open) g.strokePath();
    // v = u across the box.
    const lo = Math.max(b.u0, b.v0);
    const hi = Math.min(b.u1, b.v1);
    if (hi > lo) g.lineStyle(2.5, V_COLOR, 0.95).lineBetween(this.X(lo), this.Y(lo), this.X(hi), this.Y(hi));
    const s = sim.steady;
    g.lineStyle(2, PALETTE.text, 1).strokeCircle(this.X(s), this.Y(s), 6);
  }

  /** The trail in bands of rising opacity, then the current state. */
  private drawTrail(sim: OdeSim): void {
    const g = this.trail;
    const tr = sim.trail;
    g.clear();
    const n = tr.length;
    if (n >= 2) {
      const per = Math.ceil(n / BANDS);
      for (let band = 0; band < BANDS; band++) {
        const i0 = band * per;
        const i1 = Math.min(n - 1, (band + 1) * per);
        if (i0 >= i1) break;
        g.lineStyle(2, TRAIL_COLOR, 0.12 + (0.88 * (band + 1)) / BANDS);
        g.beginPath();
        g.moveTo(this.X(tr.valueAt(i0, 0)), this.Y(tr.valueAt(i0, 1)));
        for (let i = i0 + 1; i <= i1; i++) g.lineTo(this.X(tr.valueAt(i, 0)), this.Y(tr.valueAt(i, 1)));
        g.strokePath();
      }
    }
    const ode = sim.ode;
    if (Number.isFinite(ode.u) && Number.isFinite(ode.v)) {
      const x = this.X(ode.u);
      const y = this.Y(ode.v);
      g.fillStyle(PALETTE.white, 0.18).fillCircle(x, y, 13);
      g.fillStyle(PALETTE.white, 1).fillCircle(x, y, 6);
    }
  }

  /** Where a state (u, v) is drawn, in game coordinates (tests compare it with pixels). */
  pointOf(u: number, v: number): { x: number; y: number } {
    return { x: this.X(u), y: this.Y(v) };
  }

  destroy(): void {
    this.unsubscribe();
    this.axes.destroy();
    this.curves.destroy();
    this.trail.destroy();
    for (const t of [...this.ticksU, ...this.ticksV, ...this.labels]) t.destroy();
  }
}
