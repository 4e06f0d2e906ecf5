/**
 * The jump world behind the runners: sky and hills, the ground with the hole cut at its exact metre
 * position (lip tiles at the edges, a chasm between), the finish flag after the hole and the start
 * line. `setHole` moves everything when a new episode brings a new hole.
 */
import Phaser from 'phaser';
import { TEX } from './assets.ts';
import { COLORS, GROUND_Y, LIP_BOTTOM_INSET, TILE, VIEW_H, VIEW_W, xPx } from './layout.ts';

/** Flag distance past the far edge, m. */
export const FLAG_PAST_EDGE_M = 2.2;

export class WorldView {
  readonly flag: Phaser.GameObjects.Image;
  private readonly chasm: Phaser.GameObjects.Graphics;
  private readonly leftGround: Phaser.GameObjects.TileSprite;
  private readonly rightGround: Phaser.GameObjects.TileSprite;
  private readonly lipLeft: Phaser.GameObjects.Image;
  private readonly lipRight: Phaser.GameObjects.Image;
  private start = Number.NaN;
  private end = Number.NaN;

  constructor(scene: Phaser.Scene) {
    // The hills' foot hides behind the ground; a band of sky fills the top above the picture.
    const top = GROUND_Y + 30 - 400;
    scene.add.rectangle(0, 0, VIEW_W, top + 2, COLORS.sky).setOrigin(0);
    scene.add.image(0, top, TEX.background).setOrigin(0);
    scene.add.rectangle(0, GROUND_Y + TILE - 2, VIEW_W, VIEW_H, COLORS.soil).setOrigin(0);
    this.chasm = scene.add.graphics();
    this.leftGround = scene.add.tileSprite(0, GROUND_Y, TILE, TILE, TEX.ground).setOrigin(0);
    this.rightGround = scene.add.tileSprite(0, GROUND_Y, TILE, TILE, TEX.ground).setOrigin(0);
    this.lipLeft = scene.add.image(0, GROUND_Y, TEX.lipLeft).setOrigin(0);
    this.lipRight = scene.add.image(0, GROUND_Y, TEX.lipRight).setOrigin(0);
    // Start line: a chalk mark on the grass.
    scene.add.rectangle(xPx(0), GROUND_Y + 1, 4, 12, 0xf6f1e7, 0.85).setOrigin(0.5, 0);
    this.flag = scene.add.image(0, GROUND_Y + 2, TEX.flag).setOrigin(0.25, 1);
    // Under the Canvas renderer a TileSprite draws through a texture of its own, which Phaser's
    // destroy leaves in the texture manager: two more textures per visit. Remove them on leaving.
    const own = [this.leftGround, this.rightGround]
      .map((t) => (t as unknown as { displayTexture: Phaser.Textures.Texture | null }).displayTexture)
      .filter((t): t is Phaser.Textures.Texture => t !== null);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      for (const t of own) if (t.manager) t.destroy();
    });
  }

  /** Place the hole [start, end] (m) and everything that depends on it. */
  setHole(start: number, end: number): void {
    if (start === this.start && end === this.end) return;
    this.start = start;
    this.end = end;
    const a = Math.round(xPx(start));
    const b = Math.round(xPx(end));
    // The lips sit in the last cell before and the first cell after the hole (their crumble is the edge).
    this.lipLeft.setX(a - TILE);
    this.lipRight.setX(b);
    const leftWidth = Math.max(1, a - TILE);
    this.leftGround.setSize(leftWidth, TILE);
    // Anchor the pattern at the lip, so the seams do not slide when the hole moves.
    this.leftGround.tilePositionX = -leftWidth % TILE;
    this.rightGround.setX(b + TILE).setSize(Math.max(1, VIEW_W - b - TILE), TILE);
    this.rightGround.tilePositionX = 0;
    const g = this.chasm;
    g.clear();
    g.fillGradientStyle(COLORS.chasmTop, COLORS.chasmTop, COLORS.chasmBottom, COLORS.chasmBottom, 1);
    g.fillRect(a - LIP_BOTTOM_INSET, GROUND_Y, b - a + 2 * LIP_BOTTOM_INSET, VIEW_H - GROUND_Y);
    this.flag.setX(xPx(end + FLAG_PAST_EDGE_M));
  }
}
