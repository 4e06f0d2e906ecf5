/**
 * Read-only test hooks for the browser tests: `window.__rl.lab` while the Lab runs. Plain values
 * (they cross `page.evaluate`), read on demand.
 */
import type { LabController } from '../../ui/lab/controller.ts';

export interface LabTestHooks {
  readonly phase: string;
  readonly runsDone: number;
  readonly runsTotal: number;
  /** Charts drawn, and the series (with overlays) over all of them. */
  readonly charts: number;
  readonly status: string;
  readonly source: unknown;
  /** The page's CSV of the results shown. */
  csv(): string;
  /** The Copy CLI command lines. */
  cli(): string[];
  readonly saved: number;
  /** Every number of the table, with its n. */
  table(): string[];
}

export function installLabHooks(c: LabController): () => void {
  const hooks: LabTestHooks = {
    get phase() {
      return c.phase;
    },
    get runsDone() {
      return c.runsDone;
    },
    get runsTotal() {
      return c.runsTotal;
    },
    get charts() {
      return c.view.chartCount;
    },
    get status() {
      return c.view.status.textContent ?? '';
    },
    get source() {
      return structuredClone(c.source);
    },
    csv: () => c.csv(),
    cli: () => c.cli()?.lines ?? [],
    get saved() {
      return document.querySelectorAll('#lab-panel .saved-item').length;
    },
    table: () => [...document.querySelectorAll('#lab-table tr')].map((r) => r.textContent ?? ''),
  };
  const rl = window.__rl;
  if (rl) rl.lab = hooks;
  return () => {
    if (window.__rl?.lab === hooks) delete window.__rl.lab;
  };
}
