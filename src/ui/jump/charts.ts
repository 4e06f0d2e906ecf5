/**
 * The jump scene's charts (uPlot, side column), fed from a `JumpSession` a few times a second:
 * P(jump) along the track to the hole (metres, in the runner's direction) with the take-off window, episode return and success rate (both agents in
 * Compare), θ over episodes, and the baseline's case: both gradient estimates of every update on the
 * same batch, their running means and their variances, with a readout. Every series is bounded
 * (EpisodeSeries / BoundedSeries), so the charts keep up with Turbo and never grow.
 */
import { ReinforceAgent } from '../../agents/reinforce.ts';
import { formatCount, formatNumber, formatPercent, formatSig } from '../../core/format.ts';
import { movingAverage } from '../../core/stats.ts';
import { onLanguageChange, t } from '../../i18n/language.ts';
import { learnerOf } from '../../play/jump/learners.ts';
import { policyAlongTrack } from '../../play/jump/policy.ts';
import type { JumpSession } from '../../play/jump/session.ts';
import type { EpisodePoint } from '../../train/episode-series.ts';
import { CSS, rgba } from '../shared/theme.ts';
import { type ChartWords, JumpChart, type JumpSeries } from './banded-chart.ts';

const REFRESH_MS = 250;
const MA_POINTS = 20;
const CURVE_POINTS = 121;
/** Okabe–Ito hues from the theme (colour-blind safe): vermillion agent, bluish-green ghost. */
const C = {
  main: CSS.orange,
  mainFaint: rgba('orange', 0.35),
  ghost: CSS.green,
  ghostFaint: rgba('green', 0.35),
  dist: CSS.yellow,
  ground: CSS.blue,
  bias: CSS.pink,
};

export class JumpCharts {
  private readonly charts: JumpChart[] = [];
  private readonly policy: JumpChart;
  private readonly returns: JumpChart;
  private readonly success: JumpChart;
  private readonly theta: JumpChart;
  private readonly samples: JumpChart;
  private readonly variance: JumpChart;
  private readonly readout: HTMLElement;
  private readonly curveX: Float64Array;
  private readonly curve = [new Float64Array(CURVE_POINTS), new Float64Array(CURVE_POINTS)];
  /** The curve's span, metres from the edge, and the take-off window's length. */
  private readonly trackM: [number, number];
  private readonly windowM: number;
  private sinceRefresh = REFRESH_MS;
  /** Something the charts show changed since the last drawing (set by the run-state subscription). */
  private stale = true;
  private readonly unsubscribe: () => void;

