/**
 * The maze scene's shared links: the address Copy link gives (`maze?layout=…&alpha=…`, see
 * state/maze-link.ts), and opening one. Each bad value in a link is named in a warning worded from
 * the catalog; the scene has already fallen back to its default. Nothing a link says can crash the
 * scene or lose the reader's work (the session keeps it behind Undo).
 */
import { formatCount } from '../../core/format.ts';
import { describeError } from '../../i18n/describe-error.ts';
import type { Catalog } from '../../i18n/language.ts';
import type { MazeSession } from '../../play/maze/session.ts';
import { mazeLinkAddress, readMazeLink } from '../../state/maze-link.ts';
import type { LayoutRefusal } from '../../state/maze-link-layout.ts';
import type { MazeSettingsStore } from '../../state/maze-settings.ts';
import { notify } from '../../state/notices.ts';
import { reportLinkProblems } from '../../ui/shared/link-notices.ts';

/** What Copy link puts after `#`: the scene and every setting that differs from its default. */
export function mazeShareAddress(hash: string, store: MazeSettingsStore): string {
  const { address, refused } = mazeLinkAddress(hash, store.getState());
  if (refused) {
    const length = formatCount(refused.length);
    const limit = formatCount(refused.limit);
    notify('warning', (t) => t.maze.link.tooLongToShare({ length, limit }));
  }
  return address;
}

/** Why a layout was refused, in the current language. */
function why(t: Catalog, r: LayoutRefusal): string {
  const w = t.maze.link.why;
  switch (r.why) {
    case 'too-long':
      return w.tooLong({ length: formatCount(r.length), limit: formatCount(r.limit) });
    case 'unknown-preset':
      return w.unknownPreset({ name: r.name });
    case 'size':
      return w.size({
        width: formatCount(r.width),
        height: formatCount(r.height),
        min: formatCount(r.min),
        max: formatCount(r.max),
      });
    case 'maze':
      return describeError(r.error, t);
    default:
      return w[r.why];
  }
}

/** A long refused value is shown by its start (a 600-character notice helps nobody). */
function shortened(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

/**
 * Open the link the router passed (`#maze/cliff?alpha=0.5`), if there is one: warn about what was
 * wrong, and hand the settings to the session. Returns whether there was a link.
 */
export function openMazeLink(
  session: MazeSession,
  route: string | undefined,
  params: URLSearchParams,
): boolean {
  const read = readMazeLink(route, params);
  if (!read) return false;
  reportLinkProblems(read.problems);
  const refused = read.layoutRefused;
  if (refused) {
    const value = shortened(refused.value);
    notify('warning', (t) => t.maze.link.badLayout({ value, why: why(t, refused) }));
  }
  session.openLink(read.settings);
  return true;
}
