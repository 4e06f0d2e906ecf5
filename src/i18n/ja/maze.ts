import type { maze as en } from '../en/maze.ts';
import type { Shape } from '../shape.ts';

export const maze: Shape<typeof en> = {};
