/**
 * A changing maze (blocking, shortcut) shows its change: the cells whose tile changed flash for a
 * moment over the rebuilt board, with a banner. With reduced motion they are marked without the
 * pulse, for the same time.
 */
import type Phaser from 'phaser';
import type { MazeLayout } from '../../envs/maze-layout.ts';
import { t } from '../../i18n/language.ts';
import { prefersReducedMotion } from '../../ui/shared/motion.ts';
import { CSS, FONT_FAMILY, PALETTE, rgba } from '../../ui/shared/theme.ts';
import { DEPTH, type MazeBoard } from './board.ts';

const SHOW_MS = 2500;

export function flashWallChange(scene: Phaser.Scene, board: MazeBoard, before: MazeLayout): void {
  const after = board.layout;
  const g = scene.add.graphics().setDepth(DEPTH.highlight);
  const tile = board.tile;
  for (let s = 0; s < after.tiles.length; s++) {
    if (after.tiles[s] === before.tiles[s]) continue;
    const x = board.cx(s) - tile / 2;
    const y = board.cy(s) - tile / 2;
    g.fillStyle(PALETTE.red, 0.45).fillRect(x, y, tile, tile);
    g.lineStyle(Math.max(3, tile * 0.1), PALETTE.white, 1).strokeRect(x + 2, y + 2, tile - 4, tile - 4);
  }
  const banner = scene.add
    .text(scene.scale.width / 2, board.y0 + 24, t().maze.lab.change.banner, {
      fontFamily: FONT_FAMILY,
      fontSize: '22px',
      color: CSS.white,
      backgroundColor: rgba('background', 0.9),
    })
    .setPadding(14, 6, 14, 6)
    .setOrigin(0.5, 0)
    .setDepth(DEPTH.hud);
  const done = () => {
    g.destroy();
    banner.destroy();
  };
  if (prefersReducedMotion()) {
    scene.time.delayedCall(SHOW_MS, done);
    return;
  }
  scene.tweens.add({ targets: g, alpha: 0.25, duration: 300, yoyo: true, repeat: 3 });
  scene.time.delayedCall(SHOW_MS, done);
}
