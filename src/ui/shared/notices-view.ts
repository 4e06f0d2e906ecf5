/** Shows the notice store as dismissable toasts at the bottom left of the page. */
import { onLanguageChange, t } from '../../i18n/language.ts';
import { type Notice, noticeStore, wordsOf } from '../../state/notices.ts';

const AUTO_DISMISS_MS: Record<Notice['level'], number> = { info: 5000, warning: 10000, error: 15000 };
/** A notice with a button (Undo) stays long enough to be read and used. */
const ACTION_DISMISS_MS = 20000;

export function mountNotices(container: HTMLElement): () => void {
  const timers = new Map<number, ReturnType<typeof setTimeout>>();
  const render = (notices: Notice[]) => {
    container.replaceChildren(
      ...notices.map((n) => {
        const el = document.createElement('div');
        el.className = `notice ${n.level}`;
        el.dataset.level = n.level;
        // Errors interrupt a screen reader; the rest wait in the container's polite live region.
        if (n.level === 'error') el.setAttribute('role', 'alert');
        el.textContent = `${t().common.notices.level[n.level]}: ${wordsOf(n.text)}`;
        if (n.action) {
          const { label, run } = n.action;
          const act = document.createElement('button');
          act.type = 'button';
          act.className = 'notice-action';
          act.textContent = wordsOf(label);
          act.onclick = () => {
            noticeStore.getState().dismiss(n.id);
            run();
          };
          el.append(act);
        }
        const close = document.createElement('button');
        close.type = 'button';
        close.textContent = '×';
        close.title = t().common.notices.dismiss;
        close.setAttribute('aria-label', close.title);
        close.onclick = () => noticeStore.getState().dismiss(n.id);
        el.append(close);
        if (!timers.has(n.id)) {
          timers.set(
            n.id,
            setTimeout(
              () => {
                timers.delete(n.id);
                noticeStore.getState().dismiss(n.id);
              },
              n.action ? ACTION_DISMISS_MS : AUTO_DISMISS_MS[n.level],
            ),
          );
        }
        return el;
      }),
    );
  };
  render(noticeStore.getState().notices);
  const unsubscribe = noticeStore.subscribe((s) => render(s.notices));
  const unsubscribeLanguage = onLanguageChange(() => render(noticeStore.getState().notices));
  return () => {
    unsubscribe();
    unsubscribeLanguage();
    for (const t of timers.values()) clearTimeout(t);
  };
}
