/**
 * Where things go on the 960×640 stage of the reaction–diffusion scene: the main square (the field
 * of sim 3, or the phase plane of sims 1–2) on the left under a title line, a column on the right.
 */
export interface Area {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The main square. */
export const MAIN: Area = { x: 24, y: 48, w: 576, h: 576 };
/** Left edge and width of the right-hand column. */
export const COLUMN_X = 628;
export const COLUMN_W = 312;

export const FONT = 'system-ui, sans-serif';
export const MONO = 'ui-monospace, monospace';
/** Text is rendered at twice its size: the stage is scaled to fit the page, which blurs 1× text. */
export const TEXT_RES = 2;
