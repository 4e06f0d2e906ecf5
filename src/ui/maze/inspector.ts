/**
 * The cell inspector's box: a small DOM card over the game, beside the inspected cell, with Q(s,·)
 * as a table (the greedy actions marked), the visits, the trace (λ methods) and the last update
 * written out. DOM rather than canvas text, so a screen reader can read it (a named region) and
 * the words follow the language like the rest of the page. It never takes the pointer.
 */
import { CSS } from '../shared/theme.ts';
import type { InspectView } from './inspector-text.ts';

/** Screen px between the cell and the box. */
const GAP = 14;

export class MazeInspector {
  readonly root: HTMLElement;
  private shownKey = '';

  constructor(private readonly stage: HTMLElement) {
    const root = document.createElement('section');
    root.id = 'maze-inspector';
    root.setAttribute('role', 'region');
    root.hidden = true;
    root.style.cssText = [
      'position:absolute',
      'z-index:4',
      'pointer-events:none',
      'max-width:min(320px, calc(100% - 16px))',
      'box-sizing:border-box',
      `background:${CSS.surface}`,
      `border:1px solid ${CSS.border}`,
      `border-left:4px solid ${CSS.accent}`,
      'border-radius:6px',
      'padding:6px 10px',
      'font-size:12.5px',
      'line-height:1.45',
      `color:${CSS.text}`,
      'box-shadow:0 4px 14px rgba(0,0,0,0.45)',
    ].join(';');
    stage.append(root);
    this.root = root;
  }

  /**
   * Show `view` beside the cell whose centre is at (x, y) and half-size `half` (client px), or hide
   * the box when `view` is null. `label` is the region's accessible name.
   */
  show(view: InspectView | null, at: { x: number; y: number; half: number }, label: string): void {
    const root = this.root;
    if (!view) {
      root.hidden = true;
      this.shownKey = '';
      return;
    }
    root.setAttribute('aria-label', label);
    const key = JSON.stringify(view);
    if (key !== this.shownKey) {
      this.shownKey = key;
      root.replaceChildren(...render(view));
    }
    root.hidden = false;
    this.place(at);
  }

  /**
   * Right of the cell when it fits, else left; on a narrow stage (a phone) where neither fits,
   * below the cell, else above it: never over the cell itself. Always inside the stage.
   */
  private place(at: { x: number; y: number; half: number }): void {
    const stage = this.stage.getBoundingClientRect();
    const box = this.root.getBoundingClientRect();
    const x = at.x - stage.left;
    const y = at.y - stage.top;
    const clampX = (v: number) => Math.max(4, Math.min(v, stage.width - box.width - 4));
    const clampY = (v: number) => Math.max(4, Math.min(v, stage.height - box.height - 4));
    let left = x + at.half + GAP;
    let top = clampY(y - box.height / 2);
    if (left + box.width > stage.width - 4) left = x - at.half - GAP - box.width;
    if (left < 4) {
      left = clampX(x - box.width / 2);
      const below = y + at.half + GAP;
      top = below + box.height <= stage.height - 4 ? below : clampY(y - at.half - GAP - box.height);
    }
    this.root.style.left = `${Math.round(left)}px`;
    this.root.style.top = `${Math.round(top)}px`;
  }

  destroy(): void {
    this.root.remove();
  }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, style?: string) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (style) e.style.cssText = style;
  return e;
}

function render(view: InspectView): HTMLElement[] {
  const out: HTMLElement[] = [el('div', view.title, 'font-weight:600')];
  if (view.note) out.push(el('div', view.note, `color:${CSS.textSoft}`));
  if (view.head) {
    const table = el(
      'table',
      undefined,
      'border-collapse:collapse;margin:4px 0;font-variant-numeric:tabular-nums',
    );
    const cell = 'padding:1px 10px 1px 0;text-align:left';
    const head = el('tr');
    head.append(el('th', view.head.action, cell), el('th', view.head.q, cell));
    if (view.head.trace) head.append(el('th', view.head.trace, cell));
    const thead = el('thead');
    thead.append(head);
    const body = el('tbody');
    for (const r of view.rows) {
      const tr = el('tr');
      const mark = r.greedy ? `font-weight:700;color:${CSS.accent}` : '';
      const q = el('td', r.q, `${cell};${mark}`);
      // The greedy mark in words too (colour alone is not enough, and a reader hears it).
      if (r.greedy && view.head.greedy)
        q.append(el('span', ` ${view.head.greedy}`, 'font-weight:400;font-size:11px'));
      tr.append(el('td', r.action, cell + (mark ? `;${mark}` : '')), q);
      if (r.trace !== null) tr.append(el('td', r.trace, cell));
      body.append(tr);
    }
    table.append(thead, body);
    out.push(table);
  }
  if (view.visits) out.push(el('div', view.visits, `color:${CSS.textSoft}`));
  if (view.optimal) out.push(el('div', view.optimal, `color:${CSS.textSoft}`));
  if (view.last.length > 0) {
    const last = el(
      'div',
      undefined,
      'margin-top:4px;font:12px/1.45 ui-monospace, monospace;white-space:pre-wrap',
    );
    last.textContent = view.last.join('\n');
    out.push(last);
  }
  return out;
}
