/**
 * Sim 3's field: one texel per cell in a CanvasTexture, coloured through a 256-entry perceptual
 * lookup table into a reused ImageData (a Uint32Array view, one store per cell, no per-frame
 * allocation), uploaded when the field changed and stretched over a square with linear filtering.
 * Beside it a colour bar with the current range; over it a brush outline that follows the pointer.
 * It follows the run state: a moved field or a new blow-up site marks it for redrawing.
 */

import Phaser from 'phaser';
import { t } from '../../i18n/language.ts';
import type { GridSim } from '../../play/rd/grid-sim.ts';
import type { RdRunStore } from '../../play/rd/run-state.ts';
import { colorize, colormapLut } from '../../play/shared/colormap.ts';
import type { RdColormapName, RdSettings } from '../../state/rd-settings.ts';
import { CSS, PALETTE } from '../../ui/shared/theme.ts';
import { type Area, MONO, TEXT_RES } from './layout.ts';

let nextId = 0;

export class FieldView {
  readonly image: Phaser.GameObjects.Image;
  /** Cells across (the grid is square). */
  readonly size: number;
  private readonly area: Area;
  private readonly texture: Phaser.Textures.CanvasTexture;
  private readonly pixels: ImageData;
  private readonly words: Uint32Array;
  private readonly bar: Phaser.Textures.CanvasTexture;
  private readonly barImage: Phaser.GameObjects.Image;
  private readonly barLabels: Phaser.GameObjects.Text[];
  private readonly frame: Phaser.GameObjects.Graphics;
  private readonly barFrame: Phaser.GameObjects.Graphics;
  private readonly brush: Phaser.GameObjects.Graphics;
  /** A red ring where a blow-up was found. */
  private readonly marker: Phaser.GameObjects.Graphics;
  private lut: Uint32Array;
  private colormap: RdColormapName;
  /** The field moved since it was last coloured. */
  private fieldMoved = true;
  private drawn = { lo: Number.NaN, hi: Number.NaN, which: '', map: '' };
  private readonly unsubscribe: () => void;

  constructor(
    scene: Phaser.Scene,
    area: Area,
    size: number,
    colormap: RdColormapName,
    bar: { x: number; y: number },
    state: RdRunStore,
  ) {
    const { x: barX, y: barY } = bar;
    this.area = area;
    this.size = size;
    this.colormap = colormap;
    this.lut = colormapLut(colormap);
    const id = nextId++;
    this.texture = scene.textures.createCanvas(`rd-field-${id}`, size, size) as Phaser.Textures.CanvasTexture;
    this.texture.setFilter(Phaser.Textures.FilterMode.LINEAR);
    this.pixels = this.texture.getContext().createImageData(size, size);
    this.words = new Uint32Array(this.pixels.data.buffer);
    this.frame = scene.add.graphics();
    this.frame.lineStyle(2, PALETTE.border, 1).strokeRect(area.x - 2, area.y - 2, area.w + 4, area.h + 4);
    this.image = scene.add
      .image(area.x, area.y, this.texture.key)
      .setOrigin(0)
      .setDisplaySize(area.w, area.h)
      .setName('rd-field');

    // Colour bar: a 1×256 texture, high values at the top.
    this.bar = scene.textures.createCanvas(`rd-bar-${id}`, 1, 256) as Phaser.Textures.CanvasTexture;
    this.barImage = scene.add
      .image(barX, barY + 28, this.bar.key)
      .setOrigin(0)
      .setDisplaySize(18, 260);
    this.barFrame = scene.add
      .graphics()
      .lineStyle(1, PALETTE.borderStrong, 1)
      .strokeRect(barX - 1, barY + 27, 20, 262);
    const style = { resolution: TEXT_RES, fontFamily: MONO, fontSize: '13px', color: CSS.textSoft };
    this.barLabels = [
      scene.add.text(barX, barY + 4, '', { ...style, color: CSS.text, fontStyle: 'bold' }),
      scene.add.text(barX + 26, barY + 28, '', style).setOrigin(0, 0.5),
      scene.add.text(barX + 26, barY + 158, '', style).setOrigin(0, 0.5),
      scene.add.text(barX + 26, barY + 288, '', style).setOrigin(0, 0.5),
    ];
    this.paintBar();
    this.brush = scene.add.graphics().setDepth(5);
    this.marker = scene.add.graphics().setDepth(6);
    const onMoved = state.subscribe(
      (st) => st.moved,
      () => {
        this.fieldMoved = true;
      },
    );
    const onBlowUp = state.subscribe(
      (st) => st.blowUpCell,
      (cell) => this.mark(cell),
      { fireImmediately: true },
    );
    this.unsubscribe = () => {
      onMoved();
      onBlowUp();
    };
  }

