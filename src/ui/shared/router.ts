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
}

export function parseHash(hash: string): Route {
  const clean = decodeURIComponent(hash.replace(/^#\/?/, ''));
  const slash = clean.indexOf('/');
  return slash < 0 ? { hash: clean } : { hash: clean.slice(0, slash), sub: clean.slice(slash + 1) };
}

/** Scene key for a hash among the game's scenes, or the menu. */
export function sceneKeyFor(game: Phaser.Game, route: Route): string {
  for (const scene of game.scene.scenes) {
    if (metaOf(scene.constructor)?.hash === route.hash) return scene.scene.key;
  }
  return MENU_KEY;
}

export function routeTo(game: Phaser.Game, hash: string): void {
  const route = parseHash(hash);
  const key = sceneKeyFor(game, route);
  const data = { route: route.sub };
  for (const s of game.scene.getScenes(true)) {
    if (s.scene.key !== key) s.scene.stop();
  }
  const target = game.scene.getScene(key);
  if (target?.scene.isActive()) target.scene.restart(data);
  else game.scene.start(key, data);
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
