/**
 * Issue 13's CLI: `npm run experiment`. The results file is the same to the byte for 1, 2 and 8
 * worker threads; --json has per part and configuration the summary (mean ± ci, n) and each curve's
 * last value; --plot writes an SVG with the legend's labels or a PNG; Ctrl-C keeps finished runs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inProcessPort } from '../../src/train/experiment/in-process.ts';
import type { ExperimentPort } from '../../src/train/experiment/protocol.ts';
import { folderWithSpec, runExperimentCli } from './experiment-cli-helpers.ts';

/** Workers in this thread, for the tests that are not about threads (starting one takes a second). */
const here = { spawn: inProcessPort };

describe('npm run experiment: results', () => {
  it('writes the same --out bytes (CSV and JSON) and the same SVG with 1, 2 and 8 workers', async () => {
    const dir = folderWithSpec();
    const files: Record<string, string[]> = { csv: [], json: [], svg: [] };
    for (const workers of ['1', '2', '8']) {
      // JSON with 1 and 2 only: each run starts real threads, and 8 of them take a while to boot.
      for (const ext of workers === '8' ? ['csv'] : ['csv', 'json']) {
        const args = ['--spec', 'spec.json', '--workers', workers, '--out', `r${workers}.${ext}`];
        if (ext === 'csv') args.push('--plot', `p${workers}.svg`);
        const r = await runExperimentCli(args, dir);
        expect(r.code, r.err).toBe(0);
        // Timings and the worker count are on the terminal, not in the files.
        expect(r.err).toMatch(new RegExp(`36 runs in [0-9.]+ s on ${workers} workers?`));
        files[ext].push(readFileSync(join(dir, `r${workers}.${ext}`), 'utf8'));
        if (ext === 'csv') files.svg.push(readFileSync(join(dir, `p${workers}.svg`), 'utf8'));
      }
    }
    for (const texts of Object.values(files)) {
      for (const text of texts) expect(text).toBe(texts[0]);
    }
    expect(files.json).toHaveLength(2);
    const csv = files.csv[0].trimEnd().split('\n');
    expect(csv[0]).toBe('section,condition,label,agent,alpha,metric,x,mean,ci95,n');
    // 3 conditions × (2 metrics × 30 episodes + a summary + 12 runs).
    expect(csv.length).toBe(1 + 3 * (60 + 1 + 12));
    expect(files.csv[0]).not.toMatch(/worker|elapsed|seconds/i);
    const json = JSON.parse(files.json[0]);
    expect(json.complete).toBe(true);
    expect(json.conditions.map((c: { label: string }) => c.label)).toEqual([
      'Sarsa alpha=0.1',
      'Sarsa alpha=0.5',
      'Q-learning',
    ]);
  });

  it('--json prints per part and configuration the summary mean ± ci with n, and the curves’ last values', async () => {
    const dir = folderWithSpec();
    const r = await runExperimentCli(['--spec', 'spec.json', '--workers', '2', '--json'], dir, here);
    expect(r.code, r.err).toBe(0);
    const s = JSON.parse(r.out);
    expect(s.experiment).toBe('spec.json');
    expect(s.complete).toBe(true);
    expect(s.parts).toHaveLength(1);
    const [part] = s.parts;
    expect(part).toMatchObject({ part: null, complete: true, runsDone: 36, runsTotal: 36 });
    expect(part.conditions).toHaveLength(3);
    for (const c of part.conditions) {
      expect(c.runs).toBe(12);
      expect(c.summary.n).toBe(12);
      expect(c.summary.mean).toBeGreaterThan(0);
      expect(c.summary.ci).toBeGreaterThan(0);
      expect(Object.keys(c.last).sort()).toEqual(['return', 'steps']);
      expect(c.last.steps).toMatchObject({ x: 30, n: 12 });
    }
    expect(part.conditions[0].point).toEqual({ alpha: 0.1 });
    // The summary is the same number the JSON results file holds.
    await runExperimentCli(['--spec', 'spec.json', '--workers', '1', '--out', 'r.json'], dir, here);
    const file = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(part.conditions[2].summary.mean).toBe(file.conditions[2].summary.mean);
    expect(r.err).not.toMatch(/unexpected/);
  });

  it('a preset of two parts writes both in one file: a part column in CSV, the parts in JSON', async () => {
    const dir = folderWithSpec();
    const common = ['--preset', 'sb-6.3', '--runs', '3', '--episodes', '20', '--workers', '2'];
    const a = await runExperimentCli([...common, '--out', 'r.csv'], dir, here);
    expect(a.code, a.err).toBe(0);
    const csv = readFileSync(join(dir, 'r.csv'), 'utf8').trimEnd().split('\n');
    expect(csv[0]).toBe('part,section,condition,label,agent,alpha,metric,x,mean,ci95,n');
    // --runs sets the interim part's runs only; the asymptotic part keeps its 10.
    expect(csv.filter((l) => l.startsWith('interim,run,')).length).toBe(30 * 3);
    expect(csv.filter((l) => l.startsWith('asymptotic,run,')).length).toBe(30 * 10);
    const b = await runExperimentCli([...common, '--out', 'r.json'], dir, here);
    expect(b.code, b.err).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(json.preset).toBe('sb-6.3');
    expect(json.parts.map((p: { part: string }) => p.part)).toEqual(['interim', 'asymptotic']);
    expect(json.parts[0].result.spec.runs).toBe(3);
    expect(json.parts[1].result.spec.runs).toBe(10);
  });
});

