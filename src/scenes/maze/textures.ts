/**
 * The maze's sprites: SVGs from assets/maze, imported through Vite (`?url`) so the build bundles
 * them and the page works offline. `no-inline`: Phaser's SVG loader cannot read the URL-encoded
 * `data:` URIs Vite would inline small files as. Rasterised once at 96 px (the largest tile).
 */
import type Phaser from 'phaser';
import agentUrl from '../../../assets/maze/agent.svg?url&no-inline';
import cliffUrl from '../../../assets/maze/cliff.svg?url&no-inline';
import floorUrl from '../../../assets/maze/floor.svg?url&no-inline';
import goalUrl from '../../../assets/maze/goal.svg?url&no-inline';
import startUrl from '../../../assets/maze/start.svg?url&no-inline';
import wallUrl from '../../../assets/maze/wall.svg?url&no-inline';
import { TILE } from '../../envs/maze-layout.ts';

export const TEXTURE_PX = 96;

export const MAZE_TEXTURES = {
  floor: 'maze-floor',
  wall: 'maze-wall',
  cliff: 'maze-cliff',
  start: 'maze-start',
  goal: 'maze-goal',
  agent: 'maze-agent',
} as const;

const URLS: Record<keyof typeof MAZE_TEXTURES, string> = {
  floor: floorUrl,
  wall: wallUrl,
  cliff: cliffUrl,
  start: startUrl,
  goal: goalUrl,
  agent: agentUrl,
};

/** Texture key of each tile kind, indexed by `TILE`. */
export const TILE_TEXTURE: readonly string[] = (() => {
  const t: string[] = [];
  t[TILE.FLOOR] = MAZE_TEXTURES.floor;
  t[TILE.WALL] = MAZE_TEXTURES.wall;
  t[TILE.START] = MAZE_TEXTURES.start;
  t[TILE.GOAL] = MAZE_TEXTURES.goal;
  t[TILE.CLIFF] = MAZE_TEXTURES.cliff;
  return t;
})();

export function loadMazeTextures(scene: Phaser.Scene): void {
  for (const name of Object.keys(URLS) as (keyof typeof MAZE_TEXTURES)[]) {
    const key = MAZE_TEXTURES[name];
    if (!scene.textures.exists(key))
      scene.load.svg(key, URLS[name], { width: TEXTURE_PX, height: TEXTURE_PX });
  }
}
