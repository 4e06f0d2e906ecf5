/**
 * "Copy CLI command": the `npm run experiment` line that reproduces what the page runs. A preset
 * whose parts the CLI's flags can reach (src/cli/experiment/source.ts: `--runs`, `--episodes`,
 * `--seed`) gets `--preset NAME [flags]`; anything else (a spec built in the page, a preview the
 * flags cannot express) gets `--spec FILE.json` per part, with the files to download.
 */
import type { ExperimentSpecInput } from '../../train/experiment/spec.ts';
import { applyOverrides, type LabJob } from './job.ts';

export interface SpecFile {
  name: string;
  spec: ExperimentSpecInput;
}

export interface CliCommand {
  /** One line per part to run (a preset: one line). */
  lines: string[];
  /** Spec files the lines read (empty for `--preset`). */
  files: SpecFile[];
}

/** A shell word as is when it is plain, else single-quoted. */
export function shellWord(s: string): string {
  return /^[A-Za-z0-9._/=-]+$/.test(s) ? s : `'${s.replaceAll("'", "'\\''")}'`;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A file name from a label: letters, digits, dots and dashes. */
export function fileStem(name: string): string {
  const stem = name
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return stem === '' ? 'experiment' : stem;
}

/** The flags that turn the preset's own parts into `job`'s, or null when no flags can. */
function presetFlags(job: LabJob): string[] | null {
  const preset = job.preset;
  if (preset === null || job.parts.length !== preset.parts.length) return null;
  const lead = job.parts.find((p) => p.id === 'interim') ?? job.parts[0];
  const leadOwn = preset.parts.find((p) => p.id === lead.id)?.spec;
  if (leadOwn === undefined) return null;
  const o: { runs?: number; episodes?: number; seed?: number | string } = {};
  if (lead.spec.runs !== leadOwn.runs) o.runs = lead.spec.runs;
  if (lead.spec.seed !== leadOwn.seed) o.seed = lead.spec.seed;
  const withEpisodes = job.parts.find((p) => p.spec.episodes !== undefined);
  const own = preset.parts.find((p) => p.id === withEpisodes?.id)?.spec;
  if (withEpisodes && own && withEpisodes.spec.episodes !== own.episodes)
    o.episodes = withEpisodes.spec.episodes;
  const parts = applyOverrides(preset, (p) => p.spec, o);
  if (!same(parts, job.parts)) return null;
  const flags: string[] = [];
  if (o.runs !== undefined) flags.push('--runs', String(o.runs));
  if (o.episodes !== undefined) flags.push('--episodes', String(o.episodes));
  if (o.seed !== undefined) flags.push('--seed', shellWord(String(o.seed)));
  return flags;
}

export function cliCommand(job: LabJob): CliCommand {
  const base = 'npm run experiment --';
  const flags = presetFlags(job);
  if (flags !== null && job.preset !== null) {
    return { lines: [[base, '--preset', job.preset.id, ...flags].join(' ')], files: [] };
  }
  const stem = fileStem(job.preset?.id ?? (job.parts[0]?.spec.name || 'experiment'));
  const files = job.parts.map((p) => ({
    name: job.parts.length > 1 && p.id !== null ? `${stem}-${fileStem(p.id)}.json` : `${stem}.json`,
    spec: p.spec,
  }));
  return { lines: files.map((f) => `${base} --spec ${shellWord(f.name)}`), files };
}
