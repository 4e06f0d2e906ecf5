/**
 * Touch gestures of Play mode, as pure functions so they can be tested without a browser: a
 * swipe moves the agent one cell in its direction, a tap on a neighbouring cell moves there.
 * Actions use the environment's numbering: 0 up, 1 right, 2 down, 3 left.
 */

/** A pointer position in game units. */
export interface Point {
  x: number;
  y: number;
}

/** How far (as a share of a tile) a finger must travel before it counts as a swipe, not a tap. */
export const SWIPE_SHARE = 0.35;

/** The action of a swipe from `from` to `to`, or null when the finger barely moved. */
export function swipeAction(from: Point, to: Point, tile: number): number | null {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const min = Math.max(8, tile * SWIPE_SHARE);
  if (Math.hypot(dx, dy) < min) return null;
  // The dominant axis decides, so a slightly diagonal swipe still means one direction.
  if (Math.abs(dx) >= Math.abs(dy)) return dx > 0 ? 1 : 3;
  return dy > 0 ? 2 : 0;
}

/** The action that moves from cell `agent` to the tapped cell `cell`, or null unless they touch. */
export function tapAction(agent: number, cell: number, width: number): number | null {
  if (agent < 0 || cell < 0 || width <= 0) return null;
  const ar = Math.floor(agent / width);
  const ac = agent % width;
  const r = Math.floor(cell / width);
  const c = cell % width;
  if (r === ar - 1 && c === ac) return 0;
  if (r === ar && c === ac + 1) return 1;
  if (r === ar + 1 && c === ac) return 2;
  if (r === ar && c === ac - 1) return 3;
  return null;
}

/** The action of one finger lift: a swipe if it travelled, otherwise a tap on a neighbour. */
export function gestureAction(
  from: Point,
  to: Point,
  tile: number,
  agent: number,
  cellUnderLift: number,
  width: number,
): number | null {
  const swipe = swipeAction(from, to, tile);
  if (swipe !== null) return swipe;
  return tapAction(agent, cellUnderLift, width);
}
