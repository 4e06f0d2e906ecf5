/**
 * The distance readout under the maze's status: how far the agent's values are from its DP
 * reference (V* for an off-policy learner, V^π of its own ε-greedy policy for an on-policy one),
 * the worst cell, how many visited cells were compared, and whether its greedy policy is optimal.
 * Also says each value-iteration sweep to screen readers (a polite live region, at once: the user
 * asked for it). The numbers come from `OptimalView` (src/play/maze); this only words them.
 */
import { formatCount, formatNumber, formatSig } from '../../core/format.ts';
import { t } from '../../i18n/language.ts';
import type { OptimalView } from '../../play/maze/optimal-view.ts';
import { noteBoxStyle } from '../shared/theme.ts';
import { formatResidual } from './panel-dp.ts';

export class ReferenceReadout {
  private readonly box: HTMLElement;
  private readonly live: HTMLElement;
  private said = 0;

  constructor(
    container: HTMLElement,
    private readonly view: OptimalView,
    private readonly width: () => number,
  ) {
    this.box = document.createElement('div');
    this.box.id = 'maze-reference';
    this.box.style.cssText = `${noteBoxStyle('blue')};white-space:pre-wrap;margin-top:8px`;
    this.live = document.createElement('div');
    this.live.id = 'maze-dp-live';
    this.live.setAttribute('role', 'status');
    this.live.setAttribute('aria-live', 'polite');
    this.live.style.cssText =
      'position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0';
    // Under the status block, before the explanation.
    const note = container.querySelector('#maze-note');
    if (note) note.before(this.box);
    else container.append(this.box);
    container.append(this.live);
    this.said = view.lastAction.count;
  }

  update(): void {
    const text = this.lines().join('\n');
    if (this.box.textContent !== text) this.box.textContent = text;
    this.announce();
  }

  private lines(): string[] {
    const w = t().maze.dp.readout;
    const r = this.view.tracker.report;
    if (!r) return [w.title];
    const lines = [
      w.title,
      r.kind === 'optimal' ? w.vsOptimal : w.vsOnPolicy({ epsilon: formatNumber(r.epsilon) }),
    ];
    if (!r.converged) return [...lines, w.noReference];
    if (r.compared === 0) return [...lines, w.nothingVisited];
    const width = this.width();
    lines.push(
      w.error({
        error: formatSig(r.maxError, 3),
        // 1-based, as the cell inspector counts.
        row: String(Math.floor(r.worstState / width) + 1),
        col: String((r.worstState % width) + 1),
      }),
      w.compared({ count: formatCount(r.compared), n: r.compared }),
      r.greedyOptimal ? w.greedyOptimal : w.greedyNotOptimal,
      w.suboptimal({ count: formatCount(r.suboptimalCells), n: r.suboptimalCells }),
    );
    return lines;
  }

  /** Say the last sweep, run or reset once (a new language re-says nothing). */
  private announce(): void {
    const { action, count } = this.view.lastAction;
    if (count === this.said) return;
    this.said = count;
    const w = t().maze.dp.announce;
    const s = this.view.stepper;
    const text =
      action === 'reset'
        ? w.reset
        : s.converged
          ? w.converged({ sweeps: formatCount(s.sweeps), n: s.sweeps })
          : w.sweep({ sweeps: formatCount(s.sweeps), residual: formatResidual(s.residual) });
    this.live.textContent = text;
  }

  destroy(): void {
    this.box.remove();
    this.live.remove();
  }
}
