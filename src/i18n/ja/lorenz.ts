import type { lorenz as en } from '../en/lorenz.ts';
import type { Shape } from '../shape.ts';

export const lorenz: Shape<typeof en> = {};
