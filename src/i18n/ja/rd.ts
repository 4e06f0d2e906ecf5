import type { rd as en } from '../en/rd.ts';
import type { Shape } from '../shape.ts';

export const rd: Shape<typeof en> = {};
