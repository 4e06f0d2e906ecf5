/**
 * User-facing notices: what was refused or fell back, said where the user looks.
 * Stores and sessions push here; the page shows them (src/ui/shared/notices-view.ts). No DOM here.
 */
import { createStore } from 'zustand/vanilla';
import { type Catalog, t } from '../i18n/language.ts';

export type NoticeLevel = 'info' | 'warning' | 'error';

/**
 * What a notice says: plain text, or a function of the catalog that the view calls each time it
 * draws, so the notice follows a change of language. Code below the app layer passes a function
 * that picks a catalog message and gives it values; it never writes the words itself.
 */
export type NoticeText = string | ((t: Catalog) => string);

/** The words of a notice in the current language. */
export function wordsOf(text: NoticeText): string {
  return typeof text === 'function' ? text(t()) : text;
}

/** A button on a notice (Undo), run when the user clicks it; the notice then goes away. */
export interface NoticeAction {
  label: NoticeText;
  run: () => void;
}

export interface Notice {
  id: number;
  level: NoticeLevel;
  text: NoticeText;
  action?: NoticeAction;
}

interface NoticeState {
  notices: Notice[];
}

interface NoticeActions {
  push(level: NoticeLevel, text: NoticeText, action?: NoticeAction): number;
  dismiss(id: number): void;
  clear(): void;
}

let nextId = 1;
const MAX_NOTICES = 6;

export const noticeStore = createStore<NoticeState & NoticeActions>()((set) => ({
  notices: [],
  push: (level, text, action) => {
    const id = nextId++;
    const notice: Notice = action ? { id, level, text, action } : { id, level, text };
    set((s) => ({ notices: [...s.notices, notice].slice(-MAX_NOTICES) }));
    return id;
  },
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  clear: () => set({ notices: [] }),
}));

export const notify = (level: NoticeLevel, text: NoticeText, action?: NoticeAction): number =>
  noticeStore.getState().push(level, text, action);