  constructor(
    container: HTMLElement,
    private readonly session: JumpSession,
  ) {
    // Metres from the hole's near edge, in the runner's direction of travel: from the farthest
    // start to the far edge of the hole, as on the track (and the strip under it).
    const hole = session.lanes[0].hole;
    this.windowM = hole.windowLength;
    this.trackM = [-hole.options.holeStartMax, 0];
    const [from, to] = this.trackM;
    this.curveX = Float64Array.from(
      { length: CURVE_POINTS },
      (_, i) => from + ((to - from) * i) / (CURVE_POINTS - 1),
    );
    const add = (c: JumpChart) => {
      this.charts.push(c);
      return c;
    };
    const w = chartWords(this.windowM);
    this.policy = add(
      new JumpChart(container, {
        id: 'jump-chart-policy',
        title: w.policy.title,
        note: w.policy.note,
        xLabel: w.policy.xLabel,
        height: 150,
        yRange: [0, 1],
        xRange: [from, hole.options.holeWidth],
        bands: [
          { from: -this.windowM, to: 0, color: rgba('green', 0.25), label: w.policy.bands?.[0] },
          { from: 0, to: hole.options.holeWidth, color: rgba('red', 0.16), label: w.policy.bands?.[1] },
        ],
        series: styled(w.policy, [
          { color: C.main, width: 2.5 },
          { color: C.ghost, width: 2, dash: [6, 4] },
        ]),
      }),
    );
    this.returns = add(
      new JumpChart(container, {
        id: 'jump-chart-return',
        title: w.returns.title,
        series: styled(w.returns, [
          { color: C.mainFaint, width: 1 },
          { color: C.main, width: 2 },
          { color: C.ghostFaint, width: 1 },
          { color: C.ghost, width: 2 },
        ]),
      }),
    );
    this.success = add(
      new JumpChart(container, {
        id: 'jump-chart-success',
        title: w.success.title,
        yRange: [0, 1],
        series: styled(w.success, [
          { color: C.main, width: 2 },
          { color: C.ghost, width: 2 },
        ]),
      }),
    );
    this.theta = add(
      new JumpChart(container, {
        id: 'jump-chart-theta',
        title: w.theta.title,
        series: styled(w.theta, [
          { color: C.dist, width: 2 },
          { color: C.ground, width: 2 },
          { color: C.bias, width: 2 },
          { color: C.dist, width: 1.5, dash: [5, 4] },
          { color: C.ground, width: 1.5, dash: [5, 4] },
          { color: C.bias, width: 1.5, dash: [5, 4] },
        ]),
      }),
    );
    this.samples = add(
      new JumpChart(container, {
        id: 'jump-chart-gradient',
        title: w.samples.title,
        note: w.samples.note,
        height: 150,
        ySymmetric: true,
        series: styled(w.samples, [
          { color: C.main, points: true },
          { color: C.ghost, points: true },
          { color: C.main, width: 2.5 },
          { color: C.ghost, width: 2.5, dash: [6, 4] },
        ]),
      }),
    );
    this.variance = add(
      new JumpChart(container, {
        id: 'jump-chart-variance',
        title: w.variance.title,
        yScale: 'log',
        series: styled(w.variance, [
          { color: C.main, width: 2 },
          { color: C.ghost, width: 2 },
          { color: C.ghost, width: 1.5, dash: [3, 3] },
        ]),
      }),
    );
    this.readout = document.createElement('div');
    this.readout.className = 'readout';
    this.readout.id = 'jump-gradient-readout';
    container.append(this.readout);
    // The lanes' facts change with θ, chart points, gradient updates, agents and Compare.
    const unsubscribeLanes = session.runState.subscribe(
      (r) => r.lanes,
      () => {
        this.stale = true;
      },
    );
    // A language switch rewords the same charts in place: their data and the run are untouched.
    const unsubscribeLanguage = onLanguageChange(() => this.relabel());
    this.unsubscribe = () => {
      unsubscribeLanes();
      unsubscribeLanguage();
    };
  }

  /** The charts' words (and the readout's) in the current language. */
  private relabel(): void {
    const w = chartWords(this.windowM);
    this.policy.relabel(w.policy);
    this.returns.relabel(w.returns);
    this.success.relabel(w.success);
    this.theta.relabel(w.theta);
    this.samples.relabel(w.samples);
    this.variance.relabel(w.variance);
    this.readout.textContent = readoutText(this.session, this.session.gradientLane !== null);
  }

  /** Redraw what changed, at most four times a second. */
  refresh(deltaMs: number): void {
    this.sinceRefresh += deltaMs;
    if (this.sinceRefresh < REFRESH_MS) return;
    this.sinceRefresh = 0;
    if (!this.stale) return;
    this.stale = false;
    this.showAgents(this.session.compare);
    this.drawPolicy();
    this.drawEpisodes();
    this.drawTheta();
    this.drawGradients();
  }

  /** The ghost's series only in Compare. */
  private showAgents(compare: boolean): void {
    this.policy.showSeries(1, compare);
    this.returns.showSeries(2, compare);
    this.returns.showSeries(3, compare);
    this.success.showSeries(1, compare);
    for (const i of [3, 4, 5]) this.theta.showSeries(i, compare);
  }

