import type { maze as en } from '../en/maze.ts';
import type { Shape } from '../shape.ts';

export const maze: Shape<typeof en> = {
  announce: (p) => `モード：${p.mode}。エピソード数：${p.episodes}。直近の収益：${p.ret}。`,
};
