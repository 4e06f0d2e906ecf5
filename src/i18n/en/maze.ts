/** The maze words. */
export const maze = {};
