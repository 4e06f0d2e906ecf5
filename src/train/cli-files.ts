/**
 * The CLI's files: capped reads of `--in` and `--layout`, pre-flight checks of `--out` and `--log`
 * before any training, refusal of paths that name the same file, and a rescue copy of the agent when
 * the final write fails anyway. Every refusal is a `UsageError` naming the flag and the path.
 */
import {
  accessSync,
  closeSync,
  constants,
  fstatSync,
  openSync,
  readSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { writeFileAtomic } from './atomic-write.ts';
import { UsageError } from './cli-args.ts';

/**
 * Input caps. An agent for the largest maze the CLI accepts (1001 × 1001 cells, 4 actions: about
 * 4 million Q-values of up to 24 characters) fits in 128 MiB; a layout file of 1001 rows of 1001
 * tiles is about 1 MiB.
 */
export const MAX_AGENT_FILE_BYTES = 128 * 1024 * 1024;
export const MAX_LAYOUT_FILE_BYTES = 4 * 1024 * 1024;

const mib = (n: number) => `${n / (1024 * 1024)} MiB`;
const codeOf = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

/**
 * Read a regular file as UTF-8, at most `cap` bytes. Devices, FIFOs and sockets are refused (a size
 * check would not stop /dev/zero or a pipe), and reading stops at the cap even if the file grows.
 * O_NONBLOCK keeps the open from waiting for a FIFO's writer.
 */
export function readTextCapped(path: string, cap: number, flag: string, cwd: string): string {
  let fd: number;
  try {
    fd = openSync(resolve(cwd, path), constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw new UsageError(`${flag} ${path}: cannot read the file (${codeOf(e)})`);
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new UsageError(`${flag} ${path}: is a directory, not a file`);
    if (!st.isFile()) {
      throw new UsageError(`${flag} ${path}: not a regular file (${kindOf(st)}); give a file`);
    }
    if (st.size > cap) {
      throw new UsageError(`${flag} ${path}: the file has ${st.size} bytes; the limit is ${mib(cap)}`);
    }
    const buf = Buffer.alloc(Math.min(cap, st.size) + 1);
    let n = 0;
    for (;;) {
      const got = readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
      if (n === buf.length) {
        if (n > cap)
          throw new UsageError(`${flag} ${path}: the file is larger than the limit of ${mib(cap)}`);
        break;
      }
    }
    return buf.toString('utf8', 0, n);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`${flag} ${path}: cannot read the file (${codeOf(e)})`);
  } finally {
    closeSync(fd);
  }
}

function kindOf(st: import('node:fs').Stats): string {
  if (st.isFIFO()) return 'a FIFO or pipe';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  return 'not a file';
}

/**
 * The file a path names, for comparing paths: symlinks and `./` resolved. For a file that does
 * not exist yet, the real path of its folder joined with its name.
 */
export function realPathOf(path: string, cwd: string): string {
  const abs = resolve(cwd, path);
  try {
    return realpathSync(abs);
  } catch {
    try {
      return join(realpathSync(dirname(abs)), basename(abs));
    } catch {
      return abs;
    }
  }
}

/**
 * Refuse two flags naming the same file, except `--in A --out A` (continue training in place:
 * the write is atomic). `paths` maps a flag to its path, in the order the message names them.
 */
export function assertNoCollisions(paths: [flag: string, path: string | undefined][], cwd: string): void {
  const given = paths.filter((p): p is [string, string] => p[1] !== undefined);
  for (let i = 0; i < given.length; i++) {
    for (let j = 0; j < i; j++) {
      const [fa, pa] = given[i];
      const [fb, pb] = given[j];
      if (new Set([fa, fb]).size === 2 && [fa, fb].sort().join() === '--in,--out') continue;
      if (realPathOf(pa, cwd) === realPathOf(pb, cwd)) {
        throw new UsageError(
          `${fa} ${pa} and ${fb} ${pb} name the same file; ${fa === '--in' || fb === '--in' ? 'it would be overwritten' : 'one would overwrite the other'}. Give different files.`,
        );
      }
    }
  }
}

/** Before training: the folder exists and is writable, and the target is not a folder. */
export function checkWritable(path: string, flag: string, cwd: string): void {
  const abs = resolve(cwd, path);
  const folder = dirname(abs);
  let target: import('node:fs').Stats | undefined;
  try {
    target = statSync(abs);
  } catch {
    target = undefined;
  }
  if (target?.isDirectory()) throw new UsageError(`${flag} ${path}: is a directory; give a file name`);
  if (target && !target.isFile()) {
    throw new UsageError(`${flag} ${path}: not a regular file (${kindOf(target)}); give a file name`);
  }
  let dir: import('node:fs').Stats;
  try {
    dir = statSync(folder);
  } catch {
    throw new UsageError(`${flag} ${path}: the folder ${folder} does not exist`);
  }
  if (!dir.isDirectory()) throw new UsageError(`${flag} ${path}: ${folder} is not a folder`);
  try {
    accessSync(folder, constants.W_OK | constants.X_OK);
    if (target) accessSync(abs, constants.W_OK);
  } catch (e) {
    throw new UsageError(`${flag} ${path}: cannot write there (${codeOf(e)})`);
  }
}

/**
 * The final write of the agent failed: save it beside the target (or, failing that, in the system's
 * temporary folder) and return where, or null if even that failed.
 */
export function rescueWrite(target: string, text: string, tmp: string): string | null {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const name = `${basename(target).replace(/\.json$/i, '')}.unsaved-${stamp}.json`;
  for (const folder of [dirname(target), tmp]) {
    const path = join(folder, name);
    try {
      writeFileAtomic(path, text);
      return path;
    } catch {
      // try the next folder
    }
  }
  return null;
}
