/**
 * Issue 10: the CLI speaks English or Japanese. The language follows LC_ALL, then LC_MESSAGES,
 * then LANG, and `--lang en|ja` overrides them; help, summaries, notes and every error come from the
 * catalogs, with the same exit codes in both languages. A bad `--lang` is refused like a bad flag.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { languageOfEnv } from '../../src/cli/language.ts';
import { setLanguage } from '../../src/i18n/index.ts';
import { englishWords } from '../e2e/english.ts';
import { runCli } from './cli-helpers.ts';

afterAll(() => setLanguage('en'));

const dir = mkdtempSync(join(tmpdir(), 'rl-cli-lang-'));
const JA = { LANG: 'ja_JP.UTF-8' };
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/**
 * The Latin words of a Japanese help text once the command lines, flags and what they take are
 * taken out (flags stay as they are: `--episodes N`, `maze|jump`, `agent.json`, `generated:WxH`,
 * the CSV header, the locale variables). What is left must be names, units or maths.
 */
function uiEnglish(help: string): string[] {
  const code = help
    .replace(/^ {2}npm run train .*$/m, ' ')
    .replace(/-h\b/g, ' ')
    .replace(/\b[A-Za-z]+-v\d+\b/g, ' ') // env ids
    .replace(/--?[a-z][\w-]*(=\S+)?/g, ' ') // flags
    .replace(/\S*[|:,.=/[\]]\S*/g, (token) =>
      JAPANESE.test(token) ? token.replace(/[A-Za-z]\S*/g, ' ') : ' ',
    )
    // Values the user types, as they are: agent kinds, traces, schedules.
    .replace(/\b(q|sarsa|expected|double|n|step|lambda|dyna|actor|critic|learning)(-\w+)*\b/g, ' ')
    .replace(/Dyna-Q\+?/g, ' ')
    .replace(/\b(replacing|accumulating|constant|linear|exponential|learned)\b/g, ' ')
    .replace(
      /\b(LC_ALL|LC_MESSAGES|LANG|ETA|MiB|CSV|JSON|maze|jump|corridor|max|bias|q|sarsa|reinforce|mean|none|en|ja)\b/g,
      ' ',
    );
  return englishWords(code);
}

describe('the language: LC_ALL, then LC_MESSAGES, then LANG; --lang overrides', () => {
  it.each([
    [{}, 'en'],
    [{ LANG: 'ja_JP.UTF-8' }, 'ja'],
    [{ LANG: 'C.UTF-8' }, 'en'],
    [{ LC_MESSAGES: 'ja_JP.UTF-8', LANG: 'en_US.UTF-8' }, 'ja'],
    [{ LC_ALL: 'en_US.UTF-8', LC_MESSAGES: 'ja_JP', LANG: 'ja_JP.UTF-8' }, 'en'],
    [{ LC_ALL: 'ja', LANG: 'en_US' }, 'ja'],
    [{ LC_ALL: '', LANG: 'ja_JP.eucJP' }, 'ja'],
    [{ LC_ALL: 'fr_FR.UTF-8', LANG: 'ja_JP.UTF-8' }, 'en'],
  ])('%j → %s', (env, lang) => {
    expect(languageOfEnv(env)).toBe(lang);
  });

  it('--lang en wins over LANG=ja, --lang ja (and --lang=ja) over an English locale', () => {
    expect(runCli(['--help', '--lang', 'en'], undefined, { env: JA }).out).toMatch(
      /^Train an agent headless/,
    );
    expect(runCli(['--help', '--lang', 'ja']).out).toMatch(/^エージェントを画面なしで/);
    expect(runCli(['--help', '--lang=ja'], undefined, { env: { LC_ALL: 'en_US.UTF-8' } }).out).toMatch(
      /^エージェントを画面なしで/,
    );
  });
});

