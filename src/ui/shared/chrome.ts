/**
 * The page around the game: the top bar (back to the menu, scene title, language, Copy link, help
 * button) and the help overlay that lists the current scene's controls. Scenes call
 * `setSceneChrome` in `create` and `clearSceneChrome` on shutdown. Keys: `?` toggles the help,
 * `Esc` closes it or goes back. Every word comes from the catalog, and is redrawn when the
 * language changes.
 */
import { onLanguageChange, t } from '../../i18n/language.ts';
import { notify } from '../../state/notices.ts';
import { editingText, installKeyRouting } from './keys.ts';
import { installLanguageSwitch, shareableUrl } from './language-choice.ts';
import { installSheet, sheetOpen, toggleSheet } from './sheet.ts';
import { followLanguageInZod } from './zod-language.ts';

export interface HelpEntry {
  /** Keys or gesture, e.g. "← ↑ → ↓ / WASD". */
  keys: string;
  /** What it does. */
  action: string;
}

export interface SceneChrome {
  title: string;
  help: HelpEntry[];
  /**
   * The scene's address with its current settings, for Copy link: `maze/cliff?alpha=0.5` (no `#`).
   * Without it, the link opens the scene with its defaults.
   */
  share?: () => string;
  /**
   * On-screen buttons for what the keys do (pause, step, the mode…), shown where there is no
   * keyboard (a touch screen: CSS `(hover: none)`). Call `refreshTouchBar()` when a label changes.
   */
  touch?: TouchControl[];
}

export interface TouchControl {
  /** Stable id, also the button's `data-touch` attribute (tests find it by that). */
  id: string;
  /** Read when drawn, from the catalog: `() => t().common.controls.pause`. */
  label: () => string;
  run: () => void;
}

/** The scene's chrome, built again from the catalog whenever the language changes. */
export type SceneChromeSource = SceneChrome | (() => SceneChrome);

let chromeSource: () => SceneChrome = () => ({ title: t().common.appName, help: [] });
let chromeOnMenu = true;
let titleSource: () => string = () => t().common.appName;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

let onBack: () => void = () => {};
let installed = false;

export function helpOpen(): boolean {
  return !$('help-overlay').hidden;
}

/** Where focus was before the help opened, so closing it gives focus back (a modal dialog's duty). */
let focusBeforeHelp: HTMLElement | null = null;

export function toggleHelp(open = !helpOpen()): void {
  if (open === helpOpen()) return;
  const overlay = $('help-overlay');
  if (open) {
    focusBeforeHelp = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    overlay.hidden = false;
    $('help-card').focus();
  } else {
    overlay.hidden = true;
    focusBeforeHelp?.focus();
    focusBeforeHelp = null;
  }
}

/** Wire the top bar and the global keys once. `back` returns to the menu. */
export function installChrome(back: () => void): void {
  onBack = back;
  if (installed) return;
  installed = true;
  installKeyRouting($('side'));
  installLanguageSwitch($('language-select') as HTMLSelectElement);
  followLanguageInZod();
  installSheet();
  applyStaticWords();
  onLanguageChange(() => {
    applyStaticWords();
    renderChrome();
  });
  $('back-button').addEventListener('click', () => onBack());
  $('share-button').addEventListener('click', () => void copyLink());
  $('help-button').addEventListener('click', () => toggleHelp());
  // Keep Tab inside the open help card: it holds no controls, so focus stays on the card itself.
  $('help-overlay').addEventListener('keydown', (e) => {
    if (e.key === 'Tab') {
      e.preventDefault();
      $('help-card').focus();
    }
  });
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
      else if (sheetOpen()) toggleSheet(false);
      else if (!document.getElementById('app')?.classList.contains('on-menu')) onBack();
    }
  });
}

