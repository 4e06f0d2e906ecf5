/** The rd words. */
export const rd = {};
