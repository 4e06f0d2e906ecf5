/**
 * uPlot charts for the reaction–diffusion scene, redrawn at most a few times a second from the sim's
 * bounded recorders, when the run state says they changed (the sim moved; a new spectrum from the
 * worker; new parameters):
 * - sims 1–2: u and v against t over the last few time units (the live time series);
 * - sim 3: min, mean and max of u against t (the pattern forming: the spread opens up by t ≈ 0.75),
 *   and the field's radially averaged power spectrum next to the linear growth rate σ(k), both
 *   scaled to a peak of 1: the measured peak sits in the band the dispersion relation predicts.
 * Their words come from the rd catalog; a language change builds them again in the same places and
 * redraws them from the same recorders (nothing is lost).
 */
import { dispersionCurve, RD_DX } from '../../dynamics/rd/index.ts';
import { onLanguageChange, t } from '../../i18n/language.ts';
import { GRID_WINDOW, ODE_WINDOW, type RdSession } from '../../play/rd/session.ts';
import { LineChart } from '../shared/line-chart.ts';
import { CSS } from '../shared/theme.ts';

const REDRAW_MS = 200;
/** Spectrum chart's k range: the Turing band is 0 < k < 7.5; show up to twice that. */
const K_MAX = 15;

export class RdCharts {
  private series: LineChart;
  private spectrum: LineChart | null;
  private seriesChanged = true;
  private spectrumChanged = true;
  private lastDraw = -Infinity;
  private growth: { k: Float64Array; growth: Float64Array } | null = null;
  private readonly unsubscribe: () => void;

  constructor(
    container: HTMLElement,
    private readonly ctl: RdSession,
  ) {
    const state = ctl.state;
    const unsubs = [
      state.subscribe(
        (st) => st.moved,
        () => {
          this.seriesChanged = true;
        },
      ),
      state.subscribe(
        (st) => st.spectrum,
        () => {
          this.spectrumChanged = true;
        },
      ),
      state.subscribe(
        (st) => st.params,
        () => {
          this.growth = null;
          this.spectrumChanged = true;
        },
      ),
    ];
    unsubs.push(
      onLanguageChange(() => {
        const [oldSeries, oldSpectrum] = [this.series, this.spectrum];
        [this.series, this.spectrum] = this.build(container);
        oldSeries.root.replaceWith(this.series.root);
        if (oldSpectrum && this.spectrum) oldSpectrum.root.replaceWith(this.spectrum.root);
        oldSeries.destroy();
        oldSpectrum?.destroy();
        this.seriesChanged = true;
        this.spectrumChanged = true;
        this.lastDraw = -Infinity;
      }),
    );
    this.unsubscribe = () => {
      for (const u of unsubs) u();
    };
    [this.series, this.spectrum] = this.build(container);
  }

  /** The charts for the running sim, worded in the current language. */
  private build(container: HTMLElement): [LineChart, LineChart | null] {
    const w = t().rd.charts;
    if (this.ctl.sim.kind === 'ode') {
      const fields = t().rd.hud.fieldName;
      const series = new LineChart(container, {
        id: 'rd-chart-series',
        title: w.odeTitle({ window: ODE_WINDOW }),
        xLabel: 't',
        height: 170,
        series: [
          { label: fields.u, color: CSS.accent, width: 2 },
          { label: fields.v, color: CSS.blue, width: 2 },
        ],
      });
      return [series, null];
    }
    const series = new LineChart(container, {
      id: 'rd-chart-series',
      title: w.gridTitle({ window: GRID_WINDOW }),
      xLabel: 't',
      height: 150,
      series: [
        { label: w.meanU, color: CSS.text, width: 2 },
        { label: w.minU, color: CSS.blue, width: 1.5 },
        { label: w.maxU, color: CSS.accent, width: 1.5 },
      ],
    });
    const spectrum = new LineChart(container, {
      id: 'rd-chart-spectrum',
      title: w.spectrumTitle,
      xLabel: w.kLabel,
      height: 150,
      yRange: [0, 1.05],
      series: [
        { label: w.power, color: CSS.green, width: 2 },
        { label: w.growth, color: CSS.pink, width: 1.5, dash: [4, 3] },
      ],
    });
    return [series, spectrum];
  }

  update(now: number): void {
    const ctl = this.ctl;
    if (now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    if (this.seriesChanged) {
      this.seriesChanged = false;
      const { t, x } = ctl.sim.series.toArrays();
      this.series.setData(t, x);
    }
    if (this.spectrum && this.spectrumChanged) {
      this.spectrumChanged = false;
      this.growth ??= dispersionCurve(ctl.state.getState().params, K_MAX, 121, { dx: RD_DX });
      this.drawSpectrum();
    }
  }

  /** Both curves on the growth curve's k grid: the spectrum is binned at its own k, so it is interpolated. */
  private drawSpectrum(): void {
    const g = this.growth;
    if (!g || !this.spectrum) return;
    let gMax = 0;
    for (const x of g.growth) gMax = Math.max(gMax, x);
    const sigma = Array.from(g.growth, (x) => (gMax > 0 && x > 0 ? x / gMax : 0));
    const sp = this.ctl.spectrum;
    let power: (number | null)[] = Array.from(g.k, () => null);
    if (sp) {
      let pMax = 0;
      for (let i = 1; i < sp.power.length; i++) pMax = Math.max(pMax, sp.power[i]);
      power = Array.from(g.k, (k) => (pMax > 0 ? interpolate(sp.k, sp.power, k) / pMax : 0));
    }
    this.spectrum.setData(g.k, [power, sigma]);
  }

  destroy(): void {
    this.unsubscribe();
    this.series.destroy();
    this.spectrum?.destroy();
  }
}

/** Linear interpolation of (xs, ys) at x (xs ascending, evenly spaced from 0); 0 outside. */
function interpolate(xs: Float64Array, ys: Float64Array, x: number): number {
  const dk = xs[1] - xs[0];
  const i = Math.floor(x / dk);
  if (i < 0 || i + 1 >= xs.length) return 0;
  const f = x / dk - i;
  return ys[i] * (1 - f) + ys[i + 1] * f;
}