describe('npm run experiment: charts', () => {
  it('--plot .svg is a standalone SVG with the legend labels (and run counts), axes and title', async () => {
    const dir = folderWithSpec();
    const r = await runExperimentCli(['--spec', 'spec.json', '--workers', '1', '--plot', 'c.svg'], dir, here);
    expect(r.code, r.err).toBe(0);
    const svg = readFileSync(join(dir, 'c.svg'), 'utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    // Tags balance (a crude well-formedness check without a DOM).
    const opened = svg.match(/<(g|svg|clipPath)\b/g)?.length;
    const closed = svg.match(/<\/(g|svg|clipPath)>/g)?.length;
    expect(opened).toBe(closed);
    // A sweep over α (the grid) and one chart per curve metric.
    for (const label of [
      'Sarsa (12 runs)',
      'Q-learning (12 runs)',
      'Sarsa, α = 0.5 (12 runs)',
      'steps per episode',
    ]) {
      expect(svg).toContain(label);
    }
    expect(svg).toContain('>α<');
    expect(svg).toContain('small test');
    expect(svg).not.toMatch(/NaN|undefined/);
  });

  it('--plot .png is a PNG (its signature, and a size that is not trivial)', async () => {
    const dir = folderWithSpec();
    const r = await runExperimentCli(
      ['--preset', 'sb-6.4', '--runs', '2', '--episodes', '30', '--workers', '1', '--plot', 'c.png'],
      dir,
      here,
    );
    expect(r.code, r.err).toBe(0);
    const png = readFileSync(join(dir, 'c.png'));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // IHDR: width and height at twice the SVG's 860 px width.
    expect(png.readUInt32BE(16)).toBe(1720);
    expect(png.length).toBeGreaterThan(20_000);
  });
});

/** Ports that run in this thread; the first block's answer aborts the run (a Ctrl-C). */
function cancellingPorts(controller: AbortController): () => ExperimentPort {
  return () => {
    const port = inProcessPort();
    return {
      ...port,
      onMessage: (listener) =>
        port.onMessage((m) => {
          listener(m);
          controller.abort();
        }),
    };
  };
}

describe('npm run experiment: Ctrl-C and failures', () => {
  it('Ctrl-C stops the run, says so, writes the finished runs marked partial and exits 130', async () => {
    const dir = folderWithSpec();
    const controller = new AbortController();
    const r = await runExperimentCli(
      ['--spec', 'spec.json', '--workers', '1', '--out', 'r.json', '--json'],
      dir,
      {
        spawn: cancellingPorts(controller),
        signal: controller.signal,
      },
    );
    expect(r.code).toBe(130);
    expect(r.err).toMatch(/stopped \(Ctrl-C\): 1 of 36 runs had finished; the files hold those/);
    const file = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(file.complete).toBe(false);
    expect(file.runsDone).toBe(1);
    expect(JSON.parse(r.out).complete).toBe(false);
  });

  it('a failing worker leaves an existing --out file untouched and exits non-zero, without a stack', async () => {
    const dir = folderWithSpec();
    writeFileSync(join(dir, 'r.csv'), 'old results\n');
    const failing = (): ExperimentPort => {
      let listener: ((m: never) => void) | null = null;
      return {
        post: (m) => {
          if (m.type === 'block') {
            setTimeout(() =>
              listener?.({ type: 'error', id: m.id, error: null, message: 'worker crashed' } as never),
            );
          }
        },
        onMessage: (l) => {
          listener = l as never;
        },
        onFailure: () => {},
        terminate: () => {},
      };
    };
    const r = await runExperimentCli(['--spec', 'spec.json', '--out', 'r.csv', '--plot', 'c.svg'], dir, {
      spawn: failing,
    });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/\nerror: worker crashed\n$/);
    expect(r.err).not.toMatch(/wrote|\n\s+at /);
    expect(readFileSync(join(dir, 'r.csv'), 'utf8')).toBe('old results\n');
  });
});
