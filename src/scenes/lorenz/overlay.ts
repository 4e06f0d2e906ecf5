/**
 * 2-D canvases laid exactly over parts of the game canvas, in game units: a div the size of the
 * game (960×640), positioned over Phaser's canvas and scaled like it (Phaser's FIT scaling), so a
 * canvas placed at game coordinates (x, y, w, h) covers that area and Phaser's pointer coordinates
 * still address it. Pointer events pass through to Phaser.
 *
 * Why not Phaser textures: the attractor changes every frame and the figure is large; drawn as
 * textured quads they cost most of the frame in software WebGL (SwiftShader, headless Chromium:
 * ~28 fps without them, ~10 with them), while the page composites plain canvases cheaply.
 */
import type Phaser from 'phaser';
import type { Area } from './attractor-view.ts';

export class StageOverlay {
  private readonly root: HTMLDivElement;
  private last = '';

  constructor(private readonly game: Phaser.Game) {
    this.root = document.createElement('div');
    this.root.id = 'lorenz-overlay';
    const { width, height } = game.scale;
    this.root.style.cssText = `position:absolute;left:0;top:0;width:${width}px;height:${height}px;transform-origin:0 0;pointer-events:none;z-index:1`;
    (document.getElementById('stage') ?? document.body).append(this.root);
    this.sync();
  }

  /** A new canvas covering `area` (game units), at that many pixels. */
  canvas(area: Area, id: string): HTMLCanvasElement {
    const c = document.createElement('canvas');
    c.id = id;
    c.width = area.w;
    c.height = area.h;
    c.style.cssText = `position:absolute;left:${area.x}px;top:${area.y}px;width:${area.w}px;height:${area.h}px`;
    this.root.append(c);
    return c;
  }

  /** Follow the game canvas's position and scale (call every frame; cheap when nothing moved). */
  sync(): void {
    const parent = this.root.parentElement;
    if (!parent) return;
    const canvas = this.game.canvas.getBoundingClientRect();
    const host = parent.getBoundingClientRect();
    const k = canvas.width / this.game.scale.width;
    const key = `${canvas.left - host.left}|${canvas.top - host.top}|${k}`;
    if (key === this.last) return;
    this.last = key;
    this.root.style.transform = `translate(${canvas.left - host.left}px, ${canvas.top - host.top}px) scale(${k})`;
  }

  destroy(): void {
    this.root.remove();
  }
}
