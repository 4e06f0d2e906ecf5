/**
 * The jump scene's heads-up display: what mode this is and what to do, the episode's reward and
 * return, the last outcome, success and speed; a legend in Compare; and a banner when paused,
 * diverged or handing the agents over. Text is rebuilt at most ten times a second.
 */

import type Phaser from 'phaser';
import { ReinforceAgent } from '../../agents/reinforce.ts';
import { formatCompact, formatCount, formatPercent, formatSig, formatSigned } from '../../core/format.ts';
import { t } from '../../i18n/language.ts';
import { learnerOf } from '../../play/jump/learners.ts';
import type { JumpSession } from '../../play/jump/session.ts';
import { REAL_TIME_SPEED } from '../../state/jump-settings.ts';
import { rgba } from '../../ui/shared/theme.ts';
import { COLORS, CSS, type JumpLayout, LANDSCAPE_LAYOUT, VIEW_H, VIEW_W } from './layout.ts';

const FONT = 'system-ui, sans-serif';
const REFRESH_MS = 100;

export function speedLabel(speed: number): string {
  const x = speed / REAL_TIME_SPEED;
  const times = x >= 10 ? `${formatCompact(x)}×` : `${formatSig(x, 2)}×`;
  return t().jump.hud.speed({ rate: formatCompact(speed), times });
}

const pct = (v: number) => (Number.isNaN(v) ? '–' : formatPercent(v, 0));

export class Hud {
  private readonly box: Phaser.GameObjects.Graphics;
  private readonly title: Phaser.GameObjects.Text;
  private readonly body: Phaser.GameObjects.Text;
  private readonly legend: Phaser.GameObjects.Text[];
  private readonly bannerBox: Phaser.GameObjects.Graphics;
  private readonly banner: Phaser.GameObjects.Text;
  private sinceRefresh = REFRESH_MS;

