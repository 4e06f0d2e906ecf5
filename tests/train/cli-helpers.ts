import { type CliIO, main } from '../../src/cli/main.ts';

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
    // English unless a test asks otherwise: the machine's own LANG must not change the wording.
    env: {},
    ...hooks,
  };
  const code = main(args, io);
  return { code, out, err };
}
