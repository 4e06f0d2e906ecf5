/** The maze words. */
export const maze = {
  /** The calm screen-reader summary of the run (an aria-live region, every few seconds). */
  announce: (p: { mode: string; episodes: string; ret: string }) =>
    `${p.mode} mode. Episodes: ${p.episodes}. Last return: ${p.ret}.`,
  /** Shared links (Copy link, and opening one). */
  link: {
    opened: 'Opened a shared link: its maze and settings are in place, with a new agent from its seed.',
    replaced:
      'Opened a shared link: its maze and settings replace yours, with a new agent from its seed. Undo brings back your maze, settings and agent.',
    restored: 'Your maze, settings and agent are back.',
    badLayout: (p: { value: string; why: string }) =>
      `The link's layout=${p.value} cannot be used (${p.why}), so the default maze opens.`,
    tooLongToShare: (p: { length: string; limit: string }) =>
      `This maze is too large for a link (${p.length} characters, more than ${p.limit}): the link keeps the other settings and opens the default maze.`,
    /** Why a link's layout was refused. */
    why: {
      tooLong: (p: { length: string; limit: string }) => `${p.length} characters, more than ${p.limit}`,
      unknownPreset: (p: { name: string }) => `there is no maze called "${p.name}"`,
      format: 'it is not a maze written by Copy link',
      size: (p: { width: string; height: string; min: string; max: string }) =>
        `${p.width}×${p.height} is outside ${p.min} to ${p.max} tiles a side`,
      cells: 'S or G is not on a floor tile inside the maze',
      tiles: 'a tile is neither floor, wall nor cliff',
    },
  },
};
