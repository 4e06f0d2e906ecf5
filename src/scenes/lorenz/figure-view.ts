/**
 * The sweep figure inside the game: `drawFigure` renders into a Phaser canvas texture whenever the
 * results changed (at most REDRAW_MS apart), and a graphics overlay draws, every frame, the marker
 * at the current value of the swept parameter and the hover line with its value. A click on the
 * diagram or the λ plot picks that value.
 */
import Phaser from 'phaser';
import type { SweepResults } from '../../play/lorenz-sweep-results.ts';
import {
  drawFigure,
  type FigureLayout,
  figureLayout,
  PARAM_SYMBOL,
  valueAtX,
  xOfValue,
} from '../../ui/lorenz-figure.ts';
import type { Area } from './attractor-view.ts';

const TEXTURE_KEY = 'lorenz-figure';
const REDRAW_MS = 200;

export class FigureView {
  readonly layout: FigureLayout;
  /** Times the texture was redrawn (tests wait on it). */
  renders = 0;
  private readonly texture: Phaser.Textures.CanvasTexture;
  private readonly image: Phaser.GameObjects.Image;
  private readonly overlay: Phaser.GameObjects.Graphics;
  private readonly hoverText: Phaser.GameObjects.Text;
  private drawn = { id: -1, version: -1, at: Number.NEGATIVE_INFINITY };
  private hoverX: number | null = null;
  private results: SweepResults | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    readonly area: Area,
    onPick: (value: number) => void,
  ) {
    this.layout = figureLayout(area.w, area.h);
    if (scene.textures.exists(TEXTURE_KEY)) scene.textures.remove(TEXTURE_KEY);
    const texture = scene.textures.createCanvas(TEXTURE_KEY, area.w, area.h);
    if (!texture) throw new Error('could not create the figure texture');
    this.texture = texture;
    this.image = scene.add.image(area.x, area.y, TEXTURE_KEY).setOrigin(0, 0);
    this.overlay = scene.add.graphics();
    this.hoverText = scene.add
      .text(0, 0, '', {
        fontFamily: 'system-ui, sans-serif',
        fontSize: '11px',
        color: '#14161c',
        backgroundColor: '#e6e8ee',
        padding: { x: 4, y: 1 },
      })
      .setOrigin(0.5, 1)
      .setVisible(false);
    this.image.setInteractive({ useHandCursor: true });
    this.image.on('pointermove', (pointer: Phaser.Input.Pointer) => {
      this.hoverX = this.pickable(pointer) ? pointer.x - area.x : null;
    });
    this.image.on('pointerout', () => {
      this.hoverX = null;
    });
    this.image.on('pointerdown', (pointer: Phaser.Input.Pointer) => {
      if (!this.results || !this.pickable(pointer)) return;
      const v = valueAtX(this.layout, this.results, pointer.x - area.x);
      if (v !== null) onPick(v);
    });
  }

  /** Whether a pointer is over the diagram or the λ plot (not the title or the legend). */
  private pickable(pointer: Phaser.Input.Pointer): boolean {
    const y = pointer.y - this.area.y;
    const { diagram, lyap } = this.layout;
    const x = pointer.x - this.area.x;
    return x >= diagram.x && x <= diagram.x + diagram.w && y >= diagram.y && y <= lyap.y + lyap.h;
  }

  update(results: SweepResults, marker: number, time: number): void {
    this.results = results;
    const d = this.drawn;
    const changed = results.id !== d.id || results.version !== d.version;
    if (changed && (time - d.at >= REDRAW_MS || results.id !== d.id || results.finished)) {
      const ctx = this.texture.getContext();
      drawFigure(ctx, results, this.layout);
      this.texture.refresh();
      this.renders++;
      this.drawn = { id: results.id, version: results.version, at: time };
    }
    this.drawOverlay(results, marker);
  }

  private drawOverlay(results: SweepResults, marker: number): void {
    const g = this.overlay;
    g.clear();
    const { diagram, lyap } = this.layout;
    const top = this.area.y + diagram.y;
    const bottom = this.area.y + lyap.y + lyap.h;
    const mx = this.area.x + xOfValue(this.layout, results, marker);
    if (mx >= this.area.x + diagram.x && mx <= this.area.x + diagram.x + diagram.w) {
      g.lineStyle(1.5, 0xffffff, 0.85).lineBetween(mx, top, mx, bottom);
      g.fillStyle(0xffffff, 1).fillTriangle(mx - 5, top - 7, mx + 5, top - 7, mx, top - 1);
    }
    if (this.hoverX === null) {
      this.hoverText.setVisible(false);
      return;
    }
    const v = valueAtX(this.layout, results, this.hoverX);
    const hx = this.area.x + this.hoverX;
    g.lineStyle(1, 0xffb347, 0.6).lineBetween(hx, top, hx, bottom);
    if (v !== null) {
      this.hoverText
        .setText(`${PARAM_SYMBOL[results.config.param]} = ${Number(v.toPrecision(5))}`)
        .setPosition(Phaser.Math.Clamp(hx, this.area.x + 40, this.area.x + this.area.w - 40), top - 2)
        .setVisible(true);
    }
  }

  /** Game coordinates of a value on the diagram (its middle height), for tests. */
  pointOf(value: number): { x: number; y: number } {
    const results = this.results;
    const x = results ? xOfValue(this.layout, results, value) : this.layout.diagram.x;
    return { x: this.area.x + x, y: this.area.y + this.layout.diagram.y + this.layout.diagram.h / 2 };
  }

  /** The figure as drawn on screen, as a PNG data URL (tests compare it). */
  dataUrl(): string {
    return this.texture.canvas.toDataURL('image/png');
  }

  destroy(): void {
    this.image.destroy();
    this.overlay.destroy();
    this.hoverText.destroy();
    if (this.scene.textures.exists(TEXTURE_KEY)) this.scene.textures.remove(TEXTURE_KEY);
  }
}