  /** A red ring where a blow-up was found (none: cleared). */
  private mark(cell: { x: number; y: number } | null): void {
    this.marker.clear();
    if (!cell) return;
    const c = this.cellCentre(cell.x, cell.y);
    this.marker.lineStyle(3, PALETTE.red, 1).strokeCircle(c.x, c.y, 14).strokeCircle(c.x, c.y, 4);
  }

  /** Recolour and upload if the field, its range, the shown field or the colour map changed. */
  draw(sim: GridSim, s: Readonly<RdSettings>): void {
    const grid = sim.grid;
    if (s.colormap !== this.colormap) {
      this.colormap = s.colormap;
      this.lut = colormapLut(s.colormap);
      this.paintBar();
    }
    const { lo, hi } = sim.range;
    const d = this.drawn;
    if (!this.fieldMoved && d.lo === lo && d.hi === hi && d.which === s.field && d.map === s.colormap) {
      return;
    }
    this.fieldMoved = false;
    d.lo = lo;
    d.hi = hi;
    d.which = s.field;
    d.map = s.colormap;
    colorize(s.field === 'u' ? grid.u : grid.v, this.words, this.lut, lo, hi);
    this.texture.putData(this.pixels, 0, 0);
    this.texture.refresh();
    const [name, top, mid, bottom] = this.barLabels;
    name.setText(t().rd.hud.fieldName[s.field]);
    top.setText(hi.toFixed(3));
    mid.setText(((lo + hi) / 2).toFixed(3));
    bottom.setText(lo.toFixed(3));
  }

  /** Cell coordinates (fractional) under a point of the game, or null outside the field. */
  cellAt(x: number, y: number): { x: number; y: number } | null {
    const a = this.area;
    if (x < a.x || y < a.y || x >= a.x + a.w || y >= a.y + a.h) return null;
    return { x: ((x - a.x) / a.w) * this.size - 0.5, y: ((y - a.y) / a.h) * this.size - 0.5 };
  }

  /** The game point at the centre of a cell. */
  cellCentre(cx: number, cy: number): { x: number; y: number } {
    const a = this.area;
    return { x: a.x + ((cx + 0.5) / this.size) * a.w, y: a.y + ((cy + 0.5) / this.size) * a.h };
  }

  /** The brush outline at a game point (hidden with null). */
  showBrush(at: { x: number; y: number } | null, radiusCells: number, erase: boolean): void {
    this.brush.clear();
    if (!at) return;
    const r = (radiusCells * this.area.w) / this.size;
    this.brush.lineStyle(2, erase ? PALETTE.blue : PALETTE.white, 0.85).strokeCircle(at.x, at.y, r);
  }

  private paintBar(): void {
    const ctx = this.bar.getContext();
    const data = ctx.createImageData(1, 256);
    const words = new Uint32Array(data.data.buffer);
    for (let i = 0; i < 256; i++) words[255 - i] = this.lut[i];
    this.bar.putData(data, 0, 0);
    this.bar.refresh();
  }

  destroy(): void {
    this.unsubscribe();
    this.image.destroy();
    this.barImage.destroy();
    for (const t of this.barLabels) t.destroy();
    this.frame.destroy();
    this.barFrame.destroy();
    this.brush.destroy();
    this.marker.destroy();
    // Destroying a texture takes it out of the texture manager (the scene may be gone by now).
    this.texture.destroy();
    this.bar.destroy();
  }
}
