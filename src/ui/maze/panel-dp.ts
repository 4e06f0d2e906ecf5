/**
 * The maze panel's "Dynamic programming" folder: the optimal overlay's switch (also key O), value
 * iteration stepped by hand (Sweep, also key B; Run to convergence; Reset to V₀ = 0) and what the
 * sweeps have reached: the count, the Bellman residual, converged, and why they started again when
 * γ or the maze changed. The logic is `OptimalView` (src/play/maze); this only draws and forwards.
 */
import type { ButtonApi, FolderApi } from '@tweakpane/core';
import { formatCount, formatNumber, formatSig } from '../../core/format.ts';
import { t } from '../../i18n/language.ts';
import type { OptimalView } from '../../play/maze/optimal-view.ts';
import type { PaneLike } from '../shared/panel.ts';

export function dpControls(h: {
  parent: PaneLike;
  view: OptimalView;
  gamma: () => number;
  button: (p: PaneLike, title: string, onClick: () => void) => ButtonApi;
  unsubs: (() => void)[];
}): { folder: FolderApi } {
  const w = t().maze.dp.panel;
  const { view } = h;
  const folder = h.parent.addFolder({ title: w.folder });
  const proxy = { shown: view.shown };
  const shown = folder.addBinding(proxy, 'shown', { label: w.show });
  shown.on('change', (ev) => view.setShown(ev.value));
  h.button(folder, w.sweep, () => view.sweep());
  h.button(folder, w.run, () => view.run());
  h.button(folder, w.reset, () => view.reset());
  const status = document.createElement('div');
  status.id = 'maze-dp-status';
  status.setAttribute('aria-live', 'polite');
  status.style.cssText =
    'padding:4px 8px 6px;font:11px/1.45 ui-monospace,monospace;white-space:pre-wrap;overflow-wrap:anywhere;color:var(--tp-label-foreground-color)';
  folder.element.querySelector('.tp-fldv_c')?.append(status);

  const refresh = () => {
    if (proxy.shown !== view.shown) {
      proxy.shown = view.shown;
      shown.refresh();
    }
    const text = statusLines(view, h.gamma()).join('\n');
    if (status.textContent !== text) status.textContent = text;
  };
  h.unsubs.push(view.subscribe(refresh));
  refresh();
  return { folder };
}

/** The folder's words: what the sweeps run on, where they are, and why they started again. */
function statusLines(view: OptimalView, gamma: number): string[] {
  const w = t().maze.dp.panel;
  const s = view.stepper;
  const lines = [w.on({ gamma: formatNumber(gamma) })];
  if (s.resetBy) lines.push(s.resetBy === 'gamma' ? w.resetGamma : w.resetMaze);
  if (!s.stepping) {
    const o = view.optimal;
    lines.push(o.converged ? w.notStepped({ sweeps: formatCount(o.sweeps), n: o.sweeps }) : w.notConverged);
    return lines;
  }
  if (s.sweeps === 0) {
    lines.push(w.none);
    return lines;
  }
  lines.push(w.stepped({ sweeps: formatCount(s.sweeps), residual: formatResidual(s.residual) }));
  if (s.converged) lines.push(w.converged);
  else if (!view.optimal.converged) lines.push(w.notConverged);
  return lines;
}

/** A residual with 3 significant digits: 0.729, 1.2e-7, 0. */
export function formatResidual(r: number): string {
  return r === 0 ? '0' : formatSig(r, 3);
}
