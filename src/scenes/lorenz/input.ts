/**
 * Input, from Phaser's pointers (game units) and the keyboard: over the attractor, drag (a mouse or
 * one finger) to rotate, wheel or pinch (two fingers) to zoom; over the figure, hover shows a value
 * and a click or tap picks it (`FigureView`).
 * Keys are ignored while typing in the panel.
 */
import type Phaser from 'phaser';
import { t } from '../../i18n/language.ts';
import type { LorenzCamera } from '../../play/lorenz/camera.ts';
import type { LorenzSession } from '../../play/lorenz/session.ts';
import type { HelpEntry } from '../../ui/shared/chrome.ts';
import { sceneKey } from '../../ui/shared/keys.ts';
import type { Area } from './attractor-view.ts';
import type { FigureView } from './figure-view.ts';

/** The help's entries in the current language (the chrome asks again after a language change). */
export function lorenzHelp(): HelpEntry[] {
  const h = t().lorenz.help;
  return [h.drag, h.zoom, h.pinch, h.arrows, h.reset, h.pause, h.restart, h.click];
}

const ARROW_STEP = 12; // pixels of drag per key press

export class LorenzInput {
  private dragging = false;
  /** Distance between the two fingers at the last move of a pinch (0 when not pinching). */
  private pinch = 0;
  private last = { x: 0, y: 0 };
  private readonly onKey: (e: KeyboardEvent) => void;

  constructor(
    private readonly scene: Phaser.Scene,
    session: LorenzSession,
    camera: LorenzCamera,
    area: Area,
    figure: FigureView,
  ) {
    const inside = (p: Phaser.Input.Pointer) =>
      p.x >= area.x && p.x <= area.x + area.w && p.y >= area.y && p.y <= area.y + area.h;
    const input = scene.input;
    // A second touch pointer, for the pinch (Phaser tracks one by default).
    if (!input.pointer2) input.addPointer(1);
    const fingers = () => [input.pointer1, input.pointer2].filter((q) => q?.isDown);
    input.on('pointerdown', (p: Phaser.Input.Pointer) => {
      if (figure.press(p.x, p.y) || !inside(p)) return;
      this.dragging = true;
      this.last = { x: p.x, y: p.y };
    });
    input.on('pointermove', (p: Phaser.Input.Pointer) => {
      figure.hover(p.x, p.y);
      const down = fingers();
      if (down.length === 2) {
        const d = Math.hypot(down[0].x - down[1].x, down[0].y - down[1].y);
        if (this.pinch > 0 && d > 0) camera.zoomBy(d / this.pinch);
        this.pinch = d;
        this.dragging = false; // the pinch is not a rotation
        return;
      }
      if (!this.dragging || !p.isDown) return;
      camera.drag(p.x - this.last.x, p.y - this.last.y);
      this.last = { x: p.x, y: p.y };
    });
    const stop = () => {
      this.dragging = false;
      this.pinch = 0;
    };
    input.on('pointerup', stop);
    input.on('pointerupoutside', stop);
    input.on('wheel', (p: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number) => {
      if (inside(p)) camera.zoomBy(Math.exp(-dy * 0.0015));
    });
    this.onKey = (e: KeyboardEvent) => {
      if (!sceneKey(e)) return;
      const k = e.key;
      if (k === ' ') session.togglePause();
      else if (k === 'r' || k === 'R') session.restartTrajectories();
      else if (k === '0') session.resetView();
      else if (k === '+' || k === '=') camera.zoomBy(1.15);
      else if (k === '-' || k === '_') camera.zoomBy(1 / 1.15);
      else if (k === 'ArrowLeft') camera.drag(-ARROW_STEP, 0);
      else if (k === 'ArrowRight') camera.drag(ARROW_STEP, 0);
      else if (k === 'ArrowUp') camera.drag(0, -ARROW_STEP);
      else if (k === 'ArrowDown') camera.drag(0, ARROW_STEP);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', this.onKey);
  }

  destroy(): void {
    window.removeEventListener('keydown', this.onKey);
    this.scene.input.removeAllListeners();
  }
}
