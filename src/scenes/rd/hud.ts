/**
 * Text on the stage: the title line with simulated time and its rate, the right-hand column
 * (sim 3: under the colour bar; sims 1–2: u and v meters and the measured period), a "paused"
 * badge, and a banner across the top of the main square for what must not be missed (blow-up,
 * refusal, subdivision or unsafe dt; the page's notices stack up at the bottom left). Texts change a few times a second at most.
 */
import type Phaser from 'phaser';
import { t } from '../../i18n/language.ts';
import type { GridSim } from '../../play/rd/grid-sim.ts';
import type { OdeSim } from '../../play/rd/ode-sim.ts';
import type { RdSession } from '../../play/rd/session.ts';
import { rdAlert } from '../../ui/rd/readout.ts';
import { CSS, PALETTE } from '../../ui/shared/theme.ts';
import { FONT, MONO, type RdLayout, TEXT_RES, WIDE } from './layout.ts';

const TEXT_MS = 250;
const f = (x: number, digits = 4) => (Number.isFinite(x) ? Number(x.toPrecision(digits)).toString() : '—');

export class RdHud {
  private readonly title: Phaser.GameObjects.Text;
  private readonly clock: Phaser.GameObjects.Text;
  private readonly info: Phaser.GameObjects.Text;
  private readonly hint: Phaser.GameObjects.Text;
  private readonly badge: Phaser.GameObjects.Text;
  private readonly bannerBg: Phaser.GameObjects.Rectangle;
  private readonly banner: Phaser.GameObjects.Text;
  private readonly meters: Phaser.GameObjects.Graphics | null;
  private readonly meterLabels: Phaser.GameObjects.Text[] = [];
  private textAt = -Infinity;

  constructor(
    scene: Phaser.Scene,
    ctl: RdSession,
    private readonly L: RdLayout = WIDE,
  ) {
    const kind = ctl.sim.kind;
    const { main: MAIN, column } = L;
    const [COLUMN_X, COLUMN_W] = [column.x, column.w];
    this.title = scene.add.text(MAIN.x, 14, t().rd.hud.title[ctl.sim.id], {
      resolution: TEXT_RES,
      fontFamily: FONT,
      fontSize: '19px',
      color: CSS.textBright,
      fontStyle: 'bold',
    });
    this.clock = scene.add
      .text(L.clock.x, L.clock.y, '', {
        resolution: TEXT_RES,
        fontFamily: MONO,
        fontSize: '14px',
        color: CSS.accent,
      })
      .setOrigin(L.clock.originX, 0);
    const info = L.info[kind];
    this.info = scene.add.text(info.x, info.y, '', {
      resolution: TEXT_RES,
      fontFamily: MONO,
      fontSize: '13px',
      color: CSS.textSoft,
      lineSpacing: 4,
      wordWrap: { width: COLUMN_X + COLUMN_W - info.x },
    });
    this.hint = scene.add
      .text(COLUMN_X, column.y + column.h, kind === 'pde' ? t().rd.hud.pdeHint : t().rd.hud.odeHint, {
        resolution: TEXT_RES,
        fontFamily: FONT,
        fontSize: '12.5px',
        color: '#8a93a5',
        lineSpacing: 3,
        wordWrap: { width: COLUMN_W },
      })
      .setOrigin(0, 1);
    this.badge = scene.add
      .text(MAIN.x + this.title.width + 16, 14, t().rd.hud.paused, {
        resolution: TEXT_RES,
        fontFamily: FONT,
        fontSize: '15px',
        color: CSS.background,
        backgroundColor: CSS.accent,
        fontStyle: 'bold',
        padding: { x: 8, y: 3 },
      })
      .setDepth(12)
      .setVisible(false);
    this.bannerBg = scene.add
      .rectangle(MAIN.x, MAIN.y, MAIN.w, 10, PALETTE.background, 0.9)
      .setOrigin(0, 0)
      .setDepth(10);
    this.banner = scene.add
      .text(MAIN.x + 12, MAIN.y + 10, '', {
        resolution: TEXT_RES,
        fontFamily: FONT,
        fontSize: '14px',
        color: '#ffd29a',
        lineSpacing: 3,
        wordWrap: { width: MAIN.w - 24 },
      })
      .setOrigin(0, 0)
      .setDepth(11)
      .setName('rd-banner');
    this.meters = kind === 'ode' ? scene.add.graphics() : null;
    if (this.meters) {
      const style = { resolution: TEXT_RES, fontFamily: MONO, fontSize: '15px', color: CSS.text };
      this.meterLabels.push(
        scene.add.text(COLUMN_X + 22, column.y + 4, 'u', { ...style, color: CSS.accent }).setOrigin(0.5, 0),
        scene.add.text(COLUMN_X + 82, column.y + 4, 'v', { ...style, color: CSS.blue }).setOrigin(0.5, 0),
        scene.add.text(COLUMN_X + 130, column.y + 40, '', { ...style, fontSize: '14px', lineSpacing: 6 }),
      );
    }
  }

