/**
 * `npm run experiment` refusals: each names the flag, the file and the spec field, exits with 2,
 * prints no stack trace and writes nothing (an existing --out file stays as it was).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inProcessPort } from '../../src/train/experiment/in-process.ts';
import { folderWithSpec, runExperimentCli, SMALL_SPEC } from './experiment-cli-helpers.ts';

const here = { spawn: inProcessPort };

async function refused(args: string[], dir = folderWithSpec()) {
  writeFileSync(join(dir, 'old.csv'), 'old results\n');
  const r = await runExperimentCli([...args, '--out', 'old.csv'], dir, here);
  expect(r.code, r.err).toBe(2);
  expect(r.out).toBe('');
  expect(r.err).not.toMatch(/\n\s+at /);
  expect(r.err.split('\n').filter(Boolean)).toHaveLength(1);
  expect(readFileSync(join(dir, 'old.csv'), 'utf8')).toBe('old results\n');
  return r.err;
}

describe('npm run experiment: refusals name the flag, the file and the field', () => {
  it('an unknown preset: names --preset and lists the known ones', async () => {
    expect(await refused(['--preset', 'sb-9.9'])).toMatch(
      /^error: --preset sb-9\.9: no such experiment; known: sb-6\.4, sb-6\.3/,
    );
  });

  it.each([
    ['0', 'must be at least 1'],
    ['abc', 'must be a whole number'],
    ['100001', 'must be at most 100000'],
  ])('--runs %s: %s', async (value, why) => {
    expect(await refused(['--preset', 'sb-6.4', '--runs', value])).toBe(`error: --runs "${value}": ${why}\n`);
  });

  it('--workers 0 and --episodes 1.5 name their flags', async () => {
    expect(await refused(['--preset', 'sb-6.4', '--workers', '0'])).toMatch(
      /^error: --workers "0": must be a whole number from 1 to 64/,
    );
    expect(await refused(['--preset', 'sb-6.4', '--episodes', '1.5'])).toMatch(/^error: --episodes "1\.5": /);
  });

  it('no source, or two: says to give one', async () => {
    expect(await refused([])).toMatch(/give --preset NAME or --spec FILE/);
    expect(await refused(['--preset', 'sb-6.4', '--spec', 'spec.json'])).toMatch(
      /--preset and --spec: give one/,
    );
  });

  it('a missing spec file: names --spec and the path', async () => {
    expect(await refused(['--spec', 'nope.json'])).toMatch(/^error: --spec .*nope\.json/);
  });

  it('a spec file that is not JSON: names the file', async () => {
    const dir = folderWithSpec();
    writeFileSync(join(dir, 'bad.json'), '{ "runs": 3,');
    expect(await refused(['--spec', 'bad.json'], dir)).toMatch(/^error: --spec bad\.json: not valid JSON/);
  });

  it('a spec with a wrong field: names the file and the field', async () => {
    const wrong = { ...SMALL_SPEC, agents: [{ ...SMALL_SPEC.agents[0], grid: { alpha: ['big'] } }] };
    const dir = folderWithSpec(wrong);
    expect(await refused(['--spec', 'spec.json'], dir)).toMatch(
      /^error: --spec spec\.json: experiment spec, field agents\[0\]\.grid\.alpha\[0\]: /,
    );
  });

  it('a spec naming a hyper-parameter the agent lacks: names the file and the field', async () => {
    const wrong = { ...SMALL_SPEC, agents: [{ kind: 'sarsa', grid: { kappa: [0.1] } }] };
    const dir = folderWithSpec(wrong);
    expect(await refused(['--spec', 'spec.json'], dir)).toMatch(
      /^error: --spec spec\.json: experiment spec, field agents\[0\]\.grid\.kappa: /,
    );
  });

  it('a spec file over 1 MiB is not read', async () => {
    const dir = folderWithSpec();
    writeFileSync(join(dir, 'big.json'), `{"name":"${'x'.repeat(1024 * 1024 + 10)}"}`);
    expect(await refused(['--spec', 'big.json'], dir)).toMatch(/^error: --spec .*big\.json/);
  });

  it('--out and --plot must name a results file and a picture', async () => {
    const dir = folderWithSpec();
    const r = await runExperimentCli(['--preset', 'sb-6.4', '--out', 'r.txt'], dir, here);
    expect(r.code).toBe(2);
    expect(r.err).toBe('error: --out r.txt: the name must end in .csv or .json\n');
    expect(await refused(['--preset', 'sb-6.4', '--plot', 'c.pdf'], dir)).toBe(
      'error: --plot c.pdf: the name must end in .svg or .png\n',
    );
  });

  it('--out in a folder that does not exist: names --out before anything runs', async () => {
    const dir = folderWithSpec();
    mkdirSync(join(dir, 'sub'));
    const r = await runExperimentCli(['--spec', 'spec.json', '--out', 'missing/r.csv'], dir, here);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^error: --out .*missing/);
  });

  it('in Japanese too, naming the same flag', async () => {
    const r = await runExperimentCli(['--preset', 'sb-9.9', '--lang', 'ja'], undefined, here);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^エラー: --preset sb-9\.9: その名前の実験はありません/);
  });
});