  constructor(
    scene: Phaser.Scene,
    depth: number,
    private readonly layout: JumpLayout = LANDSCAPE_LAYOUT,
  ) {
    const k = layout.textScale;
    const px = (n: number) => `${Math.round(n * k)}px`;
    // Portrait: the HUD sits in the panel under the world, the full width of the game.
    const top = layout.hudTop;
    const wrap = layout.portrait ? { width: VIEW_W - 48, useAdvancedWrap: true } : undefined;
    this.box = scene.add.graphics().setDepth(depth);
    if (layout.portrait) {
      // The panel under the world, behind the strip (which lives there in portrait) and the HUD.
      scene.add
        .rectangle(0, VIEW_H, VIEW_W, layout.height - VIEW_H, COLORS.panel)
        .setOrigin(0)
        .setDepth(5);
    }
    this.title = scene.add
      .text(22, top, '', {
        fontFamily: FONT,
        fontSize: px(17),
        fontStyle: 'bold',
        color: CSS.gold,
        wordWrap: wrap,
      })
      .setDepth(depth);
    this.body = scene.add
      .text(22, top + Math.round(26 * k), '', {
        fontFamily: FONT,
        fontSize: px(14),
        color: CSS.text,
        lineSpacing: Math.round(4 * k),
        wordWrap: wrap,
      })
      .setDepth(depth);
    this.legend = [CSS.orange, CSS.tealLight].map((color, i) =>
      scene.add
        .text(VIEW_W - 18, 18 + i * Math.round(22 * k), '', {
          fontFamily: FONT,
          fontSize: px(14),
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
      .text(VIEW_W / 2, layout.portrait ? 200 : 150, '', {
        fontFamily: FONT,
        fontSize: px(16),
        color: CSS.text,
        align: 'center',
        // Advanced wrap also breaks Japanese, which has no spaces between words.
        wordWrap: { width: Math.min(VIEW_W - 80, 640 * k), useAdvancedWrap: true },
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
    this.box.clear();
    if (!this.layout.portrait) {
      const w = Math.max(this.title.width, this.body.width) + 28;
      const h = this.body.y + this.body.height - 6;
      this.box.fillStyle(COLORS.panel, 0.78).fillRoundedRect(8, 8, w, h, 8);
    }
    this.updateLegend(session);
    this.updateBanner(session);
  }

  private lines(s: JumpSession): [string, string] {
    const w = t().jump.hud;
    const runner = s.track.runners[0];
    const hole = s.track.holes[0];
    const outcome =
      hole.outcome === 'cleared'
        ? w.outcome.cleared
        : hole.outcome === 'fell'
          ? w.outcome.fell
          : s.track.phase === 'ready'
            ? w.outcome.ready
            : w.outcome.running;
    const speed = speedLabel(s.displaySpeed);
    if (s.mode === 'play') {
      const p = s.play;
      return [
        w.playTitle,
        w.playBody({
          ret: formatSigned(runner.episodeReturn),
          reward: runner.episodeLength ? formatSigned(p.lastReward) : '–',
          outcome,
          clears: formatCount(p.clears),
          episodes: formatCount(p.episodes),
          speed,
        }),
      ];
    }
    const main = s.lanes[0];
    const success = w.success({ pct: pct(main.recentSuccess()) });
    if (s.mode === 'turbo') {
      const tb = s.turbo;
      const snaps = Number.isNaN(tb.snapshotsPerSecond) ? '…' : formatCount(tb.snapshotsPerSecond);
      const rate = s.turboRunning
        ? w.turboRate({ steps: formatCompact(tb.stepsPerSecond), snaps })
        : w.turboStopped;
      return [w.turboTitle, w.turboBody({ episodes: formatCompact(s.episodes), rate, success })];
    }
    const last = main.lastEpisode;
    const ret = formatSigned(last.return);
    const lastText =
      last.index < 0 ? '–' : last.outcome === 'cleared' ? w.lastCleared({ ret }) : w.lastFell({ ret });
    return [
      w.watchTitle,
      w.watchBody({
        episode: formatCount(s.episodes),
        ret: formatSigned(runner.episodeReturn),
        outcome,
        last: lastText,
        success,
        // The actor–critic updates at every step it learns from.
        updates: formatCount(
          main.agent instanceof ReinforceAgent ? main.grads.updates : main.agent.provenance.stepsTrained,
        ),
        speed,
      }),
    ];
  }

  private updateLegend(s: JumpSession): void {
    const [a, b] = this.legend;
    if (!s.compare || s.mode === 'play') {
      a.setVisible(false);
      b.setVisible(false);
      return;
    }
    const w = t().jump.hud;
    const label = (i: number) => {
      const l = s.lanes[i];
      const kind = learnerOf(l.agent);
      const baseline =
        kind === 'mean'
          ? w.baselineMean
          : kind === 'learned'
            ? w.baselineLearned
            : kind === 'actor-critic'
              ? w.actorCritic
              : w.baselineNone;
      const words = { baseline, success: pct(l.recentSuccess()) };
      return i === 0 ? w.legendMain(words) : w.legendGhost(words);
    };
    this.setText(a.setVisible(true), label(0));
    this.setText(b.setVisible(true), label(1));
  }

  private updateBanner(s: JumpSession): void {
    const w = t().jump.hud;
    let text = '';
    if (s.switching) text = w.switching;
    else if (s.diverged) text = w.diverged({ why: s.diverged });
    else if (s.paused) text = s.mode === 'watch' ? w.pausedWatch : w.paused;
    else if (s.mode === 'play' && s.track.phase === 'ready')
      text = s.play.episodes === 0 ? w.readyFirst : w.readyAgain;
    this.setText(this.banner, text);
    this.bannerBox.clear();
    if (!text) return;
    const b = this.banner.getBounds();
    this.bannerBox
      .fillStyle(s.diverged ? 0x3a1620 : COLORS.panel, 0.86)
      .fillRoundedRect(b.x - 16, b.y - 10, b.width + 32, b.height + 20, 10);
  }

  private setText(label: Phaser.GameObjects.Text, s: string): void {
    if (label.text !== s) label.setText(s);
  }
}
