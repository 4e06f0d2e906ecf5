/**
 * The maze editor's side of the session: edit mode on and off, a click cycling a tile, a drag moving
 * S or G. An accepted change becomes new custom rows in the settings (the session builds the new
 * world at its next sync); a refused one says why and points at the cell.
 */
import { cycleTile, type EditResult, type Marker, moveMarker } from './editor.ts';
import { MESSAGES } from './messages.ts';
import type { MazeSession } from './session.ts';

export class MazeEditing {
  private introduced = false;

  constructor(private readonly session: MazeSession) {}

  set(on: boolean): void {
    const session = this.session;
    if (on && !session.editing && !this.introduced) {
      this.introduced = true;
      session.say('info', MESSAGES.editing());
    }
    session.editing = on;
    if (!on) session.enterMode(session.mode);
    session.publish();
  }

  /** Cycle the tile at (row, col). Returns the refusal, or null when applied. */
  cell(row: number, col: number): string | null {
    return this.apply(cycleTile(this.session.spec.rows, row, col), row, col);
  }

  /** Move S or G to (row, col). */
  marker(marker: Marker, row: number, col: number): string | null {
    return this.apply(moveMarker(this.session.spec.rows, marker, row, col), row, col);
  }

  private apply(result: EditResult, row: number, col: number): string | null {
    const session = this.session;
    if (!result.ok) {
      session.highlight = {
        row: result.row ?? row,
        col: result.col ?? col,
        message: result.message,
        at: session.now(),
      };
      session.publish();
      return session.say('error', MESSAGES.editRefused(result.message));
    }
    session.highlight = null;
    // An earlier refusal ("the maze is unchanged") no longer holds.
    session.quiet();
    session.publish();
    return session.settings.getState().update({ source: 'custom', customRows: result.rows });
  }
}
