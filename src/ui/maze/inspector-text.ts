/**
 * The cell inspector's words: what one maze cell holds for the agent (Q(s,·), visits, its trace)
 * and the last update to it written out with numbers, worded per algorithm (each has its own
 * target). Pure: the facts come in as plain numbers, the words from the catalog; tested in Node.
 */
import { formatCount, formatSig } from '../../core/format.ts';
import type { Catalog } from '../../i18n/language.ts';

/** The tabular kinds the inspector words a target for. */
export type InspectKind = keyof Catalog['maze']['lab']['inspector']['target'];

export type CellTile = 'floor' | 'start' | 'goal' | 'wall' | 'cliff';

/** The last update to any action of a cell (the agents' UpdateRecord, one state). */
export interface CellUpdate {
  action: number;
  target: number;
  tdError: number;
  alpha: number;
  before: number;
  after: number;
  /** Updates to this cell's row so far. */
  updates: number;
}

export interface CellFacts {
  row: number;
  col: number;
  tile: CellTile;
  kind: InspectKind;
  /** Q(s, a) for each action, of the table shown (Double Q: Q₁, Q₂ or their sum). */
  q: ArrayLike<number>;
  /** e(s, a) for each action (λ methods), else null. */
  trace: ArrayLike<number> | null;
  visits: number;
  last: CellUpdate | null;
  /** n of n-step SARSA (its target names it). */
  nSteps?: number;
  /** Which Double Q table the Q column shows. */
  table?: 'sum' | 'q1' | 'q2';
  /** The cell's optimal value V*(s) (dynamic programming), when there is a finite one. */
  vStar?: number;
}

export interface InspectRow {
  action: string;
  q: string;
  trace: string | null;
  greedy: boolean;
}

export interface InspectView {
  title: string;
  /** What the tile is, for S, G, walls and cliffs. */
  note: string | null;
  /** Column heads; `trace` only for the λ methods. No table for walls, cliffs and G. */
  head: { action: string; q: string; trace: string | null; greedy: string } | null;
  rows: InspectRow[];
  visits: string | null;
  /** V*(s) beside the agent's values (null: none). */
  optimal: string | null;
  /** The last update, one line each (the "no update yet" line when there was none). */
  last: string[];
}

const ACTION_KEYS = ['up', 'right', 'down', 'left'] as const;
const LAMBDA_KINDS: readonly InspectKind[] = ['sarsa-lambda', 'q-lambda'];

/** Three significant digits: 0.81, −12.3, 0.000496; large values whole (123). */
export const inspectNumber = (x: number): string => (Math.abs(x) >= 100 ? formatCount(x) : formatSig(x, 3));

export function inspectCell(catalog: Catalog, f: CellFacts): InspectView {
  const w = catalog.maze.lab.inspector;
  const title = w.title({ row: String(f.row + 1), col: String(f.col + 1) });
  if (f.tile === 'wall' || f.tile === 'cliff' || f.tile === 'goal') {
    return { title, note: w.tiles[f.tile], head: null, rows: [], visits: null, optimal: null, last: [] };
  }
  const n = f.q.length;
  let best = Number.NEGATIVE_INFINITY;
  for (let a = 0; a < n; a++) if (f.q[a] > best) best = f.q[a];
  // All equal: no action is preferred (nothing learned here), so none is marked greedy.
  let tied = true;
  for (let a = 1; a < n; a++) if (f.q[a] !== f.q[0]) tied = false;
  const rows: InspectRow[] = [];
  for (let a = 0; a < n; a++) {
    rows.push({
      action: w.actions[ACTION_KEYS[a]],
      q: inspectNumber(f.q[a]),
      trace: f.trace ? inspectNumber(f.trace[a]) : null,
      greedy: !tied && f.q[a] === best,
    });
  }
  const qHead = f.table ? `${w.q} · ${w.table[f.table]}` : w.q;
  return {
    title,
    note: f.tile === 'start' ? w.tiles.start : null,
    head: { action: w.action, q: qHead, trace: f.trace ? w.trace : null, greedy: w.greedy },
    rows,
    visits: w.visits({ visits: formatCount(f.visits) }),
    optimal:
      f.vStar !== undefined && Number.isFinite(f.vStar)
        ? catalog.maze.dp.inspector({ value: inspectNumber(f.vStar) })
        : null,
    last: f.last ? lastUpdate(catalog, f.kind, f.last, f.nSteps) : [w.noUpdate],
  };
}

/** The update written out: which action, the target by its formula, δ, and old → new. */
export function lastUpdate(catalog: Catalog, kind: InspectKind, u: CellUpdate, nSteps = 1): string[] {
  const w = catalog.maze.lab.inspector;
  const num = {
    target: inspectNumber(u.target),
    delta: inspectNumber(u.tdError),
    alpha: inspectNumber(u.alpha),
    before: inspectNumber(u.before),
    after: inspectNumber(u.after),
  };
  const action = w.actions[ACTION_KEYS[u.action]] ?? String(u.action);
  // Every target message reads `target`; only n-step SARSA's also reads `n`.
  const words = w.target as Record<InspectKind, (p: { target: string; n: string }) => string>;
  const target = words[kind]({ target: num.target, n: formatCount(nSteps) });
  return [
    w.last({ action, count: formatCount(u.updates), n: u.updates }),
    target,
    w.td(num),
    LAMBDA_KINDS.includes(kind) ? w.stepTrace(num) : w.step(num),
  ];
}
