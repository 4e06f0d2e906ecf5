/**
 * The playground's palette, one name per colour, for every scene, panel, chart and HUD (the page's
 * own colours are the same values in style.css). Two forms of each: `PALETTE` as 0xRRGGBB numbers
 * for Phaser graphics, `CSS` as '#rrggbb' strings for canvases, text styles and the DOM.
 */

/**
 * Okabe & Ito's colour-blind-safe palette ("Color Universal Design", 2008): eight colours told apart
 * with every common colour-vision deficiency. Its black is left out (it vanishes on the dark page).
 * Chart series and anything that must be told apart by colour (good/bad, agent/ghost) use these.
 */
export const OKABE_ITO = {
  orange: 0xe69f00,
  skyBlue: 0x56b4e9,
  bluishGreen: 0x009e73,
  yellow: 0xf0e442,
  blue: 0x0072b2,
  vermillion: 0xd55e00,
  reddishPurple: 0xcc79a7,
} as const;

export const PALETTE = {
  /** The page and the game's backdrop. */
  background: 0x14161c,
  /** Cards, readouts, legend boxes. */
  surface: 0x1d2029,
  /** A highlighted card. */
  surfaceRaised: 0x262a36,
  /** Dark outline around text and marks drawn on the board. */
  outline: 0x141620,
  /** Borders, grid lines. */
  border: 0x2c3040,
  /** Frames and axes that should show a little more than a border. */
  borderStrong: 0x3a3f50,
  text: 0xe6e8ee,
  /** Titles. */
  textBright: 0xf4f4f4,
  /** Secondary text: legends, notes. */
  textSoft: 0xc9cfdb,
  /** Labels, ticks, hints. */
  muted: 0x9aa4b2,
  /** The least important text (still WCAG AA, 4.5:1, on every surface). */
  faint: 0x8b93a3,
  white: 0xffffff,
  /** The accent: selection, moving averages, u, warnings. */
  accent: OKABE_ITO.orange,
  // The hues below are chart series and good/bad marks: Okabe–Ito, so no pair in one chart or on
  // one board relies on telling red from green.
  blue: OKABE_ITO.skyBlue,
  green: OKABE_ITO.bluishGreen,
  red: OKABE_ITO.vermillion,
  pink: OKABE_ITO.reddishPurple,
  cyan: OKABE_ITO.skyBlue,
  yellow: OKABE_ITO.yellow,
  /** A darker blue, for marks only (too dark for text on the page: 3.5:1). */
  deepBlue: OKABE_ITO.blue,
  periwinkle: 0x7aa2ff,
  purple: 0xc792ea,
  orange: OKABE_ITO.vermillion,
} as const;

export type PaletteName = keyof typeof PALETTE;

const hex = (rgb: number) => `#${rgb.toString(16).padStart(6, '0')}`;

export const CSS = Object.fromEntries(
  Object.entries(PALETTE).map(([name, rgb]) => [name, hex(rgb)]),
) as Record<PaletteName, string>;

/**
 * Chart series in order of use: the first two are the pair most charts show (a series and its
 * moving average, agent and ghost), far apart in hue and in lightness.
 */
export const SERIES = [
  OKABE_ITO.skyBlue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.yellow,
  OKABE_ITO.vermillion,
  OKABE_ITO.blue,
].map(hex);

/** The page's text colours and the surfaces they sit on; each pair must reach WCAG AA (4.5:1). */
export const TEXT_COLOURS = ['text', 'textBright', 'textSoft', 'muted', 'faint', 'accent'] as const;
export const SURFACES = ['background', 'surface', 'surfaceRaised'] as const;

/** WCAG 2 contrast ratio of two 0xRRGGBB colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: number, b: number): number {
  const luminance = (rgb: number) =>
    [16, 8, 0]
      .map((shift) => ((rgb >> shift) & 255) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
      .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** A palette colour with transparency, for canvases: rgba('red', 0.13). */
export function rgba(name: PaletteName, alpha: number): string {
  const rgb = PALETTE[name];
  return `rgba(${(rgb >> 16) & 255}, ${(rgb >> 8) & 255}, ${rgb & 255}, ${alpha})`;
}

/** The readouts' note box under the panel, its left edge in the scene's colour. */
export function noteBoxStyle(edge: PaletteName): string {
  return `background:${CSS.surface};border:1px solid ${CSS.border};border-left:4px solid ${CSS[edge]};border-radius:6px;padding:6px 10px;font-size:12.5px;line-height:1.45;color:${CSS.textSoft}`;
}

/**
 * The font for text drawn on the canvases (Phaser's HUDs, chart labels): the page's stack
 * (style.css `--font`), with a CJK font in it so Japanese never falls back to empty boxes.
 */
export const FONT_FAMILY =
  'system-ui, "Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Yu Gothic UI", Meiryo, sans-serif';
