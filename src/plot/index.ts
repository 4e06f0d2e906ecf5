/** Experiment charts as SVG text, for Node and the page (no DOM). */
export { ANALYTIC, type AnalyticId } from './analytic.ts';
export {
  analyticChart,
  curveChart,
  paramSymbol,
  presetCharts,
  specCharts,
  sweepChart,
} from './chart-data.ts';
export { CHART_WIDTH, chartsToSVG } from './chart-svg.ts';
export type { ChartModel, ChartSeries } from './model.ts';
export { movingAverage, thin } from './smooth.ts';
