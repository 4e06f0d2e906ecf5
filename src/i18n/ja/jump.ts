import type { jump as en } from '../en/jump.ts';
import type { Shape } from '../shape.ts';

export const jump: Shape<typeof en> = {};
