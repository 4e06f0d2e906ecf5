/** The cli words. */
export const cli = {};
