/** The lorenz words. */
export const lorenz = {};
