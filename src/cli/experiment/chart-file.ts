/**
 * The --plot file: the preset's charts (or, for a spec, one chart per curve metric and a sweep when
 * there is a grid) as SVG from src/plot, or that SVG rasterized to PNG by resvg.
 *
 * Why resvg (@resvg/resvg-js): a kept, widely used SVG renderer shipped as a prebuilt native module
 * in the npm package (no browser, no canvas, no system libraries), which reads the system fonts, so
 * the PNG is the very SVG the page can export, Japanese labels included.
 */
import { chartsToSVG, presetCharts, specCharts } from '../../plot/index.ts';
import type { ExperimentResult } from '../../train/experiment/results.ts';
import type { PartOutcome } from './run.ts';
import type { ExperimentSource } from './source.ts';

export function chartSVG(source: ExperimentSource, outcomes: PartOutcome[]): string {
  if (source.preset !== null) {
    const results = new Map<string, ExperimentResult>();
    for (const o of outcomes) results.set(o.part.id ?? '', o.result);
    return chartsToSVG(presetCharts(source.preset, results));
  }
  return chartsToSVG(outcomes.length === 0 ? [] : specCharts(outcomes[0].result));
}

interface ResvgModule {
  Resvg: new (
    svg: string,
    options: object,
  ) => {
    render(): { asPng(): Uint8Array };
  };
}

/** The SVG as a PNG at twice its size (sharp on high-density screens and in the README). */
export async function svgToPNG(svg: string): Promise<Uint8Array> {
  const mod = (await import('@resvg/resvg-js')) as unknown as ResvgModule & { default?: ResvgModule };
  const Resvg = mod.Resvg ?? mod.default?.Resvg;
  const renderer = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
    background: '#ffffff',
  });
  return renderer.render().asPng();
}
