/**
 * Issue 9, items 5–7 and 11–19 through the CLI: every bad input is refused with exit code 2 and a
 * message that names the flag, or the file and its JSON path; nothing crashes, hangs or is lost.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAgent, QLearningAgent, type ReinforceAgent } from '../../src/agents/index.ts';
import { MAZE_PRESETS, makeEnv } from '../../src/envs/index.ts';
import { greedyMazeEvaluation } from '../../src/train/evaluate.ts';
import { runCli } from './cli-helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'rl-cli-refuse-'));
let n = 0;
const file = (name: string) => join(dir, `${++n}-${name}`);

/** A saved agent file, edited by `edit`. */
function agentFile(args: string[], edit: (json: ReturnType<typeof JSON.parse>) => void = () => {}): string {
  const path = file('agent.json');
  const r = runCli([...args, '--eval', '0', '--out', path]);
  expect(r.err).toBe('');
  const json = JSON.parse(readFileSync(path, 'utf8'));
  edit(json);
  writeFileSync(path, JSON.stringify(json));
  return path;
}

const expectRefused = (r: { code: number; err: string }, message: RegExp) => {
  expect(r.err).toMatch(message);
  expect(r.err).not.toMatch(/unexpected error|\n\s+at /);
  expect(r.code).toBe(2);
};

describe('item 5: a diverging REINFORCE run exits 2 and keeps the last good agent', () => {
  it('--lr 1e308', () => {
    const out = file('diverged.json');
    const r = runCli(['--env', 'jump', '--lr', '1e308', '--episodes', '50', '--out', out]);
    expectRefused(r, /REINFORCE diverged.*last good agent .* saved to --out/s);
    const agent = loadAgent(readFileSync(out, 'utf8')) as ReinforceAgent;
    expect(Array.from(agent.theta).every(Number.isFinite)).toBe(true);
  });

  it('a loaded θ of 1e308', () => {
    const path = agentFile(['--env', 'jump', '--episodes', '10'], (j) => {
      j.state.theta = j.state.theta.map(() => 1e308);
    });
    expectRefused(runCli(['--in', path, '--episodes', '50']), /REINFORCE diverged/);
  });
});

describe('item 6: names are looked up by own keys only', () => {
  it.each(['toString', '__proto__', 'constructor', 'valueOf'])('--agent and --env %s', (name) => {
    expectRefused(
      runCli(['--agent', name]),
      new RegExp(`--agent "${name}": must be q, q-learning, sarsa, expected-sarsa, .*, actor-critic`),
    );
    expectRefused(
      runCli(['--env', name]),
      new RegExp(`--env "${name}": must be maze, jump, corridor or max-bias`),
    );
  });
});

describe('item 7: a table that turns non-finite stops training and is never saved', () => {
  it('Q = 1e308 with α = γ = 1 overflows: exit 2 naming the state and action, --out untouched', () => {
    const path = agentFile(['--layout', 'small', '--episodes', '1'], (j) => {
      j.state.q = j.state.q.map((_: number, i: number) => (i % 2 ? 1e308 : -1e308));
      j.params.alpha = 1;
      j.params.gamma = 1;
    });
    const out = file('out.json');
    writeFileSync(out, 'old');
    const r = runCli(['--in', path, '--episodes', '5', '--out', out]);
    expectRefused(r, /Q\(state \d+, action \d+ \(\w+\)\) became (Infinity|-Infinity|NaN)/);
    expect(r.err).toMatch(/--out .* was not written/);
    expect(readFileSync(out, 'utf8')).toBe('old');
  });
});

describe('item 11: a greedy evaluation that cycles is reported, not followed for ever', () => {
  it('greedyMazeEvaluation reports the loop', () => {
    // All Q = 0: the greedy action is always 0 (up), and up from S bumps the border: S again.
    const env = makeEnv('GridMaze-v0', { layout: 'small', maxEpisodeSteps: 10_000 });
    const agent = new QLearningAgent({ nStates: env.observationSpace.n, nActions: 4 });
    const ev = greedyMazeEvaluation(agent, env);
    expect(ev.greedyPathLength).toBeNull();
    expect(ev.loopsAfter).toBe(1);
  });

  it('the CLI says "loops after k steps" even with a huge --max-steps', () => {
    const r = runCli(['--layout', 'small', '--episodes', '0', '--max-steps', '1000000000']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/greedy policy: loops after 1 step \(does not reach G; shortest path 16 steps\)/);
  });
});

describe('item 13: a continued run keeps what it was given', () => {
  it('keeps the saved --max-steps unless --max-steps is given', () => {
    const path = agentFile(['--layout', 'bench10', '--episodes', '3', '--max-steps', '50']);
    const kept = JSON.parse(runCli(['--in', path, '--episodes', '1', '--json', '--eval', '0']).out);
    expect(kept.provenance.env.maxEpisodeSteps).toBe(50);
    const changed = JSON.parse(
      runCli(['--in', path, '--episodes', '1', '--json', '--eval', '0', '--max-steps', '70']).out,
    );
    expect(changed.provenance.env.maxEpisodeSteps).toBe(70);
  });

  it('says when --seed cannot apply, and labels the run with the agent’s own seed', () => {
    const path = agentFile(['--layout', 'small', '--episodes', '3', '--seed', '1']);
    const r = runCli(['--in', path, '--episodes', '1', '--eval', '0', '--seed', '5']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/--seed 5 has no effect here/);
    expect(r.out).toMatch(/seed 1 \(from --in\)/);
    expect(r.out).not.toMatch(/seed 5/);
  });
});

