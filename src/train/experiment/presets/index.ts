/**
 * The built-in experiments, by id: the textbook's figures (SPEC §6) and the posts' questions.
 * Look up a user-given id with `findPreset` (own keys only).
 */
import { POSTS_JUMP_BASELINE } from './posts-jump-baseline.ts';
import { POSTS_MAZE_EPSILON } from './posts-maze-epsilon.ts';
import { SB_6_3 } from './sb-6-3.ts';
import { SB_6_4 } from './sb-6-4.ts';
import { SB_6_5 } from './sb-6-5.ts';
import { SB_8_2 } from './sb-8-2.ts';
import { SB_8_4 } from './sb-8-4.ts';
import { SB_8_5 } from './sb-8-5.ts';
import { SB_13_2 } from './sb-13-2.ts';
import type { ExperimentPreset } from './types.ts';

export const EXPERIMENT_PRESETS: Record<string, ExperimentPreset> = {
  'sb-6.4': SB_6_4,
  'sb-6.3': SB_6_3,
  'sb-6.5': SB_6_5,
  'sb-8.2': SB_8_2,
  'sb-8.4': SB_8_4,
  'sb-8.5': SB_8_5,
  'sb-13.2': SB_13_2,
  'posts-maze-epsilon': POSTS_MAZE_EPSILON,
  'posts-jump-baseline': POSTS_JUMP_BASELINE,
};

export const PRESET_IDS = Object.keys(EXPERIMENT_PRESETS);

export function findPreset(id: string): ExperimentPreset | undefined {
  return Object.hasOwn(EXPERIMENT_PRESETS, id) ? EXPERIMENT_PRESETS[id] : undefined;
}

export {
  type AnalyticSamples,
  SHORT_CORRIDOR_OPTIMUM_P,
  SHORT_CORRIDOR_V_STAR,
  sampleAnalytic,
  shortCorridorJ,
} from './analytic.ts';
export type { ExperimentPreset, PresetChart, PresetPart, ReferenceLine, VerticalLine } from './types.ts';