  update(ctl: RdSession, time: number): void {
    this.badge.setVisible(ctl.paused && !ctl.blowUp);
    if (this.meters) this.drawMeters(ctl);
    if (time - this.textAt < TEXT_MS) return;
    this.textAt = time;
    this.relabel(ctl);
    const w = t().rd.hud;
    const m = ctl.measured;
    this.clock.setText(
      `t = ${ctl.t.toFixed(3)} · ${f(m.simTimePerSecond, 3)}/s · ${Math.round(m.stepsPerSecond)} ${w.stepsPerSecond} · ${Math.round(m.fps)} ${w.fps}`,
    );
    const sim = ctl.sim;
    if (sim.kind === 'pde') this.info.setText(this.pdeInfo(ctl, sim));
    else {
      this.info.setText(this.odeInfo(ctl, sim));
      this.meterLabels[2]?.setText(
        `u = ${sim.ode.u.toFixed(4)}\nv = ${sim.ode.v.toFixed(4)}\n\n${w.steadyLine}`,
      );
    }
    const alert = rdAlert(ctl);
    this.banner.setVisible(alert !== null);
    this.bannerBg.setVisible(alert !== null);
    if (alert) {
      this.banner.setColor(alert.level === 'error' ? '#ff9b9b' : '#ffd29a');
      if (this.banner.text !== alert.text) this.banner.setText(alert.text);
      this.bannerBg.setSize(this.L.main.w, this.banner.height + 20);
      this.bannerBg.setStrokeStyle(2, alert.level === 'error' ? PALETTE.red : PALETTE.accent, 1);
    }
  }

  /**
   * The fixed labels, read from the catalog on each text tick (a few times a second), so a language
   * switch relabels them in place without restarting the run. setText only when they differ.
   */
  private relabel(ctl: RdSession): void {
    const w = t().rd.hud;
    const title = w.title[ctl.sim.id];
    if (this.title.text !== title) this.title.setText(title);
    if (this.badge.text !== w.paused) this.badge.setText(w.paused);
    this.badge.setX(this.title.x + this.title.width + 16);
    const hint = ctl.sim.kind === 'pde' ? w.pdeHint : w.odeHint;
    if (this.hint.text !== hint) this.hint.setText(hint);
  }

  private pdeInfo(ctl: RdSession, sim: GridSim): string {
    const w = t().rd.hud;
    const g = sim.grid;
    const sp = ctl.patterned ? ctl.spectrum : null;
    const fm = ctl.fastest;
    return [
      `${w.grid} ${g.width}×${g.height} · ${g.boundary === 'periodic' ? w.boundary.periodic : w.boundary.noFlux}`,
      `dt ${f(g.dt)}${g.substeps > 1 ? ` (${w.substeps({ n: g.substeps })})` : ''} · ${w.limit} ${f(g.stability.limitDt, 3)}`,
      '',
      w.dominantWavelength,
      `  ${w.measured}  ${sp ? `${f(sp.wavelength, 3)}  = ${f(sp.cells, 3)} ${w.cells}` : ctl.patterned ? '…' : w.noPattern}`,
      `  ${w.predicted} ${fm?.unstable ? `${f(fm.wavelength, 3)}  = ${f(fm.wavelength / g.dx, 3)} ${w.cells}` : w.noTuringBand}`,
    ].join('\n');
  }

  private odeInfo(ctl: RdSession, sim: OdeSim): string {
    const w = t().rd.hud;
    const p = sim.period;
    const expected = sim.id === 'sim1' ? '≈ 0.256' : '≈ 0.211';
    return [
      `u* = v* = ${f(ctl.steady, 5)}`,
      `RK4 dt ${f(ctl.dt)}`,
      '',
      `${w.period}  ${Number.isFinite(p.period) ? f(p.period) : '—'}`,
      `  ${w.postsParameters({ value: expected })}`,
      `${w.uRange} ${Number.isFinite(p.min) ? `${f(p.min, 3)} – ${f(p.max, 3)}` : '—'}`,
    ].join('\n');
  }

  /** Two level meters for u and v (0 to 1.1), every frame; their values are text, updated with the rest. */
  private drawMeters(ctl: RdSession): void {
    const g = this.meters;
    const sim = ctl.sim;
    if (!g || sim.kind !== 'ode') return;
    const ode = sim.ode;
    const COLUMN_X = this.L.column.x;
    const top = this.L.column.y + 30;
    const h = 190;
    const scale = (x: number) => Math.max(0, Math.min(1, x / 1.1)) * h;
    g.clear();
    g.fillStyle(PALETTE.surface, 1)
      .fillRect(COLUMN_X + 8, top, 28, h)
      .fillRect(COLUMN_X + 68, top, 28, h);
    g.fillStyle(PALETTE.accent, 1).fillRect(COLUMN_X + 8, top + h - scale(ode.u), 28, scale(ode.u));
    g.fillStyle(PALETTE.blue, 1).fillRect(COLUMN_X + 68, top + h - scale(ode.v), 28, scale(ode.v));
    const ys = top + h - scale(ctl.steady);
    g.lineStyle(1.5, PALETTE.text, 0.9).lineBetween(COLUMN_X + 2, ys, COLUMN_X + 102, ys);
    g.lineStyle(1, PALETTE.borderStrong, 1)
      .strokeRect(COLUMN_X + 8, top, 28, h)
      .strokeRect(COLUMN_X + 68, top, 28, h);
  }

  destroy(): void {
    for (const o of [
      this.title,
      this.clock,
      this.info,
      this.hint,
      this.badge,
      this.bannerBg,
      this.banner,
      ...this.meterLabels,
    ]) {
      o.destroy();
    }
    this.meters?.destroy();
  }
}