describe('--help in Japanese', () => {
  const help = runCli(['--help'], undefined, { env: JA });

  it('is Japanese, with the flags as they are and no English UI words', () => {
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^エージェントを画面なしで、全速力で学習させます。/);
    for (const term of [
      '探索率 ε',
      '学習率 α',
      '割引率 γ',
      'ベースライン',
      'エピソード',
      '収益',
      'Q学習',
      '方策',
    ]) {
      expect(help.out).toContain(term);
    }
    for (const flag of [
      '--episodes N',
      '--seed S',
      '--layout L',
      '--lang en|ja',
      '--no-progress',
      '--max-steps N',
    ]) {
      expect(help.out).toContain(flag);
    }
    expect(uiEnglish(help.out)).toEqual([]);
  });

  it('the English help has the same flags', () => {
    const flagsOf = (text: string) => [...new Set(text.match(/--[a-z][\w-]*/g))].sort();
    expect(flagsOf(help.out)).toEqual(flagsOf(runCli(['--help']).out));
  });

  it('the checker finds an English word left in it', () => {
    expect(uiEnglish(`${help.out}\n  --episodes N   number of training episodes`)).toEqual(
      expect.arrayContaining(['number', 'training', 'episodes']),
    );
  });
});

/** The same refusals in both languages: same exit code, English or Japanese words. */
const REFUSALS: [string, string[]][] = [
  ['an unknown flag', ['--bogus']],
  ['a flag given twice', ['--episodes', '5', '--episodes', '6']],
  ['a value that is not a number', ['--episodes', 'ten']],
  ['ε outside [0, 1]', ['--epsilon', '1.5']],
  ['an unknown env', ['--env', 'cartpole']],
  ['a flag for another agent', ['--lr', '0.1']],
  ['a tabular agent on the jump', ['--env', 'jump', '--agent', 'q']],
  ['an unknown layout', ['--layout', 'nowhere']],
  ['an even generated size', ['--layout', 'generated:8x9']],
  ['a missing --in', ['--in', '/nonexistent/agent.json']],
  ['a device as --in', ['--in', '/dev/zero']],
  ['a stray argument', ['stray']],
  ['a value for a switch', ['--json=yes']],
  ['an empty path', ['--out', '']],
  ['a bad --lang', ['--lang', 'xx']],
];

describe('errors in Japanese, with the same exit codes as in English', () => {
  it.each(REFUSALS)('%s', (_name, given) => {
    // A small budget, so a refusal that came too late would show as a finished run.
    const args = given.includes('--episodes') ? given : [...given, '--episodes', '1', '--eval', '0'];
    const en = runCli(args);
    const ja = runCli(args, undefined, { env: JA });
    const flagged = given.includes('--lang') ? [] : [runCli([...args, '--lang', 'ja'])];
    expect(en.code).toBe(2);
    expect(en.err).toMatch(/^error: /);
    expect(en.err).not.toMatch(JAPANESE);
    for (const r of [ja, ...flagged]) {
      expect(r.code).toBe(en.code);
      expect(r.err).toMatch(/^エラー: /);
      expect(r.err).toMatch(JAPANESE);
      expect(r.err).not.toMatch(/unexpected|\n\s+at /);
      expect(r.err.split('\n')).toHaveLength(2);
    }
  });

  it('--lang xx is refused naming the flag, in the locale’s language', () => {
    expect(runCli(['--lang', 'xx'])).toMatchObject({
      code: 2,
      err: 'error: --lang "xx": must be en or ja\n',
    });
    expect(runCli(['--lang=fr', '--help'], undefined, { env: JA })).toMatchObject({
      code: 2,
      err: 'エラー: --lang "fr": en か ja のどちらかにしてください。\n',
      out: '',
    });
  });

  it('names the flag and the file in Japanese too', () => {
    expect(runCli(['--in', '/dev/zero', '--lang', 'ja']).err).toBe(
      'エラー: --in /dev/zero: 通常のファイルではありません（キャラクタデバイス）。ファイルを指定してください。\n',
    );
    expect(runCli(['--epsilon', '1.5', '--lang', 'ja']).err).toBe(
      'エラー: --epsilon "1.5": 0 以上 1 以下にしてください。\n',
    );
  });

  it('a saved agent from another maze, a bad maze file and a diverged run', () => {
    const small = join(dir, 'small.json');
    expect(runCli(['--layout', 'small', '--episodes', '1', '--eval', '0', '--out', small]).code).toBe(0);
    const other = runCli(['--in', small, '--layout', 'bench10', '--lang', 'ja']);
    expect(other.code).toBe(2);
    expect(other.err).toMatch(
      /--in .*small\.json: 保存されたエージェントの Q 値の表は 49 状態 × 4 行動ですが/,
    );
    const maze = join(dir, 'bad-maze.txt');
    writeFileSync(maze, 'S..\n.X.\n..G\n');
    expect(runCli(['--layout', maze, '--lang', 'ja']).err).toMatch(
      /1 行 1 列（0 から数えます）に使えないマス「X」があります/,
    );
    const out = join(dir, 'diverged.json');
    const diverged = runCli([
      '--env',
      'jump',
      '--lr',
      '1e308',
      '--episodes',
      '50',
      '--out',
      out,
      '--lang',
      'ja',
    ]);
    expect(diverged.code).toBe(2);
    expect(diverged.err).toMatch(/^エラー: REINFORCE が発散しました。学習率 η = 1e\+308/);
    expect(diverged.err).toMatch(
      /最後の正常なエージェント（失敗した更新の前の θ）を --out .* に保存しました。/,
    );
    expect(JSON.parse(readFileSync(out, 'utf8')).kind).toBe('reinforce');
  });
});

