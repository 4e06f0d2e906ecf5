/**
 * Undo for the actions that throw a trained agent away (Reset agent, a new maze, an editor change, a
 * switch of agent kind). Before the agent goes, the session keeps what it needs to bring it back and
 * says what happened in a notice with an Undo button. One thing is kept at a time: the latest trained
 * agent discarded (a string of editor changes keeps the agent from before the first one).
 */
import type { NoticeLevel, NoticeText } from '../../state/notices.ts';
import { ReplacingNotice } from './replacing-notice.ts';

export class UndoOffer<T> {
  private kept: { state: T; restore: (state: T) => void } | null = null;
  private readonly notice = new ReplacingNotice();

  /** Whether something can be brought back now. */
  get available(): boolean {
    return this.kept !== null;
  }

  /**
   * Keep `state` and tell the user `text`, with an Undo button that calls `restore(state)`.
   * Replaces whatever was kept before.
   */
  offer(text: NoticeText, state: T, restore: (state: T) => void, level: NoticeLevel = 'info'): void {
    this.withdraw();
    this.kept = { state, restore };
    this.notice.show(level, text, { label: (w) => w.common.controls.undo, run: () => this.undo() });
  }

  /** Bring back what was kept (the notice's button, or a test). False when nothing is kept. */
  undo(): boolean {
    const kept = this.kept;
    if (kept === null) return false;
    this.withdraw();
    kept.restore(kept.state);
    return true;
  }

  /** Forget what was kept and remove its notice. */
  withdraw(): void {
    this.notice.dismiss();
    this.kept = null;
  }
}
