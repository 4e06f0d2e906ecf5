/** The CLI builds, trains and saves every tabular agent, with each algorithm's own flags. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAgent, TABULAR_AGENT_KINDS } from '../../src/agents/index.ts';
import { runCli } from './cli-helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'rl-cli-agents-'));
const small = ['--layout', 'small', '--episodes', '60', '--seed', '2', '--no-progress'];

describe('--agent: every tabular kind on the maze', () => {
  it.each(TABULAR_AGENT_KINDS)('%s trains, reaches G greedily and saves an agent that loads', (kind) => {
    const out = join(dir, `${kind}.json`);
    const r = runCli(['--agent', kind, ...small, '--out', out]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/greedy path: \d+ steps/);
    const agent = loadAgent(readFileSync(out, 'utf8'));
    expect(agent.kind).toBe(kind);
    expect(agent.provenance.episodesTrained).toBe(60);
  });

  it("passes each algorithm's own flags to the agent, and they survive the file", () => {
    const out = join(dir, 'dyna-plus.json');
    const r = runCli([
      '--agent',
      'dyna-q',
      '--planning-steps',
      '12',
      '--kappa',
      '0.001',
      '--initial-q',
      '0.5',
      '--epsilon-schedule',
      'linear:0.01:40',
      ...small,
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    const saved = JSON.parse(readFileSync(out, 'utf8'));
    expect(saved.params).toMatchObject({ planningSteps: 12, kappa: 0.001 });
    expect(saved.config).toMatchObject({
      initialQ: 0.5,
      epsilonSchedule: { kind: 'linear', floor: 0.01, episodes: 40 },
    });
    const lambda = join(dir, 'lambda.json');
    runCli([
      '--agent',
      'sarsa-lambda',
      '--lambda',
      '0.5',
      '--traces',
      'accumulating',
      ...small,
      '--out',
      lambda,
    ]);
    expect(JSON.parse(readFileSync(lambda, 'utf8')).params).toMatchObject({
      lambda: 0.5,
      traces: 'accumulating',
    });
    // A continued run changes a live parameter of its own kind.
    const more = runCli([
      '--in',
      lambda,
      '--lambda',
      '0.2',
      '--episodes',
      '5',
      '--out',
      lambda,
      '--no-progress',
    ]);
    expect(more.code).toBe(0);
    expect(JSON.parse(readFileSync(lambda, 'utf8')).params.lambda).toBe(0.2);
  });
});

describe('combinations that cannot work are refused with the reason', () => {
  it.each([
    [['--agent', 'q', '--lambda', '0.5'], /--lambda does not apply to Q-learning/],
    [['--agent', 'sarsa-lambda', '--n-steps', '3'], /--n-steps does not apply to SARSA\(λ\)/],
    [['--agent', 'expected-sarsa', '--kappa', '0.1'], /--kappa does not apply to Expected SARSA/],
    [['--agent', 'n-step-sarsa', '--n-steps', '0'], /--n-steps "0": must be at least 1/],
    [['--agent', 'q-lambda', '--traces', 'dutch'], /--traces "dutch": must be replacing or accumulating/],
    [
      ['--epsilon-schedule', 'linear:2:5'],
      /--epsilon-schedule "linear:2:5": must be constant, linear:FLOOR:EPISODES/,
    ],
    [['--epsilon-schedule', 'exponential:0.1'], /--epsilon-schedule "exponential:0.1": must be constant/],
    [['--agent', 'dyna-q', '--kappa', '11'], /--kappa "11": must be at most 10/],
    [['--env', 'jump', '--value-lr', '0.1'], /--value-lr applies to REINFORCE only with --baseline learned/],
  ])('%j', (args, message) => {
    const r = runCli([...args, '--episodes', '1', '--no-progress']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it('refuses a flag that sets how a new agent starts on an agent from --in', () => {
    const out = join(dir, 'q.json');
    runCli([...small, '--out', out]);
    const r = runCli(['--in', out, '--initial-q', '1', '--episodes', '1']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--initial-q sets how a new agent starts/);
  });

  it('says the same in Japanese', () => {
    const r = runCli(['--agent', 'q', '--lambda', '0.5', '--episodes', '1'], undefined, {
      env: { LANG: 'ja_JP.UTF-8' },
    });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--lambda はQ学習には使えません。/);
  });
});

describe('--env: the textbook envs', () => {
  it('corridor: REINFORCE learns from the short corridor; the greedy tabular policy is stuck there', () => {
    const pg = runCli([
      '--env',
      'corridor',
      '--agent',
      'reinforce',
      '--episodes',
      '200',
      '--eval',
      '20',
      '--no-progress',
    ]);
    expect(pg.code).toBe(0);
    expect(pg.out).toMatch(/^ShortCorridor-v0 · REINFORCE/);
    expect(pg.out).toMatch(/20 episodes, sampled policy, no learning\): success 100\.0%/);
    // All states look the same: a deterministic policy always takes one action and never ends.
    const q = runCli([
      '--env',
      'ShortCorridor-v0',
      '--agent',
      'q',
      '--episodes',
      '20',
      '--eval',
      '3',
      '--no-progress',
    ]);
    expect(q.code).toBe(0);
    expect(q.out).toMatch(/3 episodes, greedy policy, no learning\): success 0\.0%, mean return -1,000/);
  });

  it('max-bias: Double Q learns that right is best; its greedy evaluation is over many episodes', () => {
    const r = runCli([
      '--env',
      'max-bias',
      '--agent',
      'double-q',
      '--episodes',
      '300',
      '--eval',
      '50',
      '--no-progress',
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^MaxBias-v0 · Double Q-learning/);
    expect(r.out).toMatch(/50 episodes, greedy policy, no learning\): success 100\.0%, mean return 0/);
  });

  it('an unknown env is refused with the names it takes, and actor-critic alone goes to the jump', () => {
    const bad = runCli(['--env', 'cliff', '--no-progress']);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toMatch(/--env "cliff": must be maze, jump, corridor or max-bias/);
    const ac = runCli(['--agent', 'actor-critic', '--episodes', '5', '--eval', '0', '--no-progress']);
    expect(ac.code).toBe(0);
    expect(ac.out).toMatch(/^JumpHole-v0 · actor-critic/);
  });
});

describe('--generic-runner', () => {
  it.each(['q', 'sarsa', 'expected-sarsa', 'double-q'])(
    '%s: the fused kernel (default) and the generic runner save the same agent and log',
    (kind) => {
      const run = (extra: string[], name: string) => {
        const out = join(dir, `${name}.json`);
        const log = join(dir, `${name}.csv`);
        const r = runCli([
          '--agent',
          kind,
          '--layout',
          'small',
          '--seed',
          '2',
          '--no-progress',
          '--episodes',
          '300',
          '--out',
          out,
          '--log',
          log,
          ...extra,
        ]);
        expect(r.code).toBe(0);
        return [readFileSync(out, 'utf8'), readFileSync(log, 'utf8')];
      };
      const [fusedAgent, fusedLog] = run([], `${kind}-fused`);
      const [genericAgent, genericLog] = run(['--generic-runner'], `${kind}-generic`);
      expect(JSON.parse(fusedAgent).provenance.episodesTrained).toBe(300);
      expect(fusedAgent).toBe(genericAgent);
      expect(fusedLog).toBe(genericLog);
    },
  );
});
