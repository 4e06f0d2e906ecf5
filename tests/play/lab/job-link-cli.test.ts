import { describe, expect, it } from 'vitest';
import { cliCommand, fileStem, shellWord } from '../../../src/play/lab/cli-command.ts';
import { LabError } from '../../../src/play/lab/errors.ts';
import { buildJob } from '../../../src/play/lab/job.ts';
import { paramsToSource, sourceToParams } from '../../../src/play/lab/link.ts';
import { ExperimentError } from '../../../src/train/experiment/errors.ts';
import { findPreset } from '../../../src/train/experiment/presets/index.ts';
import { SMALL_SPEC } from './fixtures.ts';

describe('Lab jobs', () => {
  it('a preset at its own counts is its parts unchanged', () => {
    const job = buildJob({ kind: 'preset', preset: 'sb-6.4', quick: false });
    expect(job.parts).toHaveLength(1);
    expect(job.parts[0].spec.runs).toBe(200);
    expect(job.parts[0].spec.episodes).toBe(500);
  });

  it('the quick preview takes each part’s reduced counts; --runs sets only the interim part of sb-6.3', () => {
    const quick = buildJob({ kind: 'preset', preset: 'sb-6.3', quick: true });
    const own = findPreset('sb-6.3')?.parts ?? [];
    expect(quick.parts.map((p) => [p.id, p.spec.runs, p.spec.episodes])).toEqual(
      own.map((p) => [p.id, p.reduced.runs, p.reduced.episodes ?? p.spec.episodes]),
    );
    expect(quick.parts.map((p) => p.spec.runs)).not.toEqual(own.map((p) => p.spec.runs));
    const flags = buildJob({ kind: 'preset', preset: 'sb-6.3', quick: false, runs: 50, seed: 3 });
    expect(flags.parts.map((p) => [p.spec.runs, p.spec.seed])).toEqual([
      [50, 3],
      [10, 3],
    ]);
  });

  it('an unknown preset is refused with its name', () => {
    expect(() => buildJob({ kind: 'preset', preset: 'sb-99', quick: false })).toThrow(LabError);
  });
});

describe('Lab links', () => {
  it('a preset and a custom spec go through the link and come back equal', () => {
    const preset = { kind: 'preset' as const, preset: 'sb-6.4', quick: true, runs: 20, seed: 'abc' };
    expect(paramsToSource(new URLSearchParams(sourceToParams(preset).toString()))).toEqual(preset);
    const custom = { kind: 'custom' as const, spec: { ...SMALL_SPEC, name: 'α sweep — 試し' } };
    const back = paramsToSource(new URLSearchParams(sourceToParams(custom).toString()));
    expect(back).toEqual(custom);
    expect(paramsToSource(new URLSearchParams(''))).toBeNull();
  });

  it('a bad link names the field', () => {
    const bad = (q: string) => {
      try {
        paramsToSource(new URLSearchParams(q));
      } catch (e) {
        return e as { code: string; values: { field: string } };
      }
      throw new Error(`accepted: ${q}`);
    };
    expect(bad('preset=sb-6.4&runs=0').values.field).toBe('runs');
    expect(bad('preset=sb-6.4&runs=1.5').values.field).toBe('runs');
    expect(bad('preset=nope').code).toBe('lab-unknown-preset');
    expect(bad('spec=%%%').values.field).toBe('spec');
    const wrong = { ...SMALL_SPEC, runs: -3 };
    const e = bad(sourceToParams({ kind: 'custom', spec: wrong }).toString());
    expect(e).toBeInstanceOf(ExperimentError);
    expect(e.values.field).toBe('runs');
    const grid = { ...SMALL_SPEC, agents: [{ kind: 'sarsa', grid: { alpha: ['x'] } }] };
    expect(bad(sourceToParams({ kind: 'custom', spec: grid as never }).toString()).values.field).toBe(
      'agents[0].grid.alpha[0]',
    );
  });
});

describe('Copy CLI command', () => {
  it('a preset at its own counts, or with flags the CLI has, is one --preset line', () => {
    const line = (s: Parameters<typeof buildJob>[0]) => cliCommand(buildJob(s)).lines;
    expect(line({ kind: 'preset', preset: 'sb-6.4', quick: false })).toEqual([
      'npm run experiment -- --preset sb-6.4',
    ]);
    expect(
      line({ kind: 'preset', preset: 'sb-6.4', quick: false, runs: 30, episodes: 200, seed: 5 }),
    ).toEqual(['npm run experiment -- --preset sb-6.4 --runs 30 --episodes 200 --seed 5']);
    // sb-6.4's reduced counts (20 runs, 500 episodes) are --runs 20.
    expect(line({ kind: 'preset', preset: 'sb-6.4', quick: true })).toEqual([
      'npm run experiment -- --preset sb-6.4 --runs 20',
    ]);
    expect(line({ kind: 'preset', preset: 'sb-6.3', quick: false, runs: 500 })).toEqual([
      'npm run experiment -- --preset sb-6.3 --runs 500',
    ]);
  });

  it('what flags cannot reach (sb-6.3’s preview, a built spec) gives --spec files that hold the specs', () => {
    const quick = cliCommand(buildJob({ kind: 'preset', preset: 'sb-6.3', quick: true }));
    expect(quick.lines).toEqual([
      'npm run experiment -- --spec sb-6.3-interim.json',
      'npm run experiment -- --spec sb-6.3-asymptotic.json',
    ]);
    expect(quick.files.map((f) => [f.name, f.spec.runs])).toEqual([
      ['sb-6.3-interim.json', 100],
      ['sb-6.3-asymptotic.json', findPreset('sb-6.3')?.parts[1].reduced.runs],
    ]);
    const custom = cliCommand(buildJob({ kind: 'custom', spec: SMALL_SPEC }));
    expect(custom.lines).toEqual(['npm run experiment -- --spec tiny-cliff.json']);
    expect(custom.files[0].spec).toEqual(SMALL_SPEC);
  });

  it('quotes what a shell would split, and names files plainly', () => {
    expect(shellWord("it's")).toBe("'it'\\''s'");
    expect(shellWord('a b')).toBe("'a b'");
    expect(shellWord('sb-6.4')).toBe('sb-6.4');
    expect(fileStem('My α test!')).toBe('my-test');
    expect(fileStem('試し')).toBe('experiment');
  });
});
