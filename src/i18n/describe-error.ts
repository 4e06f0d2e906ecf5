/**
 * Words for an error raised below the app layer (src/envs, src/agents, src/train…), in the current
 * language. Those errors carry a `code` and values; this looks the code up in the catalog's
 * `errors.codes`. It also takes a coded error's plain data (`{ code, values }`, as a worker posts
 * it). Anything else keeps its own message.
 */
import { isCoded } from '../core/coded-error.ts';
import { type Catalog, t } from './language.ts';

export function describeError(error: unknown, catalog: Catalog = t()): string {
  if (isCoded(error) && Object.hasOwn(catalog.errors.codes, error.code)) {
    const words = catalog.errors.codes[error.code as keyof Catalog['errors']['codes']] as (
      v: unknown,
    ) => string;
    return words(error.values);
  }
  if (error instanceof Error) return error.message;
  if (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { message?: unknown }).message === 'string'
  ) {
    return (error as { message: string }).message;
  }
  return String(error);
}
