/**
 * The menu's scene list as real DOM (a `<nav>` of buttons over the canvas): Tab reaches every card,
 * Enter/Space open it, the focus ring shows. The canvas keeps only the decoration behind it.
 */
import { onLanguageChange, t } from '../../i18n/language.ts';
import { type SceneEntry, sceneSummary, sceneTitle } from '../registry.ts';

export interface MenuNav {
  /** Move the highlight (and the focus, when `focus`) to card `i`. */
  select(i: number, focus: boolean): void;
  remove(): void;
}

const STYLE = `
#menu-nav { position: absolute; inset: 0; display: flex; flex-direction: column; align-items: center;
  justify-content: center; gap: 10px; padding: 12px; overflow: auto; pointer-events: none; }
#menu-nav .menu-tagline, #menu-nav .menu-hint { color: #a4a9c2; font: 15px system-ui, sans-serif; margin: 0;
  text-align: center; }
#menu-nav ol { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 10px;
  width: min(660px, 100%); }
#menu-nav button { pointer-events: auto; display: grid; grid-template-columns: 2.2em 1fr; align-items: center;
  width: 100%; text-align: left; cursor: pointer; padding: 10px 14px; border-radius: 6px;
  border: 2px solid #3a3f5c; background: #1d2033; color: #e6e8f2; font: inherit; }
#menu-nav button.selected { border-color: #8ea2ff; background: #262a42; }
#menu-nav button:focus-visible { outline: 3px solid #ffd166; outline-offset: 2px; }
#menu-nav .num { grid-row: span 2; color: #8ea2ff; font: bold 24px system-ui, sans-serif; }
#menu-nav .title { font: bold 18px system-ui, sans-serif; }
#menu-nav .summary { color: #a4a9c2; font: 14px system-ui, sans-serif; }
`;

/**
 * Builds the nav inside `host`; `open(i)` is called when card `i` is chosen, `focused(i)` when Tab or
 * the pointer moves to it (so ↑/↓ go on from there).
 */
export function mountMenuNav(
  host: HTMLElement,
  entries: readonly SceneEntry[],
  open: (i: number) => void,
  focused: (i: number) => void,
): MenuNav {
  const style = document.createElement('style');
  style.textContent = STYLE;
  const nav = document.createElement('nav');
  nav.id = 'menu-nav';
  const tagline = document.createElement('p');
  tagline.className = 'menu-tagline';
  const list = document.createElement('ol');
  const hint = document.createElement('p');
  hint.className = 'menu-hint';
  const buttons = entries.map((entry, i) => {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.type = 'button';
    b.dataset.card = `menu-card-${entry.hash}`;
    b.addEventListener('click', () => open(i));
    b.addEventListener('focus', () => focused(i));
    b.addEventListener('pointerenter', () => focused(i));
    li.append(b);
    list.append(li);
    return b;
  });
  nav.append(tagline, list, hint);
  // ↑/↓ move between the cards like a list box; the page does not scroll.
  nav.addEventListener('keydown', (e) => {
    const at = buttons.indexOf(e.target as HTMLButtonElement);
    if (at < 0 || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    const next = (at + (e.key === 'ArrowUp' ? -1 : 1) + buttons.length) % buttons.length;
    buttons[next]?.focus();
  });
  host.append(style, nav);

  const label = () => {
    nav.setAttribute('aria-label', t().menu.navLabel);
    tagline.textContent = t().menu.tagline;
    hint.textContent = t().menu.hint;
    buttons.forEach((b, i) => {
      const { hash } = entries[i] as SceneEntry;
      const num = document.createElement('span');
      num.className = 'num';
      num.textContent = String(i + 1);
      const title = document.createElement('span');
      title.className = 'title';
      title.textContent = sceneTitle(hash);
      const summary = document.createElement('span');
      summary.className = 'summary';
      summary.textContent = sceneSummary(hash);
      b.replaceChildren(num, title, summary);
    });
  };
  label();
  const unsubscribe = onLanguageChange(label);

  return {
    select(i, focus) {
      buttons.forEach((b, k) => {
        b.classList.toggle('selected', k === i);
      });
      if (focus) buttons[i]?.focus({ preventScroll: true });
    },
    remove() {
      unsubscribe();
      nav.remove();
      style.remove();
    },
  };
}
