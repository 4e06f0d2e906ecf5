/** The menu words. */
export const menu = {};
