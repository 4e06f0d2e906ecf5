/**
 * `npm run experiment` speaks English or Japanese (--lang, else the locale), and the script itself:
 * spawned as `npm run experiment` runs it, through tsx, with a SIGINT (Ctrl-C) that stops the runs
 * and still writes what finished.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliExperiment as en } from '../../src/i18n/en/cli-experiment.ts';
import { plot as enPlot } from '../../src/i18n/en/plot.ts';
import { cliExperiment as ja } from '../../src/i18n/ja/cli-experiment.ts';
import { plot as jaPlot } from '../../src/i18n/ja/plot.ts';
import { englishWords } from '../e2e/english.ts';
import { folderWithSpec, runExperimentCli } from './experiment-cli-helpers.ts';

const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
const entry = join(process.cwd(), 'src/cli/experiment/main.ts');

/** Every text of a catalog, its messages called with sample values. */
function strings(catalog: object): string[] {
  const sample = new Proxy({} as Record<string, unknown>, {
    get: (_t, key) =>
      key === 'workers' || key === 'window' || key === 'max'
        ? 2
        : key === 'part' || key === 'first'
          ? null
          : '7',
  });
  return Object.values(catalog).flatMap((v) =>
    typeof v === 'string' ? [v] : typeof v === 'function' ? [String(v(sample))] : strings(v),
  );
}

/** Latin words left once flags, file names, preset ids, commands and format names are taken out. */
function uiEnglish(text: string): string[] {
  return englishWords(
    text
      .replace(/npm run experiment/g, ' ')
      .replace(/\{\w+\}/g, ' ') // cli-progress's fields
      .replace(/-h\b/g, ' ')
      .replace(/--?[a-z][\w-]*/g, ' ')
      .replace(/\b(sb|posts)-[\w.-]+/g, ' ')
      .replace(/\S*\.(json|csv|svg|png)\b/g, ' ')
      .replace(/\b(LC_ALL|LC_MESSAGES|LANG|MiB|SVG|PNG|CSV|JSON|Ctrl-C|Ctrl|C|en|ja|part|n|N|S)\b/g, ' '),
  );
}

describe('npm run experiment in two languages', () => {
  it('the words: the same keys in en and ja, and no English left in ja', () => {
    for (const [a, b] of [
      [en, ja],
      [enPlot, jaPlot],
    ] as const) {
      expect(strings(b).length).toBe(strings(a).length);
      for (const text of strings(b)) expect(uiEnglish(text), text).toEqual([]);
    }
  });

  it('--help in English and in Japanese lists the same flags and the presets', async () => {
    const e = await runExperimentCli(['--help']);
    const j = await runExperimentCli(['--help', '--lang', 'ja']);
    expect(e.code).toBe(0);
    expect(j.code).toBe(0);
    expect(e.out).toMatch(/^Run an experiment over seeds/);
    expect(j.out).toMatch(/^シードとハイパーパラメータ/);
    const flags = (s: string) => [...new Set(s.match(/--[a-z][\w-]*/g))].sort();
    expect(flags(j.out)).toEqual(flags(e.out));
    for (const flag of [
      '--preset',
      '--spec',
      '--runs',
      '--episodes',
      '--workers',
      '--seed',
      '--out',
      '--plot',
      '--json',
      '--no-progress',
      '--lang',
    ]) {
      expect(e.out).toContain(flag);
    }
    expect(e.out).toContain('sb-6.4, sb-6.3');
    // The locale chooses when --lang is not given.
    const byLocale = await runExperimentCli(['--help'], undefined, { env: { LANG: 'ja_JP.UTF-8' } });
    expect(byLocale.out).toBe(j.out);
  });

  it('runs as a script: exit 0, the summary on stdout, the timing on stderr', () => {
    const dir = folderWithSpec();
    const r = spawnSync(tsx, [entry, '--spec', 'spec.json', '--workers', '2', '--json'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '' },
    });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).parts[0].runsDone).toBe(36);
    expect(r.stderr).toMatch(
      /^small test: 36 runs on 2 workers…\nsmall test: 36 runs in [0-9.]+ s on 2 workers\n/,
    );
  });

  it('SIGINT (Ctrl-C) stops the run, says so, writes the finished runs as partial and exits 130', async () => {
    const dir = folderWithSpec();
    const child = spawn(
      tsx,
      [entry, '--preset', 'sb-6.3', '--workers', '1', '--out', 'r.json', '--no-progress'],
      {
        cwd: dir,
        env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '' },
      },
    );
    let err = '';
    let pressed = false;
    const code = await new Promise<number | null>((resolve) => {
      child.stderr.on('data', (d) => {
        err += String(d);
        // Once the first part has started, press Ctrl-C. A terminal delivers one press twice (to
        // the process group, and tsx relays it): the second copy must not cut the writing short.
        if (/runs on 1 worker…/.test(err) && !pressed) {
          pressed = true;
          child.kill('SIGINT');
          setTimeout(() => child.kill('SIGINT'), 30);
        }
      });
      child.on('close', (c) => resolve(c));
    });
    expect(code, err).toBe(130);
    expect(err).toMatch(/stopped \(Ctrl-C\): [\d,]+ of [\d,]+ runs had finished; the files hold those/);
    expect(existsSync(join(dir, 'r.json'))).toBe(true);
    const file = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(file.preset).toBe('sb-6.3');
    expect(file.parts).toHaveLength(1);
    expect(file.parts[0].result.complete).toBe(false);
  });
});
