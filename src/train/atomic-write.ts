/**
 * Atomic file writes for everything the CLI writes (agent, log, results): the text goes to a
 * temporary file in the target's own folder, is flushed to disk (fsync) and only then renamed over
 * the target. A rename within one folder is atomic, so a reader, a crash or a kill at any moment
 * finds either the old file whole or the new one whole, never a mix or an empty file.
 *
 * `AtomicFile` streams: text is buffered and appended to the temporary file as it comes (a log of
 * millions of rows never sits in memory), and `commit()` makes it visible. Node only (node:fs).
 */
import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { FileError } from './errors.ts';

/** Bytes buffered before they go to the temporary file. */
const FLUSH_AT = 1 << 20;

/**
 * Test hook: with this variable set, `commit()` stops after the temporary file has been written and
 * before the rename, says so on stderr and waits (up to a minute), so a test can kill the process
 * mid-write and check that the target is intact.
 */
const PAUSE_ENV = 'RL_PLAYGROUND_TEST_PAUSE_MID_WRITE';

let counter = 0;

export class AtomicFile {
  readonly target: string;
  readonly tempPath: string;
  private fd: number | null;
  private pending: (string | Uint8Array)[] = [];
  private pendingLength = 0;

  /** Creates the temporary file beside `target` at once (so a folder problem shows up now). */
  constructor(target: string) {
    this.target = target;
    this.tempPath = join(dirname(target), `.${basename(target)}.${process.pid}.${++counter}.tmp`);
    this.fd = openSync(this.tempPath, 'wx', modeOf(target));
  }

  /** Text (UTF-8) or bytes (a PNG). */
  write(text: string | Uint8Array): void {
    if (this.fd === null) throw this.closed('write');
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= FLUSH_AT) this.flush();
  }

  /** Flush, fsync, close and rename over the target. On failure the temporary file is removed. */
  commit(): void {
    if (this.fd === null) throw this.closed('commit');
    try {
      this.flush();
      fsyncSync(this.fd);
      if (process.env[PAUSE_ENV]) pauseForTest(this.tempPath);
      closeSync(this.fd);
      this.fd = null;
      renameSync(this.tempPath, this.target);
    } catch (e) {
      this.abort();
      throw e;
    }
  }

  /** Drop the temporary file; the target is untouched. Safe to call twice. */
  abort(): void {
    if (this.fd !== null) {
      try {
        closeSync(this.fd);
      } catch {
        // already closed: nothing to do
      }
      this.fd = null;
    }
    try {
      unlinkSync(this.tempPath);
    } catch {
      // already renamed or removed
    }
    this.pending = [];
    this.pendingLength = 0;
  }

  private closed(operation: 'write' | 'commit'): FileError<'atomic-file-closed'> {
    return new FileError(
      'atomic-file-closed',
      { path: this.target, operation },
      `AtomicFile ${this.target}: ${operation} after commit or abort`,
    );
  }

  private flush(): void {
    if (this.pendingLength === 0 || this.fd === null) return;
    // Runs of text go out as one write; bytes as they are.
    let text = '';
    for (const chunk of this.pending) {
      if (typeof chunk === 'string') text += chunk;
      else {
        if (text !== '') writeSync(this.fd, text);
        text = '';
        writeSync(this.fd, chunk);
      }
    }
    if (text !== '') writeSync(this.fd, text);
    this.pending = [];
    this.pendingLength = 0;
  }
}

/** Write `text` to `target` atomically (temporary file, fsync, rename). */
export function writeFileAtomic(target: string, text: string | Uint8Array): void {
  const f = new AtomicFile(target);
  f.write(text);
  f.commit();
}

/** Keep the permissions of a file being replaced; a new file gets the usual 0o666 (less umask). */
function modeOf(target: string): number {
  try {
    return statSync(target).mode & 0o777;
  } catch {
    return 0o666;
  }
}

function pauseForTest(tempPath: string): void {
  const size = statSync(tempPath).size;
  process.stderr.write(`paused mid-write: ${tempPath} (${size} bytes written, not yet renamed)\n`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
}
