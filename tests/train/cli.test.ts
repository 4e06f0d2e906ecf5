import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAgent, QLearningAgent } from '../../src/agents/index.ts';
import { type CliIO, main } from '../../src/cli/main.ts';

function run(args: string[]) {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (s) => (out += s), stderr: (s) => (err += s), isTTY: false, env: {} };
  const code = main(args, io);
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'rl-cli-'));

describe('train CLI', () => {
  it('trains a tiny maze budget, writes --out and --log, and reports the greedy path', () => {
    const out = join(dir, 'maze.json');
    const log = join(dir, 'maze.csv');
    const r = run([
      '--env',
      'maze',
      '--layout',
      'bench10',
      '--episodes',
      '150',
      '--seed',
      '3',
      '--out',
      out,
      '--log',
      log,
    ]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/GridMaze-v0 · Q-learning · seed 3: 150 episodes/);
    expect(r.out).toMatch(/greedy path: 28 steps, shortest path 28 steps \(optimal\)/);
    const csv = readFileSync(log, 'utf8').trim().split('\n');
    expect(csv[0]).toBe('episode,return,length,success');
    expect(csv).toHaveLength(151);
    expect(csv[1]).toMatch(/^1,1,\d+,1$/);
    const agent = loadAgent(readFileSync(out, 'utf8'));
    expect(agent).toBeInstanceOf(QLearningAgent);
    expect(agent.provenance).toMatchObject({
      seed: 3,
      episodesTrained: 150,
      env: { id: 'GridMaze-v0', options: { layout: 'bench10' } },
    });
  });

  it('continues training from --in, keeping the env and counting episodes on', () => {
    const first = join(dir, 'a.json');
    expect(run(['--layout', 'small', '--agent', 'sarsa', '--episodes', '20', '--out', first]).code).toBe(0);
    const second = join(dir, 'b.json');
    const r = run(['--in', first, '--episodes', '30', '--epsilon', '0.05', '--out', second, '--json']);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.out);
    expect(summary.provenance.episodesTrained).toBe(50);
    const agent = loadAgent(readFileSync(second, 'utf8'));
    expect(agent.kind).toBe('sarsa');
    expect(agent.params).toMatchObject({ epsilon: 0.05 });
    expect(agent.provenance.env?.options.layout).toBe('small');
  });

  it('reads a maze layout from a file and a generated maze', () => {
    const file = join(dir, 'maze.txt');
    writeFileSync(file, 'S..\n.#.\n..G\n');
    expect(run(['--layout', file, '--episodes', '30']).out).toMatch(/shortest path 4 steps/);
    expect(run(['--layout', 'generated:9x9:4', '--episodes', '5', '--eval', '0']).code).toBe(0);
  });

  it.each([
    [['--bogus'], /Unknown option '--bogus'/],
    [['--episodes', 'ten'], /--episodes "ten": must be a whole number/],
    [['--epsilon', '1.5'], /--epsilon "1.5": must be in \[0, 1\]/],
    [['--env', 'cartpole'], /--env "cartpole": must be maze, jump, corridor or max-bias/],
    [['--baseline', 'median'], /--baseline "median": must be mean, none or learned/],
    [['--env', 'jump', '--agent', 'q'], /Q-learning is tabular.*\(continuous\).*REINFORCE/],
    [['--lr', '0.1'], /--lr does not apply to Q-learning/],
    [['--env', 'jump', '--layout', 'small'], /--layout applies to the maze only/],
    [['--layout', 'nowhere'], /--layout nowhere: not a preset .* no such file/],
    [['--layout', 'generated:8x9'], /width must be an odd integer/],
    [['--in', '/nonexistent/agent.json'], /--in \/nonexistent\/agent.json: cannot read the file \(ENOENT\)/],
  ])('refuses %j with exit code 2 and a message naming it', (args, message) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it('refuses a bad or mismatched saved agent and an invalid maze file', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"format":"rl-playground-agent","version":1,"kind":"q-learning"}');
    expect(run(['--in', bad])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--in .*bad.json: config: missing \(expected an object\)/),
    });
    const small = join(dir, 'small.json');
    run(['--layout', 'small', '--episodes', '1', '--eval', '0', '--out', small]);
    expect(run(['--in', small, '--layout', 'bench10']).err).toMatch(
      /--in .*small.json: the saved agent's Q-table is 49 states × 4 actions; GridMaze-v0 here has 100 × 4/,
    );
    const maze = join(dir, 'bad-maze.txt');
    writeFileSync(maze, 'S..\n.X.\n..G\n');
    expect(run(['--layout', maze]).err).toMatch(/unknown tile "X" at \(row 1, col 1\)/);
  });

  it('prints help', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/--episodes N/);
    expect(r.out).toMatch(/bench10/);
  });

  it('runs as `npm run train` does (tsx entry point), exiting 2 on a bad flag', () => {
    const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
    const ok = spawnSync(tsx, ['src/cli/main.ts', '--layout', 'small', '--episodes', '5', '--eval', '0'], {
      encoding: 'utf8',
    });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/5 episodes/);
    const bad = spawnSync(tsx, ['src/cli/main.ts', '--episodes', '-3'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--episodes/);
  });
});
