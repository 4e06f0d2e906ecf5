/**
 * The jump scene's heads-up display: what mode this is and what to do, the episode's reward and
 * return, the last outcome, success and speed; a legend in Compare; and a banner when paused,
 * diverged or handing the agents over. Text is rebuilt at most ten times a second.
 */

import type Phaser from 'phaser';
import { formatCompact, formatSig, formatSigned } from '../../core/format.ts';
import type { JumpSession } from '../../play/jump/session.ts';
import { REAL_TIME_SPEED } from '../../state/jump-settings.ts';
import { rgba } from '../../ui/shared/theme.ts';
import { COLORS, CSS, VIEW_W } from './layout.ts';

const FONT = 'system-ui, sans-serif';
const REFRESH_MS = 100;

export function speedLabel(speed: number): string {
  const x = speed / REAL_TIME_SPEED;
  const times = x >= 10 ? `${formatCompact(x)}×` : `${formatSig(x, 2)}×`;
  return `${formatCompact(speed)} steps/s (${times} real time)`;
}

const pct = (v: number) => (Number.isNaN(v) ? '–' : `${Math.round(v * 100)} %`);

export class Hud {
  private readonly box: Phaser.GameObjects.Graphics;
  private readonly title: Phaser.GameObjects.Text;
  private readonly body: Phaser.GameObjects.Text;
  private readonly legend: Phaser.GameObjects.Text[];
  private readonly bannerBox: Phaser.GameObjects.Graphics;
  private readonly banner: Phaser.GameObjects.Text;
  private sinceRefresh = REFRESH_MS;

  constructor(scene: Phaser.Scene, depth: number) {
    this.box = scene.add.graphics().setDepth(depth);
    this.title = scene.add
      .text(22, 16, '', { fontFamily: FONT, fontSize: '17px', fontStyle: 'bold', color: CSS.gold })
      .setDepth(depth);
    this.body = scene.add
      .text(22, 42, '', { fontFamily: FONT, fontSize: '14px', color: CSS.text, lineSpacing: 4 })
      .setDepth(depth);
    this.legend = [CSS.orange, CSS.tealLight].map((color, i) =>
      scene.add
        .text(VIEW_W - 18, 18 + i * 22, '', {
          fontFamily: FONT,
          fontSize: '14px',
          fontStyle: 'bold',
          color,
          backgroundColor: rgba('background', 0.72),
          padding: { x: 8, y: 3 },
        })
        .setOrigin(1, 0)
        .setDepth(depth),
    );
    this.bannerBox = scene.add.graphics().setDepth(depth + 1);
    this.banner = scene.add
      .text(VIEW_W / 2, 150, '', {
        fontFamily: FONT,
        fontSize: '16px',
        color: CSS.text,
        align: 'center',
        wordWrap: { width: 560 },
        lineSpacing: 4,
      })
      .setOrigin(0.5)
      .setDepth(depth + 1);
  }

  update(session: JumpSession, deltaMs: number): void {
    this.sinceRefresh += deltaMs;
    if (this.sinceRefresh < REFRESH_MS) return;
    this.sinceRefresh = 0;
    const [title, body] = this.lines(session);
    this.setText(this.title, title);
    this.setText(this.body, body);
    const w = Math.max(this.title.width, this.body.width) + 28;
    const h = this.body.y + this.body.height - 6;
    this.box.clear().fillStyle(COLORS.panel, 0.78).fillRoundedRect(8, 8, w, h, 8);
    this.updateLegend(session);
    this.updateBanner(session);
  }

  private lines(s: JumpSession): [string, string] {
    const runner = s.track.runners[0];
    const hole = s.track.holes[0];
    const outcome =
      hole.outcome === 'cleared'
        ? 'cleared!'
        : hole.outcome === 'fell'
          ? 'fell in'
          : s.track.phase === 'ready'
            ? 'ready'
            : 'running';
    const speed = speedLabel(s.displaySpeed);
    if (s.mode === 'play') {
      const p = s.play;
      return [
        'PLAY — press Space or ↑ to jump',
        `this run: return ${formatSigned(runner.episodeReturn)} · last reward ${runner.episodeLength ? formatSigned(p.lastReward) : '–'} · ${outcome}\n` +
          `cleared ${p.clears} of ${p.episodes} · jump 0 to 2.4 m before the edge (green) · ${speed}`,
      ];
    }
    const main = s.lanes[0];
    const success = `success (last 100) ${pct(main.recentSuccess())}`;
    if (s.mode === 'turbo') {
      const t = s.turbo;
      const snaps = Number.isNaN(t.snapshotsPerSecond) ? '…' : t.snapshotsPerSecond.toFixed(0);
      const rate = s.turboRunning
        ? `${formatCompact(t.stepsPerSecond)} steps/s · ${snaps} snapshots/s`
        : 'stopped';
      return [
        'TURBO — training in a Web Worker',
        `${formatCompact(s.episodes)} episodes · ${rate}\n${success} · on screen: the latest θ playing (not learning)`,
      ];
    }
    const last = main.lastEpisode;
    const lastText =
      last.index < 0
        ? '–'
        : `${last.outcome === 'cleared' ? 'cleared' : 'fell'} (${formatSigned(last.return)})`;
    return [
      'WATCH — REINFORCE learning on screen',
      `episode ${s.episodes} · return ${formatSigned(runner.episodeReturn)} · ${outcome} · last: ${lastText}\n` +
        `${success} · updates ${main.grads.updates} · ${speed}`,
    ];
  }

  private updateLegend(s: JumpSession): void {
    const [a, b] = this.legend;
    if (!s.compare || s.mode === 'play') {
      a.setVisible(false);
      b.setVisible(false);
      return;
    }
    const label = (i: number) => {
      const l = s.lanes[i];
      const base = l.agent.params.baseline === 'mean' ? 'mean baseline b̄' : 'no baseline';
      return `${i === 0 ? '●' : '◌ ghost:'} ${base} · success ${pct(l.recentSuccess())}`;
    };
    this.setText(a.setVisible(true), label(0));
    this.setText(b.setVisible(true), label(1));
  }

  private updateBanner(s: JumpSession): void {
    let text = '';
    if (s.switching) text = 'Bringing the agents home from the worker…';
    else if (s.diverged)
      text = `Training paused: ${s.diverged}\nθ was kept. Lower η in the panel, then press P (Resume).`;
    else if (s.paused) text = s.mode === 'watch' ? 'PAUSED — P to resume, N to step' : 'PAUSED — P to resume';
    else if (s.mode === 'play' && s.track.phase === 'ready')
      text = `${s.play.episodes === 0 ? 'Your turn' : 'Again'}: press Space or ↑, or tap the game, to start the run.\nThen jump from the green window, 0 to 2.4 m before the edge.`;
    this.setText(this.banner, text);
    this.bannerBox.clear();
    if (!text) return;
    const b = this.banner.getBounds();
    this.bannerBox
      .fillStyle(s.diverged ? 0x3a1620 : COLORS.panel, 0.86)
      .fillRoundedRect(b.x - 16, b.y - 10, b.width + 32, b.height + 20, 10);
  }

  private setText(t: Phaser.GameObjects.Text, s: string): void {
    if (t.text !== s) t.setText(s);
  }
}
