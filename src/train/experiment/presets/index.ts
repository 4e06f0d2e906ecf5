/**
 * The built-in experiments, by id: the textbook's figures (SPEC §6) and the posts' questions.
 * Look up a user-given id with `findPreset` (own keys only).
 */
import { SB_6_3 } from './sb-6-3.ts';
import { SB_6_4 } from './sb-6-4.ts';
import type { ExperimentPreset } from './types.ts';

export const EXPERIMENT_PRESETS: Record<string, ExperimentPreset> = {
  'sb-6.4': SB_6_4,
  'sb-6.3': SB_6_3,
};

export const PRESET_IDS = Object.keys(EXPERIMENT_PRESETS);

export function findPreset(id: string): ExperimentPreset | undefined {
  return Object.hasOwn(EXPERIMENT_PRESETS, id) ? EXPERIMENT_PRESETS[id] : undefined;
}

export type { ExperimentPreset, PresetChart, PresetPart, ReferenceLine } from './types.ts';
