/**
 * Text on the canvas around the board: the mode badge and the live numbers at the top, the
 * legends (heat colour bar, trail colours, visit discs) and a one-line hint at the bottom, a banner
 * for the end of a played episode, and floating rewards in Play.
 */

import type Phaser from 'phaser';
import { formatCompact, formatCount, formatNumber, formatSigned } from '../../core/format.ts';
import { t } from '../../i18n/language.ts';
import { UNLEARNED_COLOR } from '../../play/maze/heat-values.ts';
import type { MazeSession } from '../../play/maze/session.ts';
import { cssColor, viridis } from '../../play/shared/colormap.ts';
import type { MazeSettings } from '../../state/maze-settings.ts';
import { formatSpeed } from '../../ui/maze/panel.ts';
import { prefersReducedMotion } from '../../ui/shared/motion.ts';
import { CSS, PALETTE, rgba } from '../../ui/shared/theme.ts';
import { DEPTH } from './board.ts';
import { HEAT_ALPHA } from './heatmap.ts';
import { TRAIL_COLORS } from './overlays.ts';

const FONT = 'system-ui, sans-serif';
/** The mode badge's colour; its word comes from the catalog when drawn. */
const MODE_COLOR = {
  play: CSS.green,
  watch: CSS.blue,
  turbo: CSS.orange,
  evaluate: CSS.purple,
  edit: CSS.accent,
} as const;

const num = (n: number) => formatNumber(n, 2);
const signed = (n: number) => formatSigned(n, 2);

export class MazeHud {
  private readonly scene: Phaser.Scene;
  private readonly badge: Phaser.GameObjects.Text;
  private readonly status: Phaser.GameObjects.Text;
  private readonly right: Phaser.GameObjects.Text;
  private readonly hint: Phaser.GameObjects.Text;
  private readonly heatBar: Phaser.GameObjects.Image;
  private readonly legend: Phaser.GameObjects.Graphics;
  /** Legend labels, laid out left to right each frame. */
  private readonly labels: Phaser.GameObjects.Text[];
  private readonly banner: Phaser.GameObjects.Text;
  private readonly barKey = 'maze-viridis-bar';
  private popupsSeen = -1;

  /** `agent`: the sprite the Play rewards float up from. */
  constructor(
    scene: Phaser.Scene,
    private readonly agent: Phaser.GameObjects.Image,
  ) {
    this.scene = scene;
    const { width, height } = scene.scale;
    const text = (x: number, y: number, size: number, color = CSS.text) =>
      scene.add.text(x, y, '', { fontFamily: FONT, fontSize: `${size}px`, color }).setDepth(DEPTH.hud);
    this.badge = text(16, 12, 15, CSS.background).setPadding(8, 3, 8, 3).setFontStyle('bold');
    this.status = text(120, 14, 16);
    // Wrapped on an upright phone, where the algorithm's numbers make it wider than the game.
    this.right = text(width - 16, 14, 15, CSS.muted)
      .setOrigin(1, 0)
      .setWordWrapWidth(width - 32, true)
      .setAlign('right');
    // Wrapped, not cut: on an upright phone the key line is wider than the game.
    this.hint = text(width / 2, height - 20, 13, CSS.muted)
      .setOrigin(0.5, 0.5)
      .setWordWrapWidth(width - 32, true)
      .setAlign('center');
    if (!scene.textures.exists(this.barKey)) {
      const bar = scene.textures.createCanvas(this.barKey, 128, 1) as Phaser.Textures.CanvasTexture;
      const ctx = bar.getContext();
      for (let i = 0; i < 128; i++) {
        ctx.fillStyle = cssColor(viridis(i / 127));
        ctx.fillRect(i, 0, 1, 1);
      }
      bar.refresh();
    }
    this.heatBar = scene.add
      .image(16, height - 50, this.barKey)
      .setOrigin(0, 0.5)
      .setDisplaySize(150, 12)
      .setDepth(DEPTH.hud);
    this.legend = scene.add.graphics().setDepth(DEPTH.hud);
    this.labels = Array.from({ length: 6 }, () => text(0, height - 50, 13, CSS.textSoft).setOrigin(0, 0.5));
    this.banner = scene.add
      .text(width / 2, height / 2, '', {
        fontFamily: FONT,
        fontSize: '26px',
        color: CSS.white,
        backgroundColor: rgba('background', 0.9),
        align: 'center',
      })
      .setPadding(18, 10, 18, 10)
      .setOrigin(0.5)
      .setDepth(DEPTH.hud)
      .setVisible(false);
  }

