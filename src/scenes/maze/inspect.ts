/**
 * What the cell inspector shows for one cell, read from the session: the tile, Q(s,·) of the agent,
 * the visits. Plain numbers for `inspectCell` (src/ui/maze/inspector-text.ts) to word.
 */
import { TILE } from '../../envs/maze-layout.ts';
import type { MazeSession } from '../../play/maze/session.ts';
import type { CellFacts, CellTile, CellUpdate } from '../../ui/maze/inspector-text.ts';
import { nStepOf, shownQ, tableOf, tracesOf } from './algo-state.ts';

const TILE_NAMES: Record<number, CellTile> = {
  [TILE.FLOOR]: 'floor',
  [TILE.WALL]: 'wall',
  [TILE.START]: 'start',
  [TILE.GOAL]: 'goal',
  [TILE.CLIFF]: 'cliff',
};

/** `optimal`: V* of the maze and the agent's γ (the inspector shows V*(s)), if it settled. */
export function cellFacts(
  session: MazeSession,
  cell: number,
  optimal: { v: Float64Array; converged: boolean } | null = null,
): CellFacts {
  const { layout } = session.maze;
  const agent = session.agent;
  const n = agent.nActions;
  const table = session.settings.getState().qTable;
  // In Turbo the traces are the worker's; the page's copy holds those of the hand-over: none shown.
  const turbo = session.mode === 'turbo';
  const lambda = turbo ? null : tracesOf(agent);
  const r = agent.record;
  const last: CellUpdate | null =
    r && r.action[cell] >= 0
      ? {
          action: r.action[cell],
          target: r.target[cell],
          tdError: r.tdError[cell],
          alpha: r.alpha[cell],
          before: r.before[cell],
          after: r.after[cell],
          updates: r.updates[cell],
        }
      : null;
  const nStep = nStepOf(agent);
  return {
    row: Math.floor(cell / layout.width),
    col: cell % layout.width,
    tile: TILE_NAMES[layout.tiles[cell]] ?? 'floor',
    kind: agent.kind,
    q: shownQ(agent, table, turbo).subarray(cell * n, cell * n + n),
    trace: lambda ? lambda.traces.subarray(cell * n, cell * n + n) : null,
    visits: session.visits[cell] ?? 0,
    last,
    nSteps: nStep ? nStep.params.nSteps : undefined,
    table: tableOf(agent, table, turbo),
    vStar: optimal?.converged ? optimal.v[cell] : undefined,
  };
}
