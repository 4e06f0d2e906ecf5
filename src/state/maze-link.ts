/**
 * The maze scene's settings in a shared link, and back: `maze?layout=cliff&alpha=0.5&seed=7`.
 *
 * `layout` says which maze (maze-link-layout.ts); every other setting uses the link codec
 * (link-codec.ts) against the settings schema, written only when it differs from its default. The
 * rewards' defaults are those of the chosen preset (the cliff's −1 per step), so `#maze/cliff`
 * typed by hand plays the cliff as the panel would. Opening a link starts from the defaults, not
 * from what the reader had: the same link gives the same setup, seed included. No DOM.
 */
import { type LinkProblem, paramsToSettings, settingsToParams } from './link-codec.ts';
import {
  LAYOUT_KEY,
  type LayoutRefusal,
  type LayoutSettings,
  layoutToLink,
  linkToLayout,
  MAX_LAYOUT_CHARS,
} from './maze-link-layout.ts';
import {
  DEFAULT_REWARDS,
  MAZE_SETTINGS_DEFAULTS,
  type MazeSettings,
  mazeSettingsSchema,
  PRESET_REWARDS,
} from './maze-settings.ts';

/** The settings a link carries besides the layout (the layout's own settings are `layout`). */
export const MAZE_LINK_KEYS = [
  'mode',
  'agentKind',
  'nSteps',
  'lambda',
  'traces',
  'planningSteps',
  'kappa',
  'initialQ',
  'epsSchedule',
  'epsFloor',
  'epsEpisodes',
  'epsDecay',
  'seed',
  'epsilon',
  'alpha',
  'gamma',
  'speed',
  'stepReward',
  'goalReward',
  'cliffReward',
  'learnFromPlay',
  'showHeatmap',
  'showArrows',
  'showVisits',
  'showTrail',
  'heatScale',
  'greedyEvery',
  'showAlgo',
  'qTable',
] as const satisfies readonly (keyof MazeSettings)[];

/** What a link opens when it says nothing: the defaults, with the rewards of the chosen preset. */
export function linkDefaults(layout: Partial<LayoutSettings>): MazeSettings {
  const rewards =
    layout.source === 'preset' && layout.preset ? PRESET_REWARDS[layout.preset] : DEFAULT_REWARDS;
  return { ...MAZE_SETTINGS_DEFAULTS, ...layout, ...rewards };
}

/** The scene address for Copy link (without `#`), or why the maze cannot go in a link. */
export function mazeLinkAddress(
  hash: string,
  s: MazeSettings,
): { address: string; refused?: { length: number; limit: number } } {
  const layout = layoutToLink(s);
  const params = new URLSearchParams();
  const fits = layout.length <= MAX_LAYOUT_CHARS;
  // Too long to share (larger than any maze the editor makes): the link keeps the other settings.
  if (fits) params.set(LAYOUT_KEY, layout);
  const read = fits ? linkToLayout(layout) : null;
  const defaults = linkDefaults(read?.ok ? read.layout : {});
  for (const [k, v] of settingsToParams(s, defaults, MAZE_LINK_KEYS)) params.set(k, v);
  const query = params.toString();
  const address = query ? `${hash}?${query}` : hash;
  return fits ? { address } : { address, refused: { length: layout.length, limit: MAX_LAYOUT_CHARS } };
}

export interface MazeLinkRead {
  /** The settings the link opens with (defaults where it said nothing or something wrong). */
  settings: MazeSettings;
  problems: LinkProblem[];
  /** The `layout` value was refused (the default maze is used instead). */
  layoutRefused?: { value: string } & LayoutRefusal;
}

/**
 * Read a link's route (`#maze/cliff` → `cliff`) and parameters. Null when there is no link to
 * open (`#maze` alone): the scene then keeps the reader's own maze and agent.
 */
export function readMazeLink(route: string | undefined, params: URLSearchParams): MazeLinkRead | null {
  const asked = params.get(LAYOUT_KEY) ?? (route ? route : null);
  if (asked === null && params.size === 0) return null;
  let layout: Partial<LayoutSettings> = {};
  let layoutRefused: MazeLinkRead['layoutRefused'];
  if (asked !== null) {
    const read = linkToLayout(asked);
    if (read.ok) layout = read.layout;
    else {
      const { ok: _ok, ...refusal } = read;
      layoutRefused = { value: asked, ...refusal };
    }
  }
  const defaults = linkDefaults(layout);
  const { values, problems } = paramsToSettings(params, mazeSettingsSchema, defaults, MAZE_LINK_KEYS, [
    LAYOUT_KEY,
  ]);
  const settings = { ...defaults, ...values };
  return layoutRefused ? { settings, problems, layoutRefused } : { settings, problems };
}
