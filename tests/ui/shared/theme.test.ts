/**
 * The palette is readable and colour-blind safe: every text colour reaches WCAG AA (4.5:1) on every
 * surface it is drawn on, chart series and the hues named for them are Okabe–Ito colours, and
 * series marks stand out from the chart's background (WCAG 1.4.11, 3:1).
 */
import { describe, expect, it } from 'vitest';
import {
  CSS,
  contrastRatio,
  OKABE_ITO,
  PALETTE,
  SERIES,
  SURFACES,
  TEXT_COLOURS,
} from '../../../src/ui/shared/theme.ts';

const SAFE = new Set(Object.values(OKABE_ITO).map((rgb) => `#${rgb.toString(16).padStart(6, '0')}`));

describe('theme colours', () => {
  it('computes contrast ratios as WCAG does', () => {
    expect(contrastRatio(0x000000, 0xffffff)).toBeCloseTo(21, 5);
    expect(contrastRatio(0x777777, 0xffffff)).toBeCloseTo(4.48, 2);
    expect(contrastRatio(0x123456, 0x123456)).toBe(1);
  });

  it('every text colour reaches 4.5:1 on every surface', () => {
    const low: string[] = [];
    for (const fg of TEXT_COLOURS)
      for (const bg of SURFACES) {
        const ratio = contrastRatio(PALETTE[fg], PALETTE[bg]);
        if (ratio < 4.5) low.push(`${fg} on ${bg}: ${ratio.toFixed(2)}`);
      }
    expect(low).toEqual([]);
  });

  it('chart series and the hues named for them are Okabe–Ito colours', () => {
    expect(SERIES.filter((c) => !SAFE.has(c))).toEqual([]);
    expect(new Set(SERIES).size).toBe(SERIES.length);
    for (const name of ['accent', 'blue', 'green', 'red', 'pink', 'cyan', 'yellow', 'orange'] as const)
      expect(SAFE.has(CSS[name]), name).toBe(true);
  });

  it('series marks stand out from the chart card (3:1)', () => {
    for (const c of SERIES)
      expect(contrastRatio(Number.parseInt(c.slice(1), 16), PALETTE.surface), c).toBeGreaterThanOrEqual(3);
  });
});
