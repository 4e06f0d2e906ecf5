/**
 * The start scene: lists every scene of the registry (src/scenes/registry.ts) as a DOM nav over a
 * drifting backdrop, chosen by keyboard, mouse or touch.
 */
import Phaser from 'phaser';
import { onLanguageChange, t } from '../../i18n/language.ts';
import { FrameClock } from '../../play/shared/frame-clock.ts';
import { setSceneChrome } from '../../ui/shared/chrome.ts';
import { prefersReducedMotion } from '../../ui/shared/motion.ts';
import { navigate } from '../../ui/shared/router.ts';
import { CSS, PALETTE } from '../../ui/shared/theme.ts';
import { SCENES } from '../registry.ts';
import { fitStage } from '../shared/stage-size.ts';
import { installSceneHooks } from '../shared/test-hooks.ts';
import { type MenuNav, mountMenuNav } from './menu-nav.ts';

/** Phase advance of the backdrop's shimmer per millisecond (a cycle in about 5 s). */
const DRIFT_PER_MS = 0.0012;

export class MenuScene extends Phaser.Scene {
  static readonly key = 'MenuScene';
  private selected = 0;
  private nav: MenuNav | undefined;

  constructor() {
    super(MenuScene.key);
  }

  create(): void {
    // Every scene sets the game size it lays itself out for; the one left may have been upright.
    fitStage(this);
    // A function: the chrome reads the words again when the language changes.
    setSceneChrome(
      () => ({
        title: t().common.appName,
        help: [
          { keys: '↑ / ↓ / Tab', action: t().menu.help.choose },
          { keys: 'Enter / Space', action: t().menu.help.open },
          { keys: `1 … ${SCENES.length}`, action: t().menu.help.openN },
          { keys: t().menu.help.pointer, action: t().menu.help.click },
        ],
      }),
      true,
    );
    const { width, height } = this.scale;
    this.drawBackdrop(width, height);
    const heading = this.add
      .text(width / 2, 78, t().common.appName, {
        fontFamily: 'system-ui, sans-serif',
        fontSize: '46px',
        color: CSS.textBright,
        fontStyle: 'bold',
      })
      .setOrigin(0.5);
    const stopWords = onLanguageChange(() => heading.setText(t().common.appName));

    // The registry lists the scenes without loading them: a card opens (and fetches) its scene.
    const stage = document.getElementById('stage');
    if (stage)
      this.nav = mountMenuNav(
        stage,
        SCENES,
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
      if (Number.isInteger(n) && n >= 1 && n <= SCENES.length) this.open(n - 1);
    });
    const removeHooks = installSceneHooks('menu', this, () => this.selected);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      kb?.removeAllListeners();
      removeHooks();
      stopWords();
      this.nav?.remove();
      this.nav = undefined;
    });
  }

  private select(i: number, focus: boolean): void {
    this.selected = (i + SCENES.length) % SCENES.length;
    this.nav?.select(this.selected, focus);
  }

  /** ↑/↓ from the canvas's key listener: the nav does this itself while one of its cards has focus. */
  private step(by: number): void {
    if (!document.activeElement?.closest('#menu-nav')) this.select(this.selected + by, true);
  }

  private open(i: number): void {
    const entry = SCENES[i];
    if (entry) navigate(entry.hash);
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
