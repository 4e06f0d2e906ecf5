/**
 * Issue 9, items 1–4 and 8: nothing the CLI writes may be lost or half-written, whatever the flags.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAgent } from '../../src/agents/index.ts';
import { runCli } from './cli-helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'rl-cli-loss-'));
const fresh = (name: string) => mkdtempSync(join(dir, `${name}-`));

/** Train a small maze agent into `path` and return the file's text. */
function trainedAgent(path: string, episodes = 5): string {
  const r = runCli(['--layout', 'small', '--episodes', String(episodes), '--eval', '0', '--out', path]);
  expect(r.err).toBe('');
  return readFileSync(path, 'utf8');
}

/** Spawn the CLI (as `npm run train` does) and SIGKILL it as soon as it says it paused mid-write. */
function killMidWrite(args: string[], cwd: string): Promise<{ killed: boolean; stderr: string }> {
  const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
  const child = spawn(tsx, [join(process.cwd(), 'src/cli/main.ts'), ...args], {
    cwd,
    env: { ...process.env, RL_PLAYGROUND_TEST_PAUSE_MID_WRITE: '1' },
  });
  let stderr = '';
  return new Promise((resolve) => {
    child.stderr.on('data', (d) => {
      stderr += d;
      if (stderr.includes('paused mid-write')) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => resolve({ killed: signal === 'SIGKILL', stderr }));
  });
}

describe('item 1: every file is written to a temporary file and renamed', () => {
  it('a kill in the middle of writing --out (with --in A --out A) leaves the old agent intact', async () => {
    const d = fresh('kill-out');
    const a = join(d, 'agent.json');
    const before = trainedAgent(a);
    const r = await killMidWrite(['--in', a, '--out', a, '--episodes', '20', '--eval', '0'], d);
    expect(r.killed).toBe(true);
    expect(readFileSync(a, 'utf8')).toBe(before);
    expect(loadAgent(readFileSync(a, 'utf8')).provenance.episodesTrained).toBe(5);
  }, 60_000);

  it('a kill in the middle of writing --log leaves the old log intact', async () => {
    const d = fresh('kill-log');
    const log = join(d, 'episodes.csv');
    writeFileSync(log, 'the old log\n');
    const r = await killMidWrite(['--layout', 'small', '--episodes', '20', '--eval', '0', '--log', log], d);
    expect(r.killed).toBe(true);
    expect(readFileSync(log, 'utf8')).toBe('the old log\n');
  }, 60_000);

  it('a finished run replaces the files and leaves no temporary file behind', () => {
    const d = fresh('clean');
    const a = join(d, 'agent.json');
    trainedAgent(a);
    const r = runCli(['--in', a, '--out', a, '--episodes', '3', '--eval', '0', '--log', join(d, 'l.csv')]);
    expect(r.code).toBe(0);
    expect(loadAgent(readFileSync(a, 'utf8')).provenance.episodesTrained).toBe(8);
    expect(readdirSync(d).sort()).toEqual(['agent.json', 'l.csv']);
  });
});

describe('item 2: paths that name the same file are refused', () => {
  it.each([
    [
      '--log equal to --in',
      (a: string) => ['--in', a, '--log', a],
      /--log .* and --in .* name the same file/,
    ],
    [
      '--log equal to --out',
      (_a: string, d: string) => ['--out', join(d, 'x.json'), '--log', `${d}/./x.json`],
      /--log .* and --out .* name the same file/,
    ],
  ])('%s', (_name, argsOf, message) => {
    const d = fresh('collide');
    const a = join(d, 'agent.json');
    const before = trainedAgent(a);
    const r = runCli([...argsOf(a, d), '--episodes', '3', '--eval', '0']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(readFileSync(a, 'utf8')).toBe(before);
  });

  it('--out equal to the --layout file (through a symlink) is refused and the layout kept', () => {
    const d = fresh('layout');
    const layout = join(d, 'maze.txt');
    writeFileSync(layout, 'S..\n.#.\n..G\n');
    symlinkSync(layout, join(d, 'link.txt'));
    const r = runCli(['--layout', layout, '--out', join(d, 'link.txt'), '--episodes', '3']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--out .*link.txt and --layout .*maze.txt name the same file/);
    expect(readFileSync(layout, 'utf8')).toBe('S..\n.#.\n..G\n');
  });

  it('a relative path and an absolute one to the same file collide', () => {
    const d = fresh('relative');
    const a = join(d, 'agent.json');
    trainedAgent(a);
    const r = runCli(['--in', a, '--log', './agent.json', '--episodes', '1'], d);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/name the same file/);
  });

  it('--in A --out A stays allowed (continue training in place)', () => {
    const d = fresh('inplace');
    const a = join(d, 'agent.json');
    trainedAgent(a);
    expect(runCli(['--in', a, '--out', a, '--episodes', '2', '--eval', '0']).code).toBe(0);
    expect(loadAgent(readFileSync(a, 'utf8')).provenance.episodesTrained).toBe(7);
  });
});

describe('item 3: output paths are checked before training', () => {
  it.each([
    [
      'a missing folder',
      (d: string) => join(d, 'missing', 'agent.json'),
      /--out .*: the folder .*missing does not exist/,
    ],
    ['a directory', (d: string) => d, /--out .*: is a directory/],
  ])('--out in %s is refused before any training', (_name, pathOf, message) => {
    const d = fresh('pre');
    let trained = false;
    const r = runCli(['--layout', 'small', '--episodes', '5', '--out', pathOf(d)], undefined, {
      afterTraining: () => {
        trained = true;
      },
    });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(trained).toBe(false);
  });

  it('a bad --log is refused before training, so it cannot cost a good --out', () => {
    const d = fresh('badlog');
    const out = join(d, 'agent.json');
    const r = runCli(['--layout', 'small', '--episodes', '5', '--out', out, '--log', join(d, 'no', 'l.csv')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--log .*: the folder .*no does not exist/);
  });

  it('if the write still fails at the end, the agent is saved beside the target and the message says where', () => {
    const d = fresh('rescue');
    const out = join(d, 'agent.json');
    const r = runCli(['--layout', 'small', '--episodes', '5', '--eval', '0', '--out', out], undefined, {
      // The target turns into a folder after the pre-flight check: the rename must fail.
      afterTraining: () => mkdirSync(out),
    });
    expect(r.code).toBe(1);
    const rescued = readdirSync(d).filter((f) => f !== 'agent.json');
    expect(rescued).toHaveLength(1);
    expect(r.err).toMatch(new RegExp(`--out .*agent.json: cannot write .*saved to .*${rescued[0]}`));
    expect(loadAgent(readFileSync(join(d, rescued[0]), 'utf8')).provenance.episodesTrained).toBe(5);
  });
});

describe('item 4: no large arrays are spread', () => {
  it('trains 25 million episodes of a one-step maze without a stack overflow', () => {
    const d = fresh('many');
    const layout = join(d, 'sg.txt');
    writeFileSync(layout, 'SG\n');
    const r = runCli(['--layout', layout, '--episodes', '25000000', '--eval', '0', '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out);
    expect(s.episodes).toBe(25_000_000);
    expect(s.successRateLast100).toBe(1);
  }, 120_000);
});

describe('item 8: empty paths are refused', () => {
  it.each(['--in', '--out', '--log', '--layout'])('%s ""', (flag) => {
    const d = fresh('empty');
    const a = join(d, 'agent.json');
    const before = trainedAgent(a);
    const args = flag === '--out' ? ['--in', a, '--out', ''] : [flag, '', '--out', a];
    const r = runCli([...args, '--episodes', '1']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`${flag} "": must not be empty`));
    expect(readFileSync(a, 'utf8')).toBe(before);
  });
});
