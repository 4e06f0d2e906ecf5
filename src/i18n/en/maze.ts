/** The maze words. */
export const maze = {
  /** The calm screen-reader summary of the run (an aria-live region, every few seconds). */
  announce: (p: { mode: string; episodes: string; ret: string }) =>
    `${p.mode} mode. Episodes: ${p.episodes}. Last return: ${p.ret}.`,
};
