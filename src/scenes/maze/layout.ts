/**
 * Where the maze goes on the stage. On a wide screen the game is 960×640 (landscape); on a tall one
 * (a phone held upright, a tablet) a portrait game (fitStage, stage-size.ts) gives the board the
 * whole width: 560 game px for a 7×7 maze, which a 390 px phone draws about 364 px wide, where the
 * landscape game would shrink it to about 210. On a touch screen the portrait game is a little
 * shorter than the stage: Phaser centres the canvas, so the same strip is left free above it and
 * below it, where the on-screen buttons float (chrome.ts `touch`), clear of the board and legends.
 */
import type Phaser from 'phaser';
import { fitStage, type GameSize, LANDSCAPE } from '../shared/stage-size.ts';
import type { Area } from './board.ts';

/** The portrait game is 600 wide (tiles up to 80 px for a 7×7 maze) and as tall as the stage allows. */
const PORTRAIT_WIDTH = 600;
const PORTRAIT_HEIGHT = { min: 640, max: 1100 };
/** Screen px between the touch bar and the canvas, and below the bar (its CSS margin). */
const TOUCH_BAR_GAP = 16;
/**
 * On a narrow stage the buttons may wrap to two rows in a longer language (Japanese), and the
 * language can change while the scene runs: keep room for two rows (44 px buttons, 8 px apart).
 */
const NARROW_STAGE = 500;
const TWO_ROWS = 96;

/**
 * The portrait game for a stage of `stage` screen px, with `bar` px of touch buttons floating at its
 * bottom (0 without a touch bar).
 */
export function mazePortrait(stage: { width: number; height: number }, bar: number): GameSize {
  const free = stage.height - (bar > 0 ? 2 * (bar + TOUCH_BAR_GAP) : 0);
  const height = Math.round((PORTRAIT_WIDTH * free) / Math.max(1, stage.width));
  return {
    width: PORTRAIT_WIDTH,
    height: Math.min(PORTRAIT_HEIGHT.max, Math.max(PORTRAIT_HEIGHT.min, height)),
  };
}

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

/**
 * Pick the game size for the stage and return the board's area on it. Call in `create` after the
 * chrome is set (the page has left the menu's layout and shows this scene's touch bar, if any) and
 * before anything is laid out.
 */
export function fitMaze(scene: Phaser.Scene): Area {
  const stage = document.getElementById('game')?.getBoundingClientRect() ?? { width: 0, height: 0 };
  // Zero where the bar is not shown (a mouse and keyboard, or no touch buttons).
  const shown = document.getElementById('touch-bar')?.getBoundingClientRect().height ?? 0;
  const bar = shown > 0 && stage.width < NARROW_STAGE ? Math.max(shown, TWO_ROWS) : shown;
  return boardArea(fitStage(scene, mazePortrait(stage, bar)));
}
