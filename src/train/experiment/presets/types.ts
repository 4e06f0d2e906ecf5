/**
 * A built-in experiment: one or more spec parts (sb-6.3 has an interim and an asymptotic part), the
 * charts that show it, and the reduced counts that tests and previews use. The words (title, what
 * the book found, what to look for) live in src/i18n/{en,ja}/experiments.ts under the preset's id.
 */
import type { CurveMetric, ExperimentSpecInput } from '../spec.ts';

export interface PresetPart {
  /** 'main', or e.g. 'interim' / 'asymptotic'. */
  id: string;
  spec: ExperimentSpecInput;
  /** Counts for tests and quick previews (same settings otherwise). */
  reduced: { runs: number; episodes?: number; steps?: number };
}

/**
 * A horizontal line to mark on a chart (the ε-greedy optimum, v*), at `y` in the metric's own
 * units: a share of 5 % is 0.05 (a `percent` chart shows it as 5 %).
 */
export interface ReferenceLine {
  y: number;
  /** Key in the experiments catalog's `lines`. */
  key: string;
}

/** A vertical line to mark on a chart, at `x` in the chart's x units. */
export interface VerticalLine {
  x: number;
  /** Key in the experiments catalog's `lines`. */
  key: string;
}

export interface PresetChart {
  /** Which part's results it draws. */
  part: string;
  /**
   * 'curve': a metric against episodes (or steps); 'sweep': each agent's per-run summary against
   * the grid's hyper-parameter; 'analytic': a closed-form curve (no runs).
   */
  kind: 'curve' | 'sweep' | 'analytic';
  metric?: CurveMetric;
  /** The x range to draw (1-based, inclusive), e.g. episodes 2–50 in Figure 8.2. */
  xFrom?: number;
  xTo?: number;
  /** Sweep charts: the hyper-parameter on the x axis. */
  param?: string;
  /** Show y as a percentage (shares). */
  percent?: boolean;
  /** Trailing moving-average window for display only (the files keep the raw means). */
  smooth?: number;
  /** A y range to clip to, as the book's figure does. */
  yMin?: number;
  yMax?: number;
  lines?: ReferenceLine[];
  /** Vertical lines at x (on an analytic chart: p* = 2 − √2). */
  xLines?: VerticalLine[];
  /** Analytic charts: which function (see analytic.ts). */
  analytic?: 'short-corridor-j';
}

export interface ExperimentPreset {
  id: string;
  parts: PresetPart[];
  charts: PresetChart[];
}
