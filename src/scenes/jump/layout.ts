/**
 * Where the jump world sits on the 960×640 canvas: metres to pixels. The env's x runs from 0 (the
 * start) to at most ~10 m (a late jump's landing), so the view spans about −2 m … 10.8 m. Holes are
 * placed at their exact metre positions, not on tile boundaries.
 */
import { PALETTE, CSS as THEME_CSS } from '../../ui/shared/theme.ts';
export const VIEW_W = 960;
export const VIEW_H = 640;
/** The walking surface, px from the top. */
export const GROUND_Y = 404;
export const PX_PER_M = 76;
/** Canvas x of the start line (x = 0 m). */
export const ORIGIN_X = 150;
/** Ground tiles are 64 px; the hole's lip tiles narrow to 45 px at their bottom edge (see assets/README.md). */
export const TILE = 64;
export const LIP_BOTTOM_INSET = 19;
/** The runner art is 48×64; drawn 1.3× (≈ 1.1 m tall, a 1.6 m jump clears about a body and a half). */
export const RUNNER_SCALE = 1.3;
/** Where runners come from in the run-in, m. */
export const RUN_IN_FROM_M = -3.6;
/** The "where would it jump" strip in the soil: top and bottom, px. */
export const STRIP_TOP = GROUND_Y + 86;
export const STRIP_BOTTOM = VIEW_H - 22;

/**
 * How the scene is laid out on this screen. Landscape: the 960×640 world with the HUD over its sky.
 * Portrait (a phone or a tablet held upright): the same world on top, and below it a panel as tall
 * as the stage allows holding the HUD; words are drawn larger (`textScale`) because the whole game
 * is scaled down to the phone's width.
 */
export interface JumpLayout {
  readonly portrait: boolean;
  /** Game height, px (VIEW_H in landscape). */
  readonly height: number;
  readonly textScale: number;
  /** The P(jump) strip: in the soil (landscape), or larger in the panel under the world (portrait). */
  readonly strip: { top: number; bottom: number; textScale: number };
  /** Where the HUD's first line sits. */
  readonly hudTop: number;
}

export const LANDSCAPE_LAYOUT: JumpLayout = {
  portrait: false,
  height: VIEW_H,
  textScale: 1,
  strip: { top: STRIP_TOP, bottom: STRIP_BOTTOM, textScale: 1 },
  hudTop: 16,
};
/** Portrait: words this much larger (the whole game is scaled down to a phone's width). */
const PORTRAIT_TEXT = 2.4;
/** Portrait game heights, px: the stage's shape decides within these. */
const PORTRAIT_MIN_H = 1000;
const PORTRAIT_MAX_H = 2000;

/** The portrait game size for a stage of `aspect` = height / width (1600 tall when unknown). */
export function portraitSize(aspect: number): { width: number; height: number } {
  const h = Number.isFinite(aspect) && aspect > 0 ? Math.round(VIEW_W * aspect) : 1600;
  return { width: VIEW_W, height: Math.min(PORTRAIT_MAX_H, Math.max(PORTRAIT_MIN_H, h)) };
}

export function layoutFor(size: { width: number; height: number }): JumpLayout {
  if (size.height <= VIEW_H) return LANDSCAPE_LAYOUT;
  // Under the world: the strip's title, the strip (a third of the free height, 220–360 px), the HUD.
  const free = size.height - VIEW_H;
  const top = VIEW_H + 24 + Math.round(20 * 1.8);
  const bottom = top + Math.max(220, Math.min(360, Math.round(free / 3)));
  return {
    portrait: true,
    height: size.height,
    textScale: PORTRAIT_TEXT,
    strip: { top, bottom, textScale: 1.8 },
    hudTop: bottom + 40,
  };
}

export function xPx(m: number): number {
  return ORIGIN_X + m * PX_PER_M;
}

export function yPx(heightM: number): number {
  return GROUND_Y - heightM * PX_PER_M;
}

/** Palette of the scene (assets/README.md), as numbers for Phaser. */
export const COLORS = {
  ink: 0x1d2130,
  teal: 0x2ec4b6,
  tealLight: 0x8fe3da,
  orange: 0xff7a45,
  gold: 0xffcf4a,
  grass: 0x7cc66a,
  soil: 0x855839,
  soilDark: 0x6d4730,
  chasmTop: 0x2a2d3d,
  chasmBottom: 0x07080c,
  sky: 0x8fc3d9,
  good: PALETTE.green,
  bad: PALETTE.red,
  panel: PALETTE.background,
} as const;

export const CSS = {
  orange: '#ff7a45',
  teal: '#2ec4b6',
  tealLight: '#8fe3da',
  gold: '#ffcf4a',
  sky: '#8fc3d9',
  text: '#f6f1e7',
  muted: '#c9d1dc',
  good: THEME_CSS.green,
  bad: THEME_CSS.red,
} as const;
