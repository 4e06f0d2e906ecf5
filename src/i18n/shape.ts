/**
 * The type every catalog has: the English catalog's shape, with each text a `string` and each
 * message with values a function of the same parameters. A Japanese catalog typed as
 * `Shape<typeof en>` fails the type check when a key is missing, misspelt or extra, or when a
 * message's parameters differ.
 */
export type Shape<T> = {
  readonly [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends (...args: infer A) => string
      ? (...args: A) => string
      : Shape<T[K]>;
};
