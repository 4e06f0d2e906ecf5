/**
 * The page around the game: the top bar (back to the menu, scene title, help button) and the help
 * overlay that lists the current scene's controls. Scenes call `setSceneChrome` in `create` and
 * `clearSceneChrome` on shutdown. Keys: `?` toggles the help, `Esc` closes it or goes back.
 */
import { editingText, installKeyRouting } from './keys.ts';

export interface HelpEntry {
  /** Keys or gesture, e.g. "← ↑ → ↓ / WASD". */
  keys: string;
  /** What it does. */
  action: string;
}

export interface SceneChrome {
  title: string;
  help: HelpEntry[];
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

let onBack: () => void = () => {};
let installed = false;

export function helpOpen(): boolean {
  return !$('help-overlay').hidden;
}

export function toggleHelp(open = !helpOpen()): void {
  $('help-overlay').hidden = !open;
}

/** Wire the top bar and the global keys once. `back` returns to the menu. */
export function installChrome(back: () => void): void {
  onBack = back;
  if (installed) return;
  installed = true;
  installKeyRouting($('side'));
  $('back-button').addEventListener('click', () => onBack());
  $('help-button').addEventListener('click', () => toggleHelp());
  $('help-overlay').addEventListener('click', (e) => {
    if (e.target === e.currentTarget) toggleHelp(false);
  });
  window.addEventListener('keydown', (e) => {
    if (editingText()) return;
    if (e.key === '?') {
      toggleHelp();
      e.preventDefault();
    } else if (e.key === 'Escape') {
      if (helpOpen()) toggleHelp(false);
      else if (!document.getElementById('app')?.classList.contains('on-menu')) onBack();
    }
  });
}

export function setSceneChrome(chrome: SceneChrome, onMenu = false): void {
  const app = $('app');
  if (app.classList.contains('on-menu') !== onMenu) {
    app.classList.toggle('on-menu', onMenu);
    // The game's parent just changed size (the side column came or went); Phaser's scale manager
    // only re-measures its parent on a window resize.
    window.dispatchEvent(new Event('resize'));
  }
  setSceneTitle(chrome.title);
  const rows = [...chrome.help, { keys: '?', action: 'show or hide this help' }];
  if (!onMenu) rows.push({ keys: 'Esc', action: 'close the help, or go back to the menu' });
  $('help-table').replaceChildren(
    ...rows.map((h) => {
      const tr = document.createElement('tr');
      const k = document.createElement('td');
      k.innerHTML = h.keys
        .split(' / ')
        .map((part) => `<kbd>${escapeHtml(part)}</kbd>`)
        .join(' / ');
      const a = document.createElement('td');
      a.textContent = h.action;
      tr.append(k, a);
      return tr;
    }),
  );
}

/** The product's name: the page title on the menu, and the page title's suffix in a scene. */
export const APP_NAME = 'RL Playground';

/**
 * The scene's title in the top bar, the help overlay and the browser tab. Scenes call it again when
 * what the title names changes (the agent).
 */
export function setSceneTitle(title: string): void {
  $('scene-title').textContent = title;
  $('help-title').textContent = `${title}: controls`;
  document.title = title === APP_NAME ? APP_NAME : `${title} · ${APP_NAME}`;
}

/** Empty the side column (panel and charts) when a scene shuts down. */
export function clearSceneChrome(): void {
  toggleHelp(false);
  $('panel').replaceChildren();
  $('charts').replaceChildren();
}

function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string,
  );
}
