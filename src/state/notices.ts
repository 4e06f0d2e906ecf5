/**
 * User-facing notices: what was refused or fell back, said where the user looks.
 * Stores and sessions push here; the page shows them (src/ui/notices.ts). No DOM in this file.
 */
import { createStore } from 'zustand/vanilla';

export type NoticeLevel = 'info' | 'warning' | 'error';

/** A button on a notice (Undo), run when the user clicks it; the notice then goes away. */
export interface NoticeAction {
  label: string;
  run: () => void;
}

export interface Notice {
  id: number;
  level: NoticeLevel;
  text: string;
  action?: NoticeAction;
}

interface NoticeState {
  notices: Notice[];
}

interface NoticeActions {
  push(level: NoticeLevel, text: string, action?: NoticeAction): number;
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

export const notify = (level: NoticeLevel, text: string, action?: NoticeAction): number =>
  noticeStore.getState().push(level, text, action);