  destroy(): void {
    this.unsubscribe();
    for (const c of this.charts) c.destroy();
    this.readout.remove();
  }

  private drawPolicy(): void {
    const lanes = this.session.lanes;
    const [from, to] = this.trackM;
    policyAlongTrack(lanes[0].agent, this.windowM, from, to, this.curve[0]);
    if (lanes[1]) policyAlongTrack(lanes[1].agent, this.windowM, from, to, this.curve[1]);
    else this.curve[1].fill(Number.NaN);
    this.policy.setData(this.curveX, this.curve);
  }

  private drawEpisodes(): void {
    const [a, b] = this.session.lanes;
    const series = (pts: EpisodePoint[]) => {
      const x = pts.map((p) => p.episode);
      const ret = pts.map((p) => p.meanReturn);
      const succ = pts.map((p) => p.successRate);
      return {
        x,
        cols: [ret, Array.from(movingAverage(ret, MA_POINTS)), Array.from(movingAverage(succ, MA_POINTS))],
      };
    };
    const m = merge(series(a.series.points), b ? series(b.series.points) : null);
    this.returns.setData(m.x, [m.a[0], m.a[1], m.b[0], m.b[1]]);
    this.success.setData(m.x, [m.a[2], m.b[2]]);
  }

  private drawTheta(): void {
    const [a, b] = this.session.lanes;
    const cols = (l: typeof a) => ({
      x: Array.from(l.theta.column(0)),
      cols: [1, 2, 3].map((k) => Array.from(l.theta.column(k))),
    });
    const m = merge(cols(a), b ? cols(b) : null);
    this.theta.setData(m.x, [...m.a, ...m.b]);
  }

  private drawGradients(): void {
    const s = this.session;
    const lane = s.gradientLane ?? s.lanes[0];
    const both = learnerOf(lane.agent) === 'mean';
    const g = lane.grads;
    const sm = g.samples;
    const nan = new Float64Array(sm.length).fill(Number.NaN);
    // y from −L to L, L a little above most no-baseline samples: a rare huge one is clipped, not
    // allowed to flatten the rest.
    this.samples.setYLimit(1.3 * quantileAbs(sm.column(2), 0.9));
    // A lane without a baseline has only the no-baseline estimate (its "applied" one is the same).
    this.samples.setData(sm.column(0), [
      both ? sm.column(1) : nan,
      sm.column(2),
      both ? sm.column(3) : nan,
      sm.column(4),
    ]);
    const va = g.variance;
    const ghost = s.lanes.find((l) => l !== lane && learnerOf(l.agent) === 'none');
    const gx = ghost ? ghost.grads.variance : null;
    const m = merge(
      { x: Array.from(va.column(0)), cols: [Array.from(va.column(1)), Array.from(va.column(2))] },
      gx ? { x: Array.from(gx.column(0)), cols: [Array.from(gx.column(1))] } : null,
    );
    this.variance.setData(m.x, [both ? m.a[0] : m.x.map(() => Number.NaN), m.a[1], m.b[0] ?? []]);
    this.samples.showSeries(0, both);
    this.samples.showSeries(2, both);
    this.variance.showSeries(0, both);
    this.variance.showSeries(2, ghost !== undefined);
    this.readout.textContent = readoutText(s, both);
  }
}

