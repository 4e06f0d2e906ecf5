/**
 * The maze's tiles and the geometry everything else draws with: where a cell is on screen and
 * which cell a point is in. Built once per layout (a new maze builds a new board).
 */
import type Phaser from 'phaser';
import { type MazeLayout, TILE } from '../../envs/maze-layout.ts';
import { PALETTE } from '../../ui/shared/theme.ts';
import { TILE_TEXTURE } from './textures.ts';

export interface Area {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Largest tile on screen (px): a 7×7 maze is shown big, a 41×41 one small. */
const MAX_TILE = 80;

export const DEPTH = {
  tiles: 0,
  heat: 1,
  markers: 2,
  visits: 3,
  arrows: 4,
  trail: 5,
  highlight: 6,
  agent: 7,
  popup: 8,
  hud: 10,
} as const;

export class MazeBoard {
  readonly layout: MazeLayout;
  readonly tile: number;
  readonly x0: number;
  readonly y0: number;
  private readonly objects: Phaser.GameObjects.GameObject[] = [];

  constructor(scene: Phaser.Scene, layout: MazeLayout, area: Area) {
    this.layout = layout;
    const { width, height } = layout;
    this.tile = Math.max(6, Math.floor(Math.min(area.w / width, area.h / height, MAX_TILE)));
    this.x0 = Math.round(area.x + (area.w - this.tile * width) / 2);
    this.y0 = Math.round(area.y + (area.h - this.tile * height) / 2);
    const frame = scene.add
      .rectangle(this.x0 - 3, this.y0 - 3, this.tile * width + 6, this.tile * height + 6, 0x0b0c10)
      .setOrigin(0)
      .setStrokeStyle(2, PALETTE.borderStrong)
      .setDepth(DEPTH.tiles);
    this.objects.push(frame);
    for (let cell = 0; cell < width * height; cell++) {
      const kind = layout.tiles[cell];
      // S and G sit on a floor tile; their own images go above the heat map (markers layer).
      const base = kind === TILE.START || kind === TILE.GOAL ? TILE.FLOOR : kind;
      this.objects.push(this.image(scene, cell, TILE_TEXTURE[base], DEPTH.tiles));
      if (base !== kind) this.objects.push(this.image(scene, cell, TILE_TEXTURE[kind], DEPTH.markers));
    }
  }

  private image(scene: Phaser.Scene, cell: number, key: string, depth: number): Phaser.GameObjects.Image {
    return scene.add
      .image(this.cx(cell), this.cy(cell), key)
      .setDisplaySize(this.tile, this.tile)
      .setDepth(depth);
  }

  /** Screen x of a cell's centre. */
  cx(cell: number): number {
    return this.x0 + ((cell % this.layout.width) + 0.5) * this.tile;
  }

  cy(cell: number): number {
    return this.y0 + (Math.floor(cell / this.layout.width) + 0.5) * this.tile;
  }

  /** Cell under a screen point, or −1. */
  cellAt(x: number, y: number): number {
    const c = Math.floor((x - this.x0) / this.tile);
    const r = Math.floor((y - this.y0) / this.tile);
    if (c < 0 || r < 0 || c >= this.layout.width || r >= this.layout.height) return -1;
    return r * this.layout.width + c;
  }

  destroy(): void {
    for (const o of this.objects) o.destroy();
    this.objects.length = 0;
  }
}