  update(
    session: MazeSession,
    s: MazeSettings,
    heatRange: {
      min: number;
      max: number;
      log: boolean;
      learned: number;
      unlearned: number;
      /** The DP values' name (V*, V₁₂) when the board shows them instead of the agent's max Q. */
      name?: string;
    },
    maxVisits: number,
    fps: number,
    algo = '',
  ): void {
    const { width, height } = this.scene.scale;
    const w = t().maze.hud;
    const mode = session.editing ? 'edit' : session.mode;
    const label = w.badge[mode];
    if (this.badge.text !== label) {
      // Re-rendering a Text is costly (canvas + texture upload): only when the mode or language changes.
      this.badge.setText(label).setBackgroundColor(MODE_COLOR[mode]);
      this.status.setX(16 + this.badge.width + 12);
    }
    set(this.status, this.statusLine(session));
    const right = [
      session.paused ? w.paused : session.switching ? w.handingOver : '',
      session.mode === 'watch' || session.mode === 'evaluate' ? w.speed({ speed: formatSpeed(s.speed) }) : '',
      algo,
      w.fps({ fps: formatCount(fps) }),
    ];
    set(this.right, right.filter(Boolean).join(' · '));
    // On a narrow (upright) game the right-hand line would run into the status: it goes under it.
    const collide = this.status.x + this.status.width + 12 > width - 16 - this.right.width;
    this.right.setY(collide ? 36 : 14);

    // Legends along the bottom, left to right: heat colour bar, visit discs, trail colours.
    const y = height - 50;
    const g = this.legend;
    g.clear();
    let x = 16;
    let used = 0;
    const item = (label: string, swatch: (x: number) => number) => {
      x += swatch(x) + 6;
      const t = this.labels[used++];
      t.setPosition(x, y).setVisible(true);
      set(t, label);
      x += t.width + 20;
    };
    const learnedAny = heatRange.learned > 0;
    this.heatBar.setVisible(s.showHeatmap && learnedAny);
    if (s.showHeatmap && learnedAny) {
      const dp = t().maze.dp.hud;
      const name = heatRange.name;
      const range = { min: num(heatRange.min), max: num(heatRange.max) };
      item(
        heatRange.max > heatRange.min
          ? `${name ? dp.range({ name, ...range }) : w.heatRange(range)}${heatRange.log ? ` ${w.logScale}` : ''}`
          : name
            ? dp.one({ name, value: range.max })
            : w.heatOne({ value: range.max }),
        (x0) => {
          this.heatBar.setPosition(x0, y);
          return 150;
        },
      );
    }
    if (s.showHeatmap && heatRange.unlearned > 0) {
      const zero = heatRange.name ? t().maze.dp.hud.zero : learnedAny ? w.unlearned : w.unlearnedOnly;
      item(zero, (x0) => {
        g.fillStyle(UNLEARNED_COLOR, HEAT_ALPHA).fillRect(x0, y - 6, 12, 12);
        return 12;
      });
    }
    if (s.showVisits) {
      item(w.visits({ max: formatCompact(maxVisits) }), (x0) => {
        g.lineStyle(4, PALETTE.outline, 0.7)
          .strokeCircle(x0 + 4, y, 4)
          .strokeCircle(x0 + 19, y, 7);
        g.lineStyle(2, PALETTE.white, 0.95)
          .strokeCircle(x0 + 4, y, 4)
          .strokeCircle(x0 + 19, y, 7);
        return 27;
      });
    }
    if (s.showTrail && session.mode !== 'turbo') {
      for (const [label, color] of [
        [w.trail.greedy, TRAIL_COLORS.greedy],
        [w.trail.explore, TRAIL_COLORS.explore],
        [w.trail.undecided, TRAIL_COLORS.undecided],
      ] as const) {
        item(label, (x0) => {
          g.lineStyle(6, PALETTE.outline, 1).lineBetween(x0 - 1, y, x0 + 19, y);
          g.lineStyle(4, color, 1).lineBetween(x0, y, x0 + 18, y);
          return 18;
        });
      }
    }
    for (let i = used; i < this.labels.length; i++) this.labels[i].setVisible(false);
    set(this.hint, this.hintLine(session));
    this.updateBanner(session, width);
    this.popups(session);
  }

