/**
 * Where the maze goes on the stage. On a wide screen the game is 960×640 (landscape); on a tall one
 * (a phone held upright, a tablet) a portrait game (fitStage, stage-size.ts) gives the board the
 * whole width: 560 game px for a 7×7 maze, which a 390 px phone draws about 364 px wide, where the
 * landscape game would shrink it to about 210.
 */
import type Phaser from 'phaser';
import { fitStage, type GameSize, LANDSCAPE } from '../shared/stage-size.ts';
import type { Area } from './board.ts';

/** The portrait game: 600 wide (tiles up to 80 px for a 7×7 maze), as tall as a phone's stage is. */
export const MAZE_PORTRAIT: GameSize = { width: 600, height: 960 };

/** Room above the board for the status line, below it for the legends and the key hint. */
const TOP = 48;
const BOTTOM = 70;
const SIDE = 12;

/** The board's area on a stage of `size`. */
export function boardArea(size: GameSize): Area {
  if (size.width === LANDSCAPE.width && size.height === LANDSCAPE.height) {
    return { x: 16, y: TOP, w: 928, h: 522 };
  }
  return { x: SIDE, y: TOP, w: size.width - 2 * SIDE, h: size.height - TOP - BOTTOM };
}

/** Pick the game size for the stage (call first in `create`) and return the board's area on it. */
export function fitMaze(scene: Phaser.Scene): Area {
  return boardArea(fitStage(scene, MAZE_PORTRAIT));
}

/** Give the next scene the landscape game back (the others lay themselves out for 960×640). */
export function releaseStage(scene: Phaser.Scene): void {
  if (scene.scale.width !== LANDSCAPE.width || scene.scale.height !== LANDSCAPE.height) {
    scene.scale.setGameSize(LANDSCAPE.width, LANDSCAPE.height);
  }
}
