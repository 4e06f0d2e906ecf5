/**
 * What the CLI runs: a preset's parts or a spec file, with --runs, --episodes and --seed applied,
 * each planned up front (planExperiment) so that a spec that cannot run is refused before any
 * worker starts, naming the file (or preset) and the spec field.
 */
import { isCoded } from '../../core/coded-error.ts';
import { describeError } from '../../i18n/describe-error.ts';
import { t } from '../../i18n/index.ts';
import { FileError } from '../../train/errors.ts';
import { type ExperimentPlan, planExperiment } from '../../train/experiment/plan.ts';
import { type ExperimentPreset, findPreset, PRESET_IDS } from '../../train/experiment/presets/index.ts';
import { readTextCapped } from '../../train/files.ts';
import { UsageError } from '../errors.ts';
import type { ExperimentArgs } from './args.ts';

/** A spec file is small; more than this is a mistake (a results file given by accident). */
export const MAX_SPEC_FILE_BYTES = 1024 * 1024;

export interface PartToRun {
  /** The preset part's id (null for a spec file). */
  id: string | null;
  plan: ExperimentPlan;
  /** How the terminal names it. */
  label: string;
}

export interface ExperimentSource {
  /** The preset, when one was named. */
  preset: ExperimentPreset | null;
  /** The preset's id or the spec file's path, as given. */
  name: string;
  parts: PartToRun[];
}

export function resolveSource(args: ExperimentArgs, cwd: string): ExperimentSource {
  const usage = t().cliExperiment.usage;
  if (args.preset !== undefined && args.spec !== undefined) throw new UsageError(usage.bothSources);
  if (args.preset !== undefined) {
    const preset = findPreset(args.preset);
    if (preset === undefined) {
      throw new UsageError(usage.unknownPreset({ name: args.preset, known: PRESET_IDS.join(', ') }));
    }
    // --runs sets only the interim run count of a preset that has an interim part (sb-6.3).
    const hasInterim = preset.parts.some((p) => p.id === 'interim');
    const parts = preset.parts.map((part) => {
      const runs = hasInterim && part.id !== 'interim' ? undefined : args.runs;
      const input = withOverrides(structuredClone(part.spec), { ...args, runs }, `--preset ${preset.id}`);
      const plan = planned(input, `--preset ${preset.id}`);
      const multi = preset.parts.length > 1;
      const partWords = t().experiments.parts as Record<string, string>;
      const partName = Object.hasOwn(partWords, part.id) ? partWords[part.id] : part.id;
      return {
        id: part.id,
        plan,
        label: t().cliExperiment.label({ name: preset.id, part: multi ? partName : null }),
      };
    });
    return { preset, name: preset.id, parts };
  }
  if (args.spec !== undefined) {
    const source = `--spec ${args.spec}`;
    let text: string;
    try {
      text = readTextCapped(args.spec, MAX_SPEC_FILE_BYTES, cwd);
    } catch (e) {
      if (e instanceof FileError) throw new UsageError(`--spec ${describeError(e)}`);
      throw e;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new UsageError(usage.notJson({ path: args.spec, detail: (e as Error).message }));
    }
    const plan = planned(withOverrides(json, args, source), source);
    const name = plan.spec.name === '' ? args.spec : plan.spec.name;
    return {
      preset: null,
      name: args.spec,
      parts: [{ id: null, plan, label: t().cliExperiment.label({ name, part: null }) }],
    };
  }
  throw new UsageError(usage.needSource);
}

/** The flags' counts and seed put into a spec (left alone when it is not an object: zod says why). */
function withOverrides(
  input: unknown,
  args: Pick<ExperimentArgs, 'runs' | 'episodes' | 'seed'>,
  source: string,
) {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  const spec = { ...(input as Record<string, unknown>) };
  if (args.runs !== undefined) spec.runs = args.runs;
  if (args.seed !== undefined) spec.seed = args.seed;
  if (args.episodes !== undefined) {
    if (spec.steps !== undefined)
      throw new UsageError(t().cliExperiment.usage.episodesNeedEpisodes({ source }));
    spec.episodes = args.episodes;
  }
  return spec;
}

function planned(input: unknown, source: string): ExperimentPlan {
  try {
    return planExperiment(input);
  } catch (e) {
    if (isCoded(e)) throw new UsageError(t().cliExperiment.usage.inSpec({ source, words: describeError(e) }));
    throw e;
  }
}
