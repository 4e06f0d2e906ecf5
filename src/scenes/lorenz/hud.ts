/**
 * Text over the attractor: the parameters and time, the classification of the current spectrum,
 * how to interact, a banner when paused or blown up, and (over the figure, outside the recorded
 * area) a recording indicator.
 */
import type Phaser from 'phaser';
import type { LorenzController } from '../../play/lorenz-controller.ts';
import { BEHAVIOUR_COLOURS, BEHAVIOUR_LABELS } from '../../ui/lorenz-figure.ts';
import type { Area } from './attractor-view.ts';

const FONT = 'system-ui, sans-serif';
const short = (v: number) => String(Number(v.toPrecision(5)));

export class LorenzHud {
  private readonly title: Phaser.GameObjects.Text;
  private readonly info: Phaser.GameObjects.Text;
  private readonly chip: Phaser.GameObjects.Text;
  private readonly hint: Phaser.GameObjects.Text;
  private readonly banner: Phaser.GameObjects.Text;
  private readonly rec: Phaser.GameObjects.Text;

  constructor(scene: Phaser.Scene, area: Area, recSpot: { x: number; y: number }) {
    const x = area.x + 14;
    this.title = scene.add.text(x, area.y + 12, '', {
      fontFamily: FONT,
      fontSize: '16px',
      color: '#e6e8ee',
      fontStyle: 'bold',
    });
    this.info = scene.add.text(x, area.y + 34, '', { fontFamily: FONT, fontSize: '12px', color: '#9aa4b2' });
    this.chip = scene.add
      .text(area.x + area.w - 12, area.y + 12, '', {
        fontFamily: FONT,
        fontSize: '13px',
        color: '#14161c',
        fontStyle: 'bold',
        padding: { x: 6, y: 3 },
      })
      .setOrigin(1, 0);
    this.hint = scene.add.text(
      x,
      area.y + area.h - 24,
      'drag: rotate · wheel: zoom · click the diagram: set r · ? help',
      {
        fontFamily: FONT,
        fontSize: '12px',
        color: '#6c7587',
      },
    );
    this.banner = scene.add
      .text(area.x + area.w / 2, area.y + area.h / 2, '', {
        fontFamily: FONT,
        fontSize: '14px',
        color: '#ffffff',
        backgroundColor: '#5a1f27',
        padding: { x: 12, y: 10 },
        align: 'center',
        wordWrap: { width: area.w - 80 },
      })
      .setOrigin(0.5)
      .setVisible(false);
    this.rec = scene.add
      .text(recSpot.x, recSpot.y, '', {
        fontFamily: FONT,
        fontSize: '12px',
        color: '#ff6b6b',
        fontStyle: 'bold',
      })
      .setOrigin(1, 0);
  }

  update(
    c: LorenzController,
    sweepSymbol: string,
    clip: { recording: boolean; progress: number; seconds: number },
  ): void {
    const p = c.params;
    const s = c.settings.getState();
    this.title.setText(`σ = ${short(p.sigma)}   r = ${short(p.r)}   b = ${short(p.b)}`);
    this.info.setText(
      `t = ${c.flock.time.toFixed(1)} · dt ${s.dt} · ${s.speed} t/s · ${c.flock.count} trajector${c.flock.count > 1 ? 'ies' : 'y'} 1e-6 apart`,
    );
    const st = c.spectrum;
    if (st.error) {
      this.chip.setText('spectrum blew up').setBackgroundColor('#ff6b6b');
    } else if (st.spectrum && st.behaviour) {
      this.chip
        .setText(`${BEHAVIOUR_LABELS[st.behaviour]} · λ1 = ${st.spectrum[0].toFixed(3)}`)
        .setBackgroundColor(BEHAVIOUR_COLOURS[st.behaviour]);
    } else {
      this.chip.setText('λ: computing…').setBackgroundColor('#9aa4b2');
    }
    this.hint.setText(`drag: rotate · wheel: zoom · click the diagram: set ${sweepSymbol} · ? help`);
    if (c.blowUp) {
      this.banner
        .setText(c.blowUpShort ?? c.blowUp)
        .setBackgroundColor('#5a1f27')
        .setVisible(true);
    } else if (c.paused) {
      this.banner.setText('Paused · Space to resume').setBackgroundColor('#2c3040').setVisible(true);
    } else {
      this.banner.setVisible(false);
    }
    this.rec.setText(
      clip.recording ? `● REC ${(clip.progress * clip.seconds).toFixed(1)} / ${clip.seconds} s` : '',
    );
  }

  destroy(): void {
    for (const t of [this.title, this.info, this.chip, this.hint, this.banner, this.rec]) t.destroy();
  }
}
