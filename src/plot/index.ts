/** Experiment charts as SVG text, for Node and the page (no DOM). */
export {
  analyticChart,
  curveChart,
  presetCharts,
  specCharts,
  sweepChart,
} from './chart-data.ts';
export { CHART_WIDTH, chartsToSVG } from './chart-svg.ts';
export type { ChartModel, ChartSeries } from './model.ts';
export { paramSymbol } from './names.ts';
export { curveWindow, movingAverage, thin } from './smooth.ts';
