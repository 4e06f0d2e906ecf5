import type { menu as en } from '../en/menu.ts';
import type { Shape } from '../shape.ts';

export const menu: Shape<typeof en> = {};
