/** Shows the notice store as dismissable toasts at the bottom left of the page. */
import { type Notice, noticeStore } from '../../state/notices.ts';

const AUTO_DISMISS_MS: Record<Notice['level'], number> = { info: 5000, warning: 10000, error: 15000 };

export function mountNotices(container: HTMLElement): () => void {
  const timers = new Map<number, ReturnType<typeof setTimeout>>();
  const render = (notices: Notice[]) => {
    container.replaceChildren(
      ...notices.map((n) => {
        const el = document.createElement('div');
        el.className = `notice ${n.level}`;
        el.dataset.level = n.level;
        el.textContent = n.text;
        const close = document.createElement('button');
        close.type = 'button';
        close.textContent = '×';
        close.title = 'Dismiss';
        close.onclick = () => noticeStore.getState().dismiss(n.id);
        el.append(close);
        if (!timers.has(n.id)) {
          timers.set(
            n.id,
            setTimeout(() => {
              timers.delete(n.id);
              noticeStore.getState().dismiss(n.id);
            }, AUTO_DISMISS_MS[n.level]),
          );
        }
        return el;
      }),
    );
  };
  render(noticeStore.getState().notices);
  const unsubscribe = noticeStore.subscribe((s) => render(s.notices));
  return () => {
    unsubscribe();
    for (const t of timers.values()) clearTimeout(t);
  };
}
