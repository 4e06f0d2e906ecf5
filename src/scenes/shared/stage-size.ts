/**
 * The game's size for the screen a scene opens on. Phaser scales the game to fit the stage (FIT),
 * so a 960×640 game on a 390 px wide phone is drawn 390×260. A scene that would be too small that
 * way gives a portrait size too; `fitStage` picks the one whose shape is nearer the stage's and
 * sets it before the scene lays itself out from `scene.scale.width/height`.
 */
import type Phaser from 'phaser';

export interface GameSize {
  width: number;
  height: number;
}

export const LANDSCAPE: GameSize = { width: 960, height: 640 };

/**
 * Set the game size for this scene (call first in `create`; every scene does, the menu too, so none
 * has to give the size back for the next one). Returns the size chosen.
 */
export function fitStage(
  scene: Phaser.Scene,
  portrait?: GameSize,
  landscape: GameSize = LANDSCAPE,
): GameSize {
  const stage = document.getElementById('game')?.getBoundingClientRect();
  const aspect = stage && stage.width > 0 ? stage.height / stage.width : 0;
  const wantPortrait =
    portrait !== undefined &&
    Math.abs(Math.log(aspect / (portrait.height / portrait.width))) <
      Math.abs(Math.log(aspect / (landscape.height / landscape.width)));
  const size = wantPortrait && portrait ? portrait : landscape;
  if (scene.scale.width !== size.width || scene.scale.height !== size.height) {
    scene.scale.setGameSize(size.width, size.height);
  }
  return size;
}
