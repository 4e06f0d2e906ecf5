/**
 * The playground's palette, one name per colour, for every scene, panel, chart and HUD (the page's
 * own colours are the same values in style.css). Two forms of each: `PALETTE` as 0xRRGGBB numbers
 * for Phaser graphics, `CSS` as '#rrggbb' strings for canvases, text styles and the DOM.
 */

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
  /** The least important text. */
  faint: 0x6c7587,
  white: 0xffffff,
  /** The accent: selection, moving averages, u, warnings. */
  accent: 0xffb347,
  blue: 0x5b8def,
  green: 0x6fd08c,
  red: 0xff6b6b,
  pink: 0xff5fa2,
  cyan: 0x5ad1e6,
  periwinkle: 0x7aa2ff,
  purple: 0xc792ea,
  orange: 0xff8c42,
} as const;

export type PaletteName = keyof typeof PALETTE;

const hex = (rgb: number) => `#${rgb.toString(16).padStart(6, '0')}`;

export const CSS = Object.fromEntries(
  Object.entries(PALETTE).map(([name, rgb]) => [name, hex(rgb)]),
) as Record<PaletteName, string>;

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
