/**
 * Every scene the menu lists and the router opens, in menu order. Each scene's code is a separate
 * chunk, fetched the first time the scene opens (`load`), so the first page load carries only
 * Phaser, the menu and the page chrome. Its words are the menu catalog's `scenes[hash]`; the
 * `hash` type is that catalog's keys, so a scene without words fails the type check.
 */
import type Phaser from 'phaser';
import type { menu } from '../i18n/en/menu.ts';
import { t } from '../i18n/language.ts';

export type SceneHash = keyof typeof menu.scenes;

/** A scene class as the router adds it: constructible, with its key as a static. */
export type SceneClass = (new () => Phaser.Scene) & { readonly key: string };

export interface SceneEntry {
  /** URL hash that opens it directly: `#maze`. */
  readonly hash: SceneHash;
  /** Phaser's key for it: the class's static `key`, known before its chunk arrives. */
  readonly key: string;
  /** Fetch the scene's chunk (once; the browser keeps the module) and give its class. */
  readonly load: () => Promise<SceneClass>;
}

export const SCENES: readonly SceneEntry[] = [
  { hash: 'maze', key: 'MazeScene', load: () => import('./maze/MazeScene.ts').then((m) => m.MazeScene) },
  { hash: 'jump', key: 'JumpScene', load: () => import('./jump/JumpScene.ts').then((m) => m.JumpScene) },
  {
    hash: 'lorenz',
    key: 'LorenzScene',
    load: () => import('./lorenz/LorenzScene.ts').then((m) => m.LorenzScene),
  },
  {
    hash: 'reaction-diffusion',
    key: 'ReactionDiffusionScene',
    load: () => import('./rd/ReactionDiffusionScene.ts').then((m) => m.ReactionDiffusionScene),
  },
  { hash: 'lab', key: 'LabScene', load: () => import('./lab/LabScene.ts').then((m) => m.LabScene) },
];

/** The entry for a URL hash, if a scene has it (own entries only: the hash is user input). */
export function sceneEntry(hash: string): SceneEntry | undefined {
  return SCENES.find((s) => s.hash === hash);
}

/** A scene's name in the current language (the menu card, the top bar, the browser tab). */
export function sceneTitle(hash: SceneHash): string {
  return t().menu.scenes[hash].title;
}

/** A scene's one line for the menu, in the current language. */
export function sceneSummary(hash: SceneHash): string {
  return t().menu.scenes[hash].summary;
}
