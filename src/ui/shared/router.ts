/**
 * Hash routing: `#maze`, `#jump`, `#reaction-diffusion/3`… open a scene directly; an empty hash is
 * the menu. The part after the first `/` is passed to the scene's `init` as `{ route }`.
 */
import type Phaser from 'phaser';
import { metaOf } from '../../scenes/shared/scene-meta.ts';

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

/** Scene key for a hash among the game's scenes, or the menu. */
export function sceneKeyFor(game: Phaser.Game, route: Route): string {
  for (const scene of game.scene.scenes) {
    if (metaOf(scene.constructor)?.hash === route.hash) return scene.scene.key;
  }
  return MENU_KEY;
}

/**
 * Leave the running scenes and start the one `hash` names (again, if it runs). Both go through the
 * scene manager's queue, in this order, so the scenes we leave shut down (and empty the side column)
 * before the next one builds its own. A direct start used to create the next scene at once, and the
 * old scene's queued stop then emptied the new panel.
 */
export function routeTo(game: Phaser.Game, hash: string): void {
  const route = parseHash(hash);
  const key = sceneKeyFor(game, route);
  const data: RouteData = { route: route.sub, params: route.params };
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
