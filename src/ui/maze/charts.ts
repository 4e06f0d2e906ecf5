/**
 * Episode return and episode length charts for the maze, each with a moving average. They read the
 * session's bounded `EpisodeSeries` (single episodes in Watch, buckets of episodes from Turbo
 * snapshots; the series halves its resolution when full), and redraw at most a few times a second.
 * A language change builds the two charts again with the new words and draws the same series at
 * once: the data lives in the session, so nothing is lost.
 */
import { onLanguageChange, t } from '../../i18n/language.ts';
import { episodeMovingAverage } from '../../play/maze/series.ts';
import type { MazeSession } from '../../play/maze/session.ts';
import { LineChart } from '../shared/line-chart.ts';
import { CSS } from '../shared/theme.ts';
import { ReturnChart } from './return-chart.ts';

/** The moving average spans at least this many episodes (more on long runs: 1/40 of them). */
const MIN_WINDOW = 20;
const REDRAW_MS = 250;

export class MazeCharts {
  private returns: ReturnChart;
  private lengths: LineChart;
  /** The series changed since the last drawing (set by the run-state subscriptions). */
  private stale = true;
  private lastDraw = Number.NEGATIVE_INFINITY;
  private readonly unsubscribe: (() => void)[];

  constructor(
    private readonly container: HTMLElement,
    private readonly session: MazeSession,
  ) {
    const mark = () => {
      this.stale = true;
    };
    // A new agent starts a new series; a new point moves its end.
    this.unsubscribe = [
      session.runState.subscribe((r) => r.agent, mark),
      session.runState.subscribe((r) => r.seriesEnd, mark),
      onLanguageChange(() => this.relabel()),
    ];
    [this.returns, this.lengths] = this.build();
  }

  /** The two charts, worded in the current language. */
  private build(): [ReturnChart, LineChart] {
    const w = t().maze.charts;
    const lab = t().maze.lab.charts;
    const returns = new ReturnChart(
      this.container,
      {
        title: w.returnTitle,
        episode: w.episode,
        online: w.return,
        average: w.average,
        greedy: lab.greedy,
        change: lab.change,
      },
      'maze-chart-return',
    );
    const lengths = new LineChart(this.container, {
      id: 'maze-chart-length',
      title: w.lengthTitle,
      xLabel: w.episode,
      height: 120,
      series: [
        { label: w.length, color: CSS.green, width: 1 },
        { label: w.average, color: CSS.accent, width: 2 },
      ],
    });
    return [returns, lengths];
  }

  /** New words: the same charts in the same place, redrawn from the series at once. */
  private relabel(): void {
    const next = this.lengths.root.nextSibling;
    this.returns.destroy();
    this.lengths.destroy();
    [this.returns, this.lengths] = this.build();
    if (next && next.parentNode === this.container) {
      this.container.insertBefore(this.returns.root, next);
      this.container.insertBefore(this.lengths.root, next);
    }
    this.stale = true;
    this.lastDraw = Number.NEGATIVE_INFINITY;
    this.update(performance.now());
  }

  /** Redraw if the series changed (throttled). */
  update(now: number): void {
    if (!this.stale || now - this.lastDraw < REDRAW_MS) return;
    this.stale = false;
    this.lastDraw = now;
    const points = this.session.series.points;
    const xs = new Float64Array(points.length);
    const ret = new Float64Array(points.length);
    const len = new Float64Array(points.length);
    for (let i = 0; i < points.length; i++) {
      xs[i] = points[i].episode + 1;
      ret[i] = points[i].meanReturn;
      len[i] = points[i].meanLength;
    }
    const total = points.length > 0 ? points[points.length - 1].episode + 1 : 0;
    const window = Math.max(MIN_WINDOW, Math.round(total / 40));
    const greedy = this.session.record.greedy.points;
    const gx = new Float64Array(greedy.length);
    const gy = new Float64Array(greedy.length);
    for (let i = 0; i < greedy.length; i++) {
      gx[i] = greedy[i].episode + 1;
      gy[i] = greedy[i].meanReturn;
    }
    this.returns.setData(
      { xs, returns: ret, average: episodeMovingAverage(points, (p) => p.meanReturn, window) },
      { xs: gx, returns: gy },
      this.session.record.changes.map((e) => e + 1),
    );
    this.lengths.setData(xs, [len, episodeMovingAverage(points, (p) => p.meanLength, window)]);
  }

  destroy(): void {
    for (const u of this.unsubscribe) u();
    this.returns.destroy();
    this.lengths.destroy();
  }
}
