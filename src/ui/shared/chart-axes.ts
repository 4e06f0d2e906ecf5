/**
 * The axes of every side-column chart: muted strokes, and tick labels short enough not to run into
 * each other. uPlot's own labels print 1500000 as "1,500,000", and at large episode counts the
 * x-axis read "1,000,0001,500,000"; these print "1M 1.5M", with room for the longest label.
 */
import type uPlot from 'uplot';
import { formatTick } from '../../core/format.ts';
import { CSS } from './theme.ts';

export const AXIS_FONT_PX = 11;
export const AXIS_FONT = `${AXIS_FONT_PX}px system-ui, sans-serif`;
/** Least room between two x ticks, in px: the widest compact label ("−1.5M", "0.0005") and a gap. */
export const X_TICK_SPACE = 60;

/** Tick labels for uPlot's `values`: compact numbers (1.5M, 250k, 0.25). */
export function tickLabels(_u: uPlot | null, splits: number[]): string[] {
  return splits.map(formatTick);
}

/** Look and labels shared by the charts' axes. */
export const AXIS_STYLE = {
  stroke: CSS.muted,
  grid: { stroke: CSS.border, width: 1 },
  ticks: { stroke: CSS.border },
  font: AXIS_FONT,
};

/** The x-axis: compact labels spaced so they cannot touch. */
export function xAxis(label?: string): uPlot.Axis {
  return {
    ...AXIS_STYLE,
    label,
    labelSize: label ? 14 : 0,
    labelFont: AXIS_FONT,
    space: X_TICK_SPACE,
    values: tickLabels,
  };
}
