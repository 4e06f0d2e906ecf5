/** The jump words. */
export const jump = {};
