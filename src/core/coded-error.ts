/**
 * Errors below the app layer carry no words for people: each has a stable `code` and the `values`
 * a message needs, and the app layer words it from the catalog (src/i18n/describe-error.ts). Their
 * `.message` stays an English sentence for developers who call the API directly.
 *
 * Each layer declares its codes and their values in a map (envs/errors.ts, agents/errors.ts,
 * train/errors.ts); the catalogs are typed from those maps, so a code without words in either
 * language fails the type check.
 */

/** What a coded error carries, and all that survives a trip to or from a worker (`postMessage`). */
export interface CodedErrorData<C extends string = string, V = unknown> {
  readonly code: C;
  readonly values: V;
}

/** An `Error` carrying a code and its values. */
export type Coded<C extends string = string, V = unknown> = Error & CodedErrorData<C, V>;

/** Whether `e` has a string `code` and an object `values` (an error, or its data after `postMessage`). */
export function isCoded(e: unknown): e is CodedErrorData<string, Record<string, unknown>> {
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as { code?: unknown }).code === 'string' &&
    typeof (e as { values?: unknown }).values === 'object' &&
    (e as { values?: unknown }).values !== null
  );
}

/** The plain, cloneable part of a coded error, to send to another thread; undefined for others. */
export function codedData(e: unknown): CodedErrorData<string, unknown> | undefined {
  return isCoded(e) ? { code: e.code, values: structuredClone(e.values) } : undefined;
}
