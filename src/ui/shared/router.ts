/**
 * Hash routing: `#maze`, `#jump`, `#reaction-diffusion/3`… open a scene directly; an empty hash is
 * the menu. The part after the first `/` is passed to the scene's `init` as `{ route }`. Scenes
 * other than the menu are fetched when first opened (src/scenes/registry.ts).
 */
import type Phaser from 'phaser';
import { sceneEntry } from '../../scenes/registry.ts';
import { noticeStore, notify } from '../../state/notices.ts';

export const MENU_KEY = 'MenuScene';

export interface Route {
  hash: string;
  sub?: string;
  /** The settings a shared link carries, after `?`: `#maze/cliff?alpha=0.5` (state/link-codec.ts). */
  params: URLSearchParams;
}

/** What a scene's `init` receives from the router. */
export interface RouteData {
  route?: string;
  params?: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const body = hash.replace(/^#\/?/, '');
  const q = body.indexOf('?');
  const params = new URLSearchParams(q < 0 ? '' : body.slice(q + 1));
  let clean = q < 0 ? body : body.slice(0, q);
  try {
    clean = decodeURIComponent(clean);
  } catch {
    // A malformed escape (%E0%A4%A) names no scene: the menu opens.
  }
  const slash = clean.indexOf('/');
  return slash < 0
    ? { hash: clean, params }
    : { hash: clean.slice(0, slash), sub: clean.slice(slash + 1), params };
}

/** After this long without the scene's chunk, say that it is on its way (ms). */
const LOADING_NOTICE_MS = 300;

/** Counts navigations: a chunk that arrives after the user went elsewhere starts nothing. */
let routing = 0;

/**
 * Open the scene `hash` names: fetch its chunk the first time (src/scenes/registry.ts), add it to
 * the game once, then start it. A chunk that cannot be fetched (offline before the page was ever
 * cached, a deploy that removed it) leaves a notice and the menu, never a dead page.
 */
export function routeTo(game: Phaser.Game, hash: string): void {
  const route = parseHash(hash);
  const data: RouteData = { route: route.sub, params: route.params };
  // A hash that names no scene (or none at all) opens the menu.
  const entry = sceneEntry(route.hash);
  const seq = ++routing;
  if (!entry) {
    startScene(game, MENU_KEY, data);
    return;
  }
  // Added before (or the tests added it): start at once, as before the scenes were split.
  if (game.scene.getScene(entry.key)) {
    startScene(game, entry.key, data);
    return;
  }
  const words = entry.hash;
  let loadingNotice: number | undefined;
  const slow = setTimeout(() => {
    loadingNotice = notify('info', (w) => w.menu.loading({ scene: w.menu.scenes[words].title }));
  }, LOADING_NOTICE_MS);
  const settle = () => {
    clearTimeout(slow);
    if (loadingNotice !== undefined) noticeStore.getState().dismiss(loadingNotice);
  };
  entry.load().then(
    (sceneClass) => {
      settle();
      // Two quick clicks can ask twice: the second arrival finds it added.
      if (!game.scene.getScene(entry.key)) game.scene.add(entry.key, sceneClass, false);
      if (seq === routing) startScene(game, entry.key, data);
    },
    () => {
      settle();
      notify('error', (w) => w.menu.loadFailed({ scene: w.menu.scenes[words].title }));
      if (seq !== routing) return;
      // The address names the menu again, so a reload or Back does not try the same chunk at once.
      history.replaceState(null, '', location.pathname + location.search);
      routeTo(game, '');
    },
  );
}

/**
 * Leave the running scenes and start `key` (again, if it runs). Both go through the scene
 * manager's queue, in this order, so the scenes we leave shut down (and empty the side column)
 * before the next one builds its own. A direct start used to create the next scene at once, and the
 * old scene's queued stop then emptied the new panel.
 */
function startScene(game: Phaser.Game, key: string, data: RouteData): void {
  const [first, ...others] = game.scene.getScenes(true);
  if (!first) {
    game.scene.start(key, data);
    return;
  }
  for (const s of others) s.scene.stop();
  // Queues first's stop, then the start of `key` (a restart when it is `key` itself).
  first.scene.start(key, data);
}

export function installRouter(game: Phaser.Game): void {
  const go = () => routeTo(game, location.hash);
  window.addEventListener('hashchange', go);
  game.events.once('ready', go);
}

/** Navigate (through the hash, so Back/Forward and reloads work). */
export function navigate(hash: string): void {
  const target = hash ? `#${hash}` : '';
  if (location.hash === target || (!hash && location.hash === '')) {
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else if (!hash) {
    history.pushState(null, '', location.pathname + location.search);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    location.hash = target;
  }
}
