/** The sweep figure's colours, labels and fonts. */

import type { Behaviour } from '../../../dynamics/lorenz/index.ts';
import { t } from '../../../i18n/language.ts';
import type { SweepResults } from '../../../play/lorenz/sweep-results.ts';
import { CSS } from '../../shared/theme.ts';

export const BEHAVIOUR_COLOURS: Record<Behaviour | 'pending', string> = {
  chaos: CSS.accent,
  periodic: CSS.green,
  'fixed-point': CSS.periwinkle,
  uncertain: '#b9bfcc',
  pending: CSS.text,
};

/** A behaviour's name in the current language, read when drawing so a switch relabels it. */
export function behaviourLabel(b: Behaviour): string {
  const w = t().lorenz.behaviour;
  return b === 'fixed-point' ? w.fixedPoint : w[b];
}

export const LAMBDA_COLOURS = { l1: CSS.accent, l2: CSS.cyan };
export const BG = '#181b22';
export const GRID = '#2a2e3b';
export const MUTED = CSS.muted;
export const TEXT = CSS.text;
export const FONT = 'system-ui, sans-serif';
/** Widest dash (pixels) a maximum is drawn as. */
export const MAX_DASH = 3;

export const PARAM_SYMBOL = { r: 'r', sigma: 'σ', b: 'b' } as const;

export function parseColour(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function colourOf(results: SweepResults, i: number): string {
  return BEHAVIOUR_COLOURS[results.behaviour[i] ?? 'pending'];
}