  private statusLine(session: MazeSession): string {
    const w = t().maze.hud;
    if (session.editing) return w.editing;
    switch (session.mode) {
      case 'play': {
        const p = session.play;
        const line = w.play({ ret: num(p.return), step: formatCount(p.steps) });
        return p.steps > 0 ? `${w.lastReward({ reward: signed(session.last.reward) })} · ${line}` : line;
      }
      case 'watch':
        return w.watch({
          episode: formatCount(session.episodes + 1),
          step: formatCount(session.episodeLength),
          ret: num(session.episodeReturn),
          epsilon: session.params.epsilon.toFixed(2),
        });
      case 'turbo': {
        const episodes = { episodes: formatCount(session.episodes), n: session.episodes };
        return session.turboRunning
          ? w.turboRunning({ rate: formatCompact(session.turbo.stepsPerSecond), ...episodes })
          : w.turboPaused(episodes);
      }
      case 'evaluate': {
        const e = session.lastEval;
        const line = w.evaluate({
          step: formatCount(session.episodeLength),
          ret: num(session.episodeReturn),
        });
        if (!e) return line;
        const steps = { steps: formatCount(e.length), n: e.length };
        return `${line} · ${e.success ? w.evalReached(steps) : w.evalMissed(steps)}`;
      }
    }
  }

  private hintLine(session: MazeSession): string {
    const w = t().maze.hud;
    if (session.editing) return w.hintEdit;
    return `${w.hintModes} · ${session.mode === 'play' ? w.hintPlay : w.hintRun}`;
  }

  /** Play: a banner when the episode ends (its words follow the language; `set` redraws only a change). */
  private updateBanner(session: MazeSession, width: number): void {
    const show = session.mode === 'play' && session.play.done && !session.editing;
    if (!show) {
      this.banner.setVisible(false);
      return;
    }
    const w = t().maze.hud;
    const p = session.play;
    const result = w.bannerReturn({ ret: num(p.return), steps: formatCount(p.steps), n: p.steps });
    set(this.banner, `${session.last.success ? w.reached : w.timeUp}  ${result}\n${w.playAgain}`);
    this.banner.setPosition(width / 2, 100).setVisible(true);
  }

  /** Play: the reward of each step floats up from the agent. */
  private popups(session: MazeSession): void {
    const moves = session.runState.getState().moves;
    if (session.mode !== 'play' || session.play.steps === 0) {
      this.popupsSeen = moves;
      return;
    }
    if (moves === this.popupsSeen) return;
    this.popupsSeen = moves;
    const agent = this.agent;
    const r = session.last.reward;
    const t = this.scene.add
      .text(agent.x, agent.y - 20, signed(r), {
        fontFamily: FONT,
        fontSize: '18px',
        fontStyle: 'bold',
        color: r > 0 ? CSS.green : r < 0 ? CSS.red : CSS.text,
        stroke: CSS.outline,
        strokeThickness: 4,
      })
      .setOrigin(0.5)
      .setDepth(DEPTH.popup);
    // With reduced motion the reward still shows (it is information), it just does not float.
    if (prefersReducedMotion()) {
      this.scene.time.delayedCall(800, () => t.destroy());
      return;
    }
    this.scene.tweens.add({
      targets: t,
      y: t.y - 34,
      alpha: 0,
      duration: 800,
      onComplete: () => t.destroy(),
    });
  }

  destroy(): void {
    for (const o of [
      this.badge,
      this.status,
      this.right,
      this.hint,
      this.heatBar,
      this.legend,
      this.banner,
      ...this.labels,
    ]) {
      o.destroy();
    }
  }
}

function set(t: Phaser.GameObjects.Text, value: string): void {
  if (t.text !== value) t.setText(value);
}
