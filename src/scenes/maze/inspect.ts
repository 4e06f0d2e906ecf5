/**
 * What the cell inspector shows for one cell, read from the session: the tile, Q(s,·) of the agent,
 * the visits. Plain numbers for `inspectCell` (src/ui/maze/inspector-text.ts) to word.
 */
import { TILE } from '../../envs/maze-layout.ts';
import type { MazeSession } from '../../play/maze/session.ts';
import type { CellFacts, CellTile } from '../../ui/maze/inspector-text.ts';

const TILE_NAMES: Record<number, CellTile> = {
  [TILE.FLOOR]: 'floor',
  [TILE.WALL]: 'wall',
  [TILE.START]: 'start',
  [TILE.GOAL]: 'goal',
  [TILE.CLIFF]: 'cliff',
};

export function cellFacts(session: MazeSession, cell: number): CellFacts {
  const { layout } = session.maze;
  const agent = session.agent;
  const n = agent.nActions;
  return {
    row: Math.floor(cell / layout.width),
    col: cell % layout.width,
    tile: TILE_NAMES[layout.tiles[cell]] ?? 'floor',
    kind: agent.kind,
    q: agent.q.subarray(cell * n, cell * n + n),
    trace: null,
    visits: session.visits[cell] ?? 0,
    last: null,
  };
}
