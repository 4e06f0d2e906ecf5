/** What a chart shows, independent of how it is drawn (SVG here; uPlot in the page). */

export interface ChartSeries {
  label: string;
  /** Palette slot (series of one agent keep one colour across charts). */
  color: number;
  x: number[];
  y: number[];
  /** The 95 % interval's ends at each x (null: none drawn). */
  lo: number[] | null;
  hi: number[] | null;
  /** 'band': a line with a shaded interval; 'bars': points joined by a line, with error bars. */
  style: 'band' | 'bars' | 'line';
}

export interface ChartModel {
  title: string;
  /** Notes under the title: what the band means, smoothing, partial results. */
  notes: string[];
  xLabel: string;
  yLabel: string;
  series: ChartSeries[];
  /** Horizontal reference lines (data units) and vertical ones (x units). */
  hLines: { y: number; label: string }[];
  vLines: { x: number; label: string }[];
  /** y values are shares shown as % (already multiplied by 100). */
  percent: boolean;
  /** Fixed y range (the book's clipping), else from the data. */
  yRange: [number, number] | null;
}