/** The words of index.html's own elements (the top bar, the help card). */
function applyStaticWords(): void {
  const w = t().common;
  const back = $('back-button');
  back.textContent = w.topbar.back;
  back.title = w.topbar.backTitle;
  $('help-button').title = w.topbar.help;
  $('help-button').setAttribute('aria-label', w.topbar.help);
  const share = $('share-button');
  share.textContent = w.topbar.copyLink;
  share.title = w.topbar.copyLinkTitle;
  $('language-select').title = w.topbar.language;
  $('language-select').setAttribute('aria-label', w.topbar.language);
  $('help-overlay').setAttribute('aria-label', w.help.dialog);
  $('notices').setAttribute('aria-label', w.notices.region);
  $('sheet-button').textContent = w.topbar.sheet;
  // On phones the top bar shows icons only (style.css), so the words stay as the accessible names.
  back.setAttribute('aria-label', w.topbar.back.replace(/^←\s*/, ''));
  share.setAttribute('aria-label', w.topbar.copyLink);
  // "{?}" marks a key: drawn as a key cap, whatever the language's word order around it.
  $('help-close').replaceChildren(
    ...w.help.close.split(/(\{[^}]+\})/).map((part) => {
      if (!/^\{[^}]+\}$/.test(part)) return document.createTextNode(part);
      const kbd = document.createElement('kbd');
      kbd.textContent = part.slice(1, -1);
      return kbd;
    }),
  );
}

/** Put this scene's address, with its settings and the language, on the clipboard. */
async function copyLink(): Promise<void> {
  const url = shareableUrl(chromeSource().share?.() ?? '');
  try {
    await navigator.clipboard.writeText(url);
    notify('info', (w) => w.common.link.copied);
  } catch {
    notify('info', (w) => w.common.link.copyFailed({ url }));
  }
}

/** The address Copy link would give now (the browser tests read it without a clipboard). */
export function currentShareUrl(): string {
  return shareableUrl(chromeSource().share?.() ?? '');
}

export function setSceneChrome(source: SceneChromeSource, onMenu = false): void {
  chromeSource = typeof source === 'function' ? source : () => source;
  chromeOnMenu = onMenu;
  titleSource = () => chromeSource().title;
  const app = $('app');
  if (app.classList.contains('on-menu') !== onMenu) {
    app.classList.toggle('on-menu', onMenu);
    // The game's parent just changed size (the side column came or went); Phaser's scale manager
    // only re-measures its parent on a window resize.
    window.dispatchEvent(new Event('resize'));
  }
  renderChrome();
}

function renderChrome(): void {
  const chrome = chromeSource();
  const w = t().common.help;
  showTitle(titleSource());
  const rows = [...chrome.help, { keys: '?', action: w.toggle }];
  if (!chromeOnMenu) rows.push({ keys: 'Esc', action: w.escape });
  renderTouchBar(chrome.touch ?? []);
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

/**
 * The scene's title in the top bar, the help overlay and the browser tab. Scenes call it again when
 * what the title names changes (the agent); a function is read again when the language changes.
 */
export function setSceneTitle(title: string | (() => string)): void {
  titleSource = typeof title === 'function' ? title : () => title;
  showTitle(titleSource());
}

function showTitle(title: string): void {
  const app = t().common.appName;
  $('scene-title').textContent = title;
  $('help-title').textContent = t().common.help.title({ scene: title });
  document.title = title === app ? app : `${title} · ${app}`;
}

/** Empty the side column (panel and charts) when a scene shuts down. */
export function clearSceneChrome(): void {
  toggleHelp(false);
  $('panel').replaceChildren();
  $('charts').replaceChildren();
  renderTouchBar([]);
}

function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string,
  );
}

let touchControls: TouchControl[] = [];

function renderTouchBar(controls: TouchControl[]): void {
  touchControls = controls;
  const bar = $('touch-bar');
  bar.hidden = controls.length === 0;
  bar.replaceChildren(
    ...controls.map((c) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.touch = c.id;
      button.textContent = c.label();
      button.addEventListener('click', () => {
        c.run();
        refreshTouchBar();
      });
      return button;
    }),
  );
}

/** Redraw the on-screen buttons' labels (after a pause, a mode change). */
export function refreshTouchBar(): void {
  const buttons = $('touch-bar').querySelectorAll<HTMLButtonElement>('button[data-touch]');
  buttons.forEach((b, i) => {
    const label = touchControls[i]?.label();
    if (label !== undefined && b.textContent !== label) b.textContent = label;
  });
}
