/**
 * One notice of a part's at a time: a newer one replaces the one still showing (ten generated mazes
 * leave one notice), and the part can take it back when it no longer holds.
 */
import {
  type NoticeAction,
  type NoticeLevel,
  type NoticeText,
  noticeStore,
  notify,
} from '../../state/notices.ts';

export class ReplacingNotice {
  private id: number | null = null;

  /** Show `text` in place of this part's previous notice. */
  show(level: NoticeLevel, text: NoticeText, action?: NoticeAction): void {
    this.dismiss();
    this.id = notify(level, text, action);
  }

  /** Take the notice away (if it still shows). */
  dismiss(): void {
    if (this.id !== null) noticeStore.getState().dismiss(this.id);
    this.id = null;
  }

  /** The notice went by itself (its button was used): nothing to take back. */
  forget(): void {
    this.id = null;
  }
}
