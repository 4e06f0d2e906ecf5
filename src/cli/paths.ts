/**
 * Refuse two flags naming the same file before anything is read or written, except `--in A --out A`
 * (continue training in place: the write is atomic).
 */
import { describeError } from '../i18n/describe-error.ts';
import { t } from '../i18n/index.ts';
import { FileError } from '../train/errors.ts';
import { checkWritable, realPathOf } from '../train/files.ts';
import { UsageError } from './errors.ts';

/** `paths` maps a flag to its path, in the order the message names them. */
export function assertNoCollisions(paths: [flag: string, path: string | undefined][], cwd: string): void {
  const given = paths.filter((p): p is [string, string] => p[1] !== undefined);
  for (let i = 0; i < given.length; i++) {
    for (let j = 0; j < i; j++) {
      const [fa, pa] = given[i];
      const [fb, pb] = given[j];
      if (new Set([fa, fb]).size === 2 && [fa, fb].sort().join() === '--in,--out') continue;
      if (realPathOf(pa, cwd) === realPathOf(pb, cwd)) {
        throw new UsageError(
          t().cli.usage.sameFile({
            a: `${fa} ${pa}`,
            b: `${fb} ${pb}`,
            overwritesIn: fa === '--in' || fb === '--in',
          }),
        );
      }
    }
  }
}

/**
 * Refuse, before any work, an output path that cannot be written (a missing folder, a folder in
 * its place…), naming its flag: `--out <why>`.
 */
export function assertWritable(paths: [flag: string, path: string | undefined][], cwd: string): void {
  for (const [flag, path] of paths) {
    if (path === undefined) continue;
    try {
      checkWritable(path, cwd);
    } catch (e) {
      if (e instanceof FileError) throw new UsageError(`${flag} ${describeError(e)}`);
      throw e;
    }
  }
}