function readoutText(s: JumpSession, both: boolean): string {
  const w = t().jump.readout;
  const cmp = s.gradientComparison();
  if (!both || !cmp) return `${w.noBaseline}\n${w.why}`;
  if (cmp.updates < 2) return `${w.waiting}\n${w.why}`;
  const pct = (v: number) => formatPercent(v, v < 0.1 ? 1 : 0);
  const num = (v: number) => formatSig(v, 2);
  const lane = s.gradientLane?.agent;
  const agent = lane instanceof ReinforceAgent ? lane : undefined;
  const M = agent?.params.batchEpisodes ?? 10;
  // In Turbo the page's agent is a mirror: the last batch's b̄ lives in the worker.
  const b =
    agent && !s.turboRunning && agent.lastBatch.updates > 0
      ? formatNumber(agent.lastBatch.baseline, 1)
      : null;
  const summary = w.summary({
    updates: formatCount(cmp.updates),
    gap: pct(cmp.relativeGap),
    meanGap: num(cmp.meanGap),
    spread: num(cmp.spread),
    ratio: formatNumber(cmp.varianceRatio, cmp.varianceRatio < 10 ? 1 : 0),
    last: b ? w.lastB({ b }) : '',
    step: pct(1 / M),
  });
  return `${summary}\n${w.why}`;
}

/** Every chart's words in the current language (`windowM`: the take-off window, m). */
function chartWords(
  windowM: number,
): Record<'policy' | 'returns' | 'success' | 'theta' | 'samples' | 'variance', ChartWords> {
  const w = t().jump.charts;
  return {
    policy: {
      title: w.policyTitle,
      note: w.policyNote({ window: formatSig(windowM, 2) }),
      xLabel: w.policyX,
      series: [w.agent, w.ghost],
      bands: [w.bandWindow, w.bandHole],
    },
    returns: {
      title: w.returnTitle,
      series: [w.ret, w.average({ n: formatCount(MA_POINTS) }), w.ghost, w.ghostAverage],
    },
    success: { title: w.successTitle, series: [w.agent, w.ghost] },
    theta: { title: w.thetaTitle, series: [w.distance, w.onGround, w.bias, w.ghostDashed, '', ''] },
    samples: {
      title: w.gradientTitle,
      note: w.gradientNote,
      series: [w.withB, w.without, w.meanWith, w.meanWithout],
    },
    variance: { title: w.varianceTitle, series: [w.withB, w.withoutSame, w.ghostOwn] },
  };
}

/** Series styles with their legend labels from `words`, in order. */
function styled(words: ChartWords, styles: Omit<JumpSeries, 'label'>[]): JumpSeries[] {
  return styles.map((style, i) => ({ ...style, label: words.series[i] ?? '' }));
}

interface Cols {
  x: number[];
  cols: number[][];
}

/**
 * Put two agents' series on one x-axis (the union of their x values, ascending), NaN where a series
 * has no point; uPlot bridges the gaps. With one agent the other's columns are all NaN.
 */
function merge(a: Cols, b: Cols | null): { x: number[]; a: number[][]; b: number[][] } {
  if (!b) return { x: a.x, a: a.cols, b: a.cols.map(() => a.x.map(() => Number.NaN)) };
  const x: number[] = [];
  const ca: number[][] = a.cols.map(() => []);
  const cb: number[][] = b.cols.map(() => []);
  let i = 0;
  let j = 0;
  while (i < a.x.length || j < b.x.length) {
    const xa = i < a.x.length ? a.x[i] : Number.POSITIVE_INFINITY;
    const xb = j < b.x.length ? b.x[j] : Number.POSITIVE_INFINITY;
    const xv = Math.min(xa, xb);
    x.push(xv);
    for (let k = 0; k < ca.length; k++) ca[k].push(xa === xv ? a.cols[k][i] : Number.NaN);
    for (let k = 0; k < cb.length; k++) cb[k].push(xb === xv ? b.cols[k][j] : Number.NaN);
    if (xa === xv) i++;
    if (xb === xv) j++;
  }
  return { x, a: ca, b: cb };
}

/** The q-quantile of |v| over `values` (NaN skipped); 1 when there are none. */
function quantileAbs(values: ArrayLike<number>, q: number): number {
  const abs: number[] = [];
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) abs.push(Math.abs(values[i]));
  if (abs.length === 0) return 1;
  abs.sort((a, b) => a - b);
  return abs[Math.min(abs.length - 1, Math.floor(q * abs.length))] || 1;
}
