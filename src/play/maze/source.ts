/**
 * What maze the settings describe: the layout rows, the rewards and a label. The session compares
 * this with the env it runs to decide what a settings change means: other rows → a new env and a
 * new agent (the Q-table belongs to one maze); other rewards only → a new env, same agent.
 */
import { generateMaze } from '../../envs/maze-generator.ts';
import { MAZE_PRESET_NAMES, MAZE_PRESETS, type MazePresetName } from '../../envs/maze-presets.ts';
import type { MazeRewards, MazeSettings } from '../../state/maze-settings.ts';

export interface MazeSpec {
  rows: readonly string[];
  rewards: MazeRewards;
  /** "preset small", "generated 15×15 #3", "edited 7×7": an id for file names (the screen words it from the catalog). */
  label: string;
  /** The preset name when the rows are a preset's (kept in the env spec so exports name it). */
  preset?: MazePresetName;
  /** The generator's size and seed when the rows are a generated maze's (for the words on screen). */
  generated?: { width: number; height: number; seed: number };
}

export function mazeSpecOf(s: MazeSettings): MazeSpec {
  const rewards = { stepReward: s.stepReward, goalReward: s.goalReward, cliffReward: s.cliffReward };
  if (s.source === 'generated') {
    return {
      rows: generateMaze(s.genWidth, s.genHeight, s.genSeed),
      rewards,
      label: `generated ${s.genWidth}×${s.genHeight} #${s.genSeed}`,
      generated: { width: s.genWidth, height: s.genHeight, seed: s.genSeed },
    };
  }
  if (s.source === 'custom' && s.customRows.length > 0) {
    return { rows: s.customRows, rewards, label: `edited ${s.customRows[0].length}×${s.customRows.length}` };
  }
  return { rows: MAZE_PRESETS[s.preset].rows, rewards, label: `preset ${s.preset}`, preset: s.preset };
}

export function sameRows(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((r, i) => r === b[i]);
}

export function sameRewards(a: MazeRewards, b: MazeRewards): boolean {
  return a.stepReward === b.stepReward && a.goalReward === b.goalReward && a.cliffReward === b.cliffReward;
}

/** The preset whose rows these are, if any (an imported agent's layout may be given either way). */
export function presetOfRows(rows: readonly string[]): MazePresetName | undefined {
  return MAZE_PRESET_NAMES.find((name) => sameRows(MAZE_PRESETS[name].rows, rows));
}

/** Settings that describe exactly this maze (for an imported or restored agent). */
export function settingsForMaze(rows: readonly string[], rewards: MazeRewards): Partial<MazeSettings> {
  const preset = presetOfRows(rows);
  return preset
    ? { source: 'preset', preset, ...rewards }
    : { source: 'custom', customRows: rows.slice(), ...rewards };
}
