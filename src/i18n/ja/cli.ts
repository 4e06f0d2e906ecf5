import type { cli as en } from '../en/cli.ts';
import type { Shape } from '../shape.ts';

export const cli: Shape<typeof en> = {};
