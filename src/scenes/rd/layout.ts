/**
 * Where things go on the stage of the reaction–diffusion scene: the main square (the field of sim
 * 3, or the phase plane of sims 1–2) under a title line, and a column beside it (960×640) or under
 * it (624×1040, on a tall stage: see `fitStage`).
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

/** The stage, the main square and the side column: beside it (landscape) or under it (upright). */
export interface RdLayout {
  size: { width: number; height: number };
  main: Area;
  column: Area;
  /** Where the HUD's text block starts in the column, by sim kind (beside the meters or colour bar when upright). */
  info: { pde: { x: number; y: number }; ode: { x: number; y: number } };
  /** The time line: right of the title (landscape), or on a line of its own under it (upright). */
  clock: { x: number; y: number; originX: number };
}

export const WIDE: RdLayout = {
  size: { width: 960, height: 640 },
  main: MAIN,
  column: { x: COLUMN_X, y: MAIN.y, w: COLUMN_W, h: MAIN.h },
  info: { pde: { x: COLUMN_X, y: MAIN.y + 310 }, ode: { x: COLUMN_X, y: MAIN.y + 250 } },
  clock: { x: 940, y: 18, originX: 1 },
};

/** On a tall stage (a phone or tablet held upright): the column under the square. */
export const TALL: RdLayout = {
  size: { width: 624, height: 1040 },
  main: { ...MAIN, y: 72 },
  column: { x: 24, y: 676, w: 576, h: 348 },
  info: { pde: { x: 24 + 170, y: 676 }, ode: { x: 24 + 300, y: 676 } },
  // The 624-wide stage has no room for the time beside a long title.
  clock: { x: 24, y: 44, originX: 0 },
};

export const FONT = 'system-ui, sans-serif';
export const MONO = 'ui-monospace, monospace';
/** Text is rendered at twice its size: the stage is scaled to fit the page, which blurs 1× text. */
export const TEXT_RES = 2;
