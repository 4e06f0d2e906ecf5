/**
 * Files a training run reads and writes (the CLI's `--in`, `--layout`, `--out`, `--log`): capped
 * reads, pre-flight checks of output paths before any training, the file a path names (to compare
 * paths), and a rescue copy of the agent when the final write fails anyway. Every refusal is a
 * `FileError` with a code, the path and the reason; the CLI words it and names the flag.
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
import { FileError, type FileKind } from './errors.ts';

/**
 * Input caps. An agent for the largest maze the CLI accepts (1001 × 1001 cells, 4 actions: about
 * 4 million Q-values of up to 24 characters) fits in 128 MiB; a layout file of 1001 rows of 1001
 * tiles is about 1 MiB.
 */
export const MAX_AGENT_FILE_BYTES = 128 * 1024 * 1024;
export const MAX_LAYOUT_FILE_BYTES = 4 * 1024 * 1024;

const mib = (n: number) => `${n / (1024 * 1024)} MiB`;
/** The system's code for a failed call (ENOENT, EACCES…), or its message. */
export const reasonOf = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

const unreadable = (path: string, e: unknown) => {
  const reason = reasonOf(e);
  return new FileError('file-unreadable', { path, reason }, `${path}: cannot read the file (${reason})`);
};

/**
 * Read a regular file as UTF-8, at most `cap` bytes. Devices, FIFOs and sockets are refused (a size
 * check would not stop /dev/zero or a pipe), and reading stops at the cap even if the file grows.
 * O_NONBLOCK keeps the open from waiting for a FIFO's writer.
 */
export function readTextCapped(path: string, cap: number, cwd: string): string {
  let fd: number;
  try {
    fd = openSync(resolve(cwd, path), constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw unreadable(path, e);
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) {
      throw new FileError('file-is-folder', { path }, `${path}: is a directory, not a file`);
    }
    if (!st.isFile()) {
      const kind = kindOf(st);
      throw new FileError(
        'file-not-regular',
        { path, kind },
        `${path}: not a regular file (${KIND_WORDS[kind]}); give a file`,
      );
    }
    if (st.size > cap) {
      throw new FileError(
        'file-too-large',
        { path, size: st.size, limit: cap },
        `${path}: the file has ${st.size} bytes; the limit is ${mib(cap)}`,
      );
    }
    const buf = Buffer.alloc(Math.min(cap, st.size) + 1);
    let n = 0;
    for (;;) {
      const got = readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
      if (n === buf.length) {
        if (n > cap) {
          throw new FileError(
            'file-too-large',
            { path, size: null, limit: cap },
            `${path}: the file is larger than the limit of ${mib(cap)}`,
          );
        }
        break;
      }
    }
    return buf.toString('utf8', 0, n);
  } catch (e) {
    if (e instanceof FileError) throw e;
    throw unreadable(path, e);
  } finally {
    closeSync(fd);
  }
}

/** English for `.message`; the catalogs word the kinds for people. */
const KIND_WORDS: Record<FileKind, string> = {
  fifo: 'a FIFO or pipe',
  'character-device': 'a character device',
  'block-device': 'a block device',
  socket: 'a socket',
  other: 'not a file',
};

function kindOf(st: import('node:fs').Stats): FileKind {
  if (st.isFIFO()) return 'fifo';
  if (st.isCharacterDevice()) return 'character-device';
  if (st.isBlockDevice()) return 'block-device';
  if (st.isSocket()) return 'socket';
  return 'other';
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

/** Before training: the folder exists and is writable, and the target is not a folder. */
export function checkWritable(path: string, cwd: string): void {
  const abs = resolve(cwd, path);
  const folder = dirname(abs);
  let target: import('node:fs').Stats | undefined;
  try {
    target = statSync(abs);
  } catch {
    target = undefined;
  }
  if (target?.isDirectory()) {
    throw new FileError('file-is-folder', { path }, `${path}: is a directory; give a file name`);
  }
  if (target && !target.isFile()) {
    const kind = kindOf(target);
    throw new FileError(
      'file-not-regular',
      { path, kind },
      `${path}: not a regular file (${KIND_WORDS[kind]}); give a file name`,
    );
  }
  let dir: import('node:fs').Stats;
  try {
    dir = statSync(folder);
  } catch {
    throw new FileError('folder-missing', { path, folder }, `${path}: the folder ${folder} does not exist`);
  }
  if (!dir.isDirectory()) {
    throw new FileError('folder-not-folder', { path, folder }, `${path}: ${folder} is not a folder`);
  }
  try {
    accessSync(folder, constants.W_OK | constants.X_OK);
    if (target) accessSync(abs, constants.W_OK);
  } catch (e) {
    const reason = reasonOf(e);
    throw new FileError('file-unwritable', { path, reason }, `${path}: cannot write there (${reason})`);
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
