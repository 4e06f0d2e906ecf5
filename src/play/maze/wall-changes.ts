/**
 * Changing mazes (Sutton & Barto's blocking and shortcut presets) as the session shows them: the
 * change is marked on the return chart and said in a notice, whether the page's training maze or
 * the worker's copy changed.
 */
import { MESSAGES } from './messages.ts';
import type { MazeSession } from './session.ts';

export class MazeWallChanges {
  /** When the walls last changed (the session's `now()`); −1 never. */
  changedAt = -1;

  constructor(private readonly session: MazeSession) {}

  /** The training maze's walls moved during `episode`: mark the chart and tell the user. */
  changed(episode: number): void {
    const session = this.session;
    session.record.changes.push(episode);
    this.changedAt = session.now();
    session.say('info', MESSAGES.wallsChanged(session.maze.totalSteps));
  }

  /**
   * The worker's copy changed its walls: the page's maze follows (stepped on to its change, an
   * abandoned episode: every hand-over starts a new one), so the board, the probe and a later
   * hand-back see the same walls as the worker.
   */
  followWorker(episode: number): void {
    const maze = this.session.maze;
    if (maze.change && !maze.changed) {
      maze.reset();
      while (!maze.changed) if (maze.step(0).terminated) maze.reset();
    }
    this.changed(episode);
  }
}
