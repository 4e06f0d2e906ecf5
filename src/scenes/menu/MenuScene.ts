/** The start scene: lists every scene of the game that has a `meta`, by keyboard or mouse. */
import Phaser from 'phaser';
import { t } from '../../i18n/language.ts';
import { FrameClock } from '../../play/shared/frame-clock.ts';
import { setSceneChrome } from '../../ui/shared/chrome.ts';
import { prefersReducedMotion } from '../../ui/shared/motion.ts';
import { navigate } from '../../ui/shared/router.ts';
import { CSS, PALETTE } from '../../ui/shared/theme.ts';
import { metaOf, type SceneMeta } from '../shared/scene-meta.ts';
import { installSceneHooks } from '../shared/test-hooks.ts';
import { type MenuNav, mountMenuNav } from './menu-nav.ts';

const CARD_W = 660;
const FONT = 'system-ui, sans-serif';
const CARD_H = 72;
const GAP = 14;
/** Phase advance of the backdrop's shimmer per millisecond (a cycle in about 5 s). */
const DRIFT_PER_MS = 0.0012;

export class MenuScene extends Phaser.Scene {
  static readonly key = 'MenuScene';
  private entries: SceneMeta[] = [];
  private selected = 0;
  private nav: MenuNav | undefined;

  constructor() {
    super(MenuScene.key);
  }

  create(): void {
    setSceneChrome(
      {
        title: 'RL Playground',
        help: [
          { keys: '↑ / ↓ / Tab', action: t().menu.help.choose },
          { keys: 'Enter / Space', action: t().menu.help.open },
          { keys: '1 … 9', action: t().menu.help.openN },
          { keys: 'click', action: t().menu.help.click },
        ],
      },
      true,
    );
    const { width, height } = this.scale;
    this.drawBackdrop(width, height);
    this.add
      .text(width / 2, 78, 'RL Playground', {
        fontFamily: 'system-ui, sans-serif',
        fontSize: '46px',
        color: CSS.textBright,
        fontStyle: 'bold',
      })
      .setOrigin(0.5);

    this.entries = this.scene.manager.scenes
      .map((s) => metaOf(s.constructor))
      .filter((m): m is SceneMeta => m !== undefined);
    const top = 180;
    this.entries.forEach((meta, i) => {
      this.makeCard(meta, i, width / 2, top + i * (CARD_H + GAP));
    });
    if (this.entries.length === 0) {
      this.add
        .text(width / 2, top + 40, 'No scenes are registered.', {
          fontFamily: FONT,
          fontSize: '18px',
          color: CSS.red,
        })
        .setOrigin(0.5);
    }
    const stage = document.getElementById('stage');
    if (stage)
      this.nav = mountMenuNav(
        stage,
        this.entries,
        (i) => this.open(i),
        (i) => this.select(i, false),
      );
    this.select(0, true);

    const kb = this.input.keyboard;
    kb?.on('keydown-UP', () => this.step(-1));
    kb?.on('keydown-DOWN', () => this.step(1));
    // Enter and Space are the focused DOM button's own (a click); a canvas handler would open twice.
    kb?.on('keydown', (e: KeyboardEvent) => {
      const n = Number(e.key);
      if (Number.isInteger(n) && n >= 1 && n <= this.entries.length) this.open(n - 1);
    });
    const removeHooks = installSceneHooks('menu', this, () => this.selected);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      kb?.removeAllListeners();
      removeHooks();
      this.nav?.remove();
      this.nav = undefined;
    });
  }

  private makeCard(meta: SceneMeta, i: number, x: number, y: number): Phaser.GameObjects.Container {
    const bg = this.add.rectangle(0, 0, CARD_W, CARD_H, PALETTE.surface).setStrokeStyle(2, PALETTE.border);
    const num = this.add
      .text(-CARD_W / 2 + 22, 0, String(i + 1), {
        fontFamily: FONT,
        fontSize: '26px',
        color: CSS.accent,
        fontStyle: 'bold',
      })
      .setOrigin(0, 0.5);
    const title = this.add
      .text(-CARD_W / 2 + 62, -13, meta.title, {
        fontFamily: FONT,
        fontSize: '20px',
        color: CSS.text,
        fontStyle: 'bold',
      })
      .setOrigin(0, 0.5);
    const blurb = this.add
      .text(-CARD_W / 2 + 62, 14, meta.blurb, {
        fontFamily: FONT,
        fontSize: '14px',
        color: CSS.muted,
        wordWrap: { width: CARD_W - 84 },
      })
      .setOrigin(0, 0.5);
    const card = this.add.container(x, y + CARD_H / 2, [bg, num, title, blurb]);
    card.setName(`menu-card-${meta.hash}`);
    // The DOM nav (menu-nav.ts) is the visible, focusable list. The hidden canvas card stays only
    // because the scene tests (jump, lorenz, rd) look for `menu-card-<hash>` among the canvas objects.
    card.setVisible(false);
    return card;
  }

  private select(i: number, focus: boolean): void {
    if (this.entries.length === 0) return;
    this.selected = (i + this.entries.length) % this.entries.length;
    this.nav?.select(this.selected, focus);
  }

  /** ↑/↓ from the canvas's key listener: the nav does this itself while one of its cards has focus. */
  private step(by: number): void {
    if (!document.activeElement?.closest('#menu-nav')) this.select(this.selected + by, true);
  }

  private open(i: number): void {
    const meta = this.entries[i];
    if (meta) navigate(meta.hash);
  }

  /** A slowly drifting dot grid: a little life behind the menu. */
  private drawBackdrop(width: number, height: number): void {
    const g = this.add.graphics();
    const dots: { x: number; y: number }[] = [];
    for (let x = 0; x <= width; x += 40) for (let y = 0; y <= height; y += 40) dots.push({ x, y });
    let t = 0;
    const draw = () => {
      g.clear();
      for (const d of dots) {
        const a = 0.08 + 0.07 * Math.sin(t + d.x * 0.013 + d.y * 0.021);
        g.fillStyle(PALETTE.periwinkle, a);
        g.fillCircle(d.x, d.y, 2);
      }
    };
    draw();
    if (prefersReducedMotion()) return;
    const frameClock = new FrameClock();
    const onFrame = () => {
      t += frameClock.tick() * DRIFT_PER_MS;
      draw();
    };
    this.events.on(Phaser.Scenes.Events.UPDATE, onFrame);
    // The scene object lives on between visits: a listener left here would draw once more per visit.
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () =>
      this.events.off(Phaser.Scenes.Events.UPDATE, onFrame),
    );
  }
}
