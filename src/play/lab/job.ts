/**
 * What the Lab runs: a built-in experiment (its parts, at the book's counts or the reduced ones,
 * with runs / episodes / seed changed as the CLI's flags change them) or one spec the user built.
 * A job is plain JSON (the parts' spec inputs), checked with the spec's zod schema before it runs.
 */
import { findPreset } from '../../train/experiment/presets/index.ts';
import type { ExperimentPreset } from '../../train/experiment/presets/types.ts';
import { type ExperimentSpecInput, parseExperimentSpec } from '../../train/experiment/spec.ts';
import { LabError } from './errors.ts';

/** A preset with the CLI's overrides (`--runs`, `--episodes`, `--seed`) and the quick-preview switch. */
export interface PresetSource {
  kind: 'preset';
  preset: string;
  /** Start from the preset's reduced counts (a preview) instead of the book's. */
  quick: boolean;
  runs?: number;
  episodes?: number;
  seed?: number | string;
}

export interface CustomSource {
  kind: 'custom';
  spec: ExperimentSpecInput;
}

export type LabSource = PresetSource | CustomSource;

export interface JobPart {
  /** The preset part's id; null for a custom spec. */
  id: string | null;
  spec: ExperimentSpecInput;
}

export interface LabJob {
  preset: ExperimentPreset | null;
  parts: JobPart[];
}

export function presetOf(name: string): ExperimentPreset {
  const preset = findPreset(name);
  if (preset === undefined) throw new LabError('lab-unknown-preset', { name }, `no preset ${name}`);
  return preset;
}

/**
 * The flags as the CLI applies them (src/cli/experiment/source.ts): `runs` sets only the interim
 * part's run count when the preset has one (sb-6.3), every part's otherwise; `episodes` and `seed`
 * set every part's (`episodes` only where the part counts episodes).
 */
export function applyOverrides(
  preset: ExperimentPreset,
  base: (part: ExperimentPreset['parts'][number]) => ExperimentSpecInput,
  o: { runs?: number; episodes?: number; seed?: number | string },
): JobPart[] {
  const hasInterim = preset.parts.some((p) => p.id === 'interim');
  return preset.parts.map((part) => {
    const spec: ExperimentSpecInput = structuredClone(base(part));
    if (o.runs !== undefined && (!hasInterim || part.id === 'interim')) spec.runs = o.runs;
    if (o.seed !== undefined) spec.seed = o.seed;
    if (o.episodes !== undefined && spec.steps === undefined) spec.episodes = o.episodes;
    return { id: part.id, spec };
  });
}

/** A part's spec at its reduced counts (the preset's preview). */
export function reducedSpec(part: ExperimentPreset['parts'][number]): ExperimentSpecInput {
  const spec: ExperimentSpecInput = { ...part.spec, runs: part.reduced.runs };
  if (part.reduced.episodes !== undefined) spec.episodes = part.reduced.episodes;
  if (part.reduced.steps !== undefined) spec.steps = part.reduced.steps;
  return spec;
}

/** The job a source describes; every part is checked with the spec schema (the error names the field). */
export function buildJob(source: LabSource): LabJob {
  if (source.kind === 'custom') {
    parseExperimentSpec(source.spec);
    return { preset: null, parts: [{ id: null, spec: source.spec }] };
  }
  const preset = presetOf(source.preset);
  const parts = applyOverrides(preset, source.quick ? reducedSpec : (p) => p.spec, source);
  for (const p of parts) parseExperimentSpec(p.spec);
  return { preset, parts };
}

/** Total runs over all parts and conditions is what progress counts; this is the parts' spec runs. */
export function jobName(job: LabJob): string {
  return job.preset?.id ?? (job.parts[0]?.spec.name || 'experiment');
}