describe('summaries and notes in Japanese', () => {
  it('the maze run: label, last 100 episodes and the greedy path', () => {
    const r = runCli(['--layout', 'bench10', '--episodes', '150', '--seed', '3', '--lang', 'ja']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(
      /^GridMaze-v0 · Q学習 · シード 3: 150 エピソード（このエージェントの合計 150 エピソード）/,
    );
    expect(r.out).toMatch(/直近 100 エピソード: 平均収益 .*、成功率 .*%、平均の長さ .* ステップ/);
    expect(r.out).toMatch(/貪欲方策の経路: 28 ステップ、最短経路 28 ステップ（最適）/);
  });

  it('the jump run’s sampled evaluation, and the --seed note for a continued maze run', () => {
    const jump = runCli(['--env', 'jump', '--episodes', '20', '--eval', '10', '--lang', 'ja']);
    expect(jump.out).toMatch(/JumpHole-v0 · REINFORCE · シード 0/);
    expect(jump.out).toMatch(/評価（10 エピソード、方策からサンプリング、学習なし）: 成功率 /);
    const saved = join(dir, 'seeded.json');
    runCli(['--layout', 'small', '--episodes', '3', '--seed', '1', '--eval', '0', '--out', saved]);
    const r = runCli(['--in', saved, '--episodes', '1', '--eval', '0', '--seed', '5', '--lang', 'ja']);
    expect(r.err).toMatch(/^注意: ここでは --seed 5 は効きません。/);
    expect(r.out).toMatch(/シード 1（--in から）/);
  });

  it('the summary of a loop in both languages', () => {
    const args = ['--layout', 'small', '--episodes', '0', '--max-steps', '1000'];
    expect(runCli(args).out).toMatch(
      /greedy policy: loops after 1 step \(does not reach G; shortest path 16 steps\)/,
    );
    expect(runCli([...args, '--lang', 'ja']).out).toMatch(/貪欲方策: 1 ステップで前に通ったマスに戻り/);
  });
});

describe('`npm run train` in a Japanese locale (a real process)', () => {
  const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
  const spawn = (args: string[], env: Record<string, string>) => {
    const clean = { ...process.env };
    for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) delete clean[name];
    return spawnSync(tsx, ['src/cli/main.ts', ...args], { encoding: 'utf8', env: { ...clean, ...env } });
  };

  it('LANG=ja_JP.UTF-8 gives Japanese help (exit 0) and a Japanese refusal (exit 2), as --lang ja does', () => {
    const help = spawn(['--help'], JA);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^エージェントを画面なしで/);
    const bad = spawn(['--episodes', '-3'], JA);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^エラー: --episodes/);
    const flagged = spawn(['--episodes', '-3', '--lang', 'ja'], { LANG: 'en_US.UTF-8' });
    expect(flagged.status).toBe(2);
    expect(flagged.stderr).toBe(bad.stderr);
    const english = spawn(['--episodes', '-3'], { LANG: 'en_US.UTF-8' });
    expect(english.status).toBe(2);
    expect(english.stderr).toMatch(/^error: --episodes/);
  });
});
