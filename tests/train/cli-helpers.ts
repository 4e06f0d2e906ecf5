import { type CliIO, main } from '../../src/train/cli.ts';

/** Run the CLI in-process with captured output; `cwd` resolves relative paths. */
export function runCli(args: string[], cwd?: string, hooks: Partial<CliIO> = {}) {
  let out = '';
  let err = '';
  const io: CliIO = {
    stdout: (s) => {
      out += s;
    },
    stderr: (s) => {
      err += s;
    },
    isTTY: false,
    cwd,
    ...hooks,
  };
  const code = main(args, io);
  return { code, out, err };
}