describe('item 14: a layout that differs from the saved one is refused unless --force', () => {
  const other = [
    'S.#...#...',
    '..#.#.#.#.',
    '.##.#...#.',
    '....####..',
    '###.#...#.',
    '....#.#.#.',
    '.####.#.#.',
    '......#.#.',
    '.######...',
    '........#G',
  ];
  it('refuses another 10 × 10 maze, accepts it with --force, and accepts the same maze from a file', () => {
    const path = agentFile(['--layout', 'bench10', '--episodes', '3']);
    const maze = file('other.txt');
    writeFileSync(maze, `${other.join('\n')}\n`);
    expectRefused(
      runCli(['--in', path, '--layout', maze, '--episodes', '1']),
      /--layout .*other.txt: the agent from --in .* was trained on another maze.*--force/,
    );
    expect(runCli(['--in', path, '--layout', maze, '--episodes', '1', '--eval', '0', '--force']).code).toBe(
      0,
    );
    const same = file('same.txt');
    writeFileSync(same, `${MAZE_PRESETS.bench10.rows.join('\n')}\n`);
    expect(runCli(['--in', path, '--layout', same, '--episodes', '1', '--eval', '0']).code).toBe(0);
  });
});

describe('item 15: coercions are refused', () => {
  it.each([
    [['--lr', '0x10'], /--lr "0x10": must be a decimal number/],
    [['--epsilon', '1e-400'], /--epsilon "1e-400": underflows to 0/],
    [['--gamma', ' 0.5'], /--gamma " 0.5": must be a decimal number/],
    [['--seed', '9007199254740993'], /--seed "9007199254740993": .*2\^53/],
    [['--episodes', '5', '--episodes', '6'], /--episodes is given twice/],
    [['--env', 'jump', '--batch', '500'], /--batch "500": must be at most 200/],
    [['--episodes', '99999999999999999999'], /--episodes "99999999999999999999": must be at most/],
    [['--max-steps', '99999999999'], /--max-steps "99999999999": must be at most 1000000000/],
    [['--eval', '99999999999'], /--eval "99999999999": must be at most 1000000/],
  ])('%j', (args, message) => {
    expectRefused(runCli(args), message);
  });
});

describe('item 16: errors in the --in file name the file and the JSON path', () => {
  it.each([
    [
      (j: Json) => (j.provenance.env.id = 'Nope-v0'),
      /provenance\.env\.id: unknown env "Nope-v0"; known: GridMaze-v0, JumpHole-v0/,
    ],
    [
      (j: Json) => (j.provenance.env.options.layout = 'nowhere'),
      /provenance\.env\.options\.layout: .*unknown preset "nowhere"/,
    ],
    [
      (j: Json) => (j.provenance.env.options.goalReward = 'abc'),
      /provenance\.env\.options\.goalReward: .*must be a finite number, got "abc"/,
    ],
    [(j: Json) => (j.provenance.env.maxEpisodeSteps = 0), /provenance\.env\.maxEpisodeSteps: /],
    [
      (j: Json) => (j.config.nStates = 1e9),
      /config\.nStates: nStates × nActions = 4000000000 is above the limit/,
    ],
  ])('maze file %#', (edit, message) => {
    const path = agentFile(['--layout', 'small', '--episodes', '1'], edit);
    const r = runCli(['--in', path, '--episodes', '1']);
    expectRefused(r, new RegExp(`--in ${path}: ${message.source}`));
  });

  it('gravity -20 in a jump agent', () => {
    const path = agentFile(
      ['--env', 'jump', '--episodes', '1'],
      (j) => (j.provenance.env.options.gravity = -20),
    );
    expectRefused(
      runCli(['--in', path, '--episodes', '1']),
      new RegExp(`--in ${path}: provenance\\.env\\.options\\.gravity: .*must be > 0, got -20`),
    );
  });
});

describe('item 18: inputs are read through a capped stream', () => {
  it.each(['--in', '--layout'])('%s /dev/zero is refused as a device', (flag) => {
    expectRefused(
      runCli([flag, '/dev/zero']),
      new RegExp(`${flag} /dev/zero: not a regular file \\(a character device\\)`),
    );
  });

  it('a FIFO is refused without waiting for a writer', () => {
    const fifo = file('fifo');
    execFileSync('mkfifo', [fifo]);
    expectRefused(runCli(['--in', fifo]), /not a regular file \(a FIFO or pipe\)/);
  });

  it('a file over the cap is refused before it is read', () => {
    const big = file('big.json');
    writeFileSync(big, '');
    truncateSync(big, 129 * 1024 * 1024); // sparse: costs no disk
    expectRefused(
      runCli(['--in', big]),
      /--in .*big.json: the file has 135266304 bytes; the limit is 128 MiB/,
    );
  });

  it('a million bad numbers cost one issue, naming the first', () => {
    const path = agentFile(['--layout', 'small', '--episodes', '1'], (j) => {
      j.config.nStates = 250_000;
      j.state.q = new Array(1_000_000).fill('NaN');
    });
    expectRefused(runCli(['--in', path]), /state\.q\.0: must be a finite number, got "NaN"$/m);
  });
});

describe('item 19: mazes are capped at 1001 × 1001', () => {
  it('generated:5001x5001 is refused at once', () => {
    expectRefused(
      runCli(['--layout', 'generated:5001x5001']),
      /--layout generated:5001x5001: .*from 5 to 1001/,
    );
  });
});

type Json = ReturnType<typeof JSON.parse>;
