/**
 * The Lab's link: `#lab?preset=sb-6.4&quick=1&runs=20&seed=3` for a built-in experiment, or
 * `#lab?spec=<base64url JSON>` for a spec built in the page. Reading a link checks every value (the
 * preset's name, the counts, the spec with its zod schema) and refuses with the field named.
 */
import type { ExperimentSpecInput } from '../../train/experiment/spec.ts';
import { LabError } from './errors.ts';
import { buildJob, type LabSource } from './job.ts';

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const b64 = text.replaceAll('-', '+').replaceAll('_', '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

export function sourceToParams(source: LabSource): URLSearchParams {
  const p = new URLSearchParams();
  if (source.kind === 'custom') {
    p.set('spec', toBase64Url(JSON.stringify(source.spec)));
    return p;
  }
  p.set('preset', source.preset);
  if (source.quick) p.set('quick', '1');
  if (source.runs !== undefined) p.set('runs', String(source.runs));
  if (source.episodes !== undefined) p.set('episodes', String(source.episodes));
  if (source.seed !== undefined) p.set('seed', String(source.seed));
  return p;
}

function invalid(field: string, issue: 'count' | 'unreadable'): LabError<'lab-link-invalid'> {
  return new LabError('lab-link-invalid', { field, issue }, `link: ${field}: ${issue}`);
}

function count(p: URLSearchParams, key: string): number | undefined {
  const raw = p.get(key);
  if (raw === null) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw invalid(key, 'count');
  return Number(raw);
}

/**
 * The source a link describes, or null when it names none. Throws a `LabError` or an
 * `ExperimentError` ('experiment-spec-invalid') naming the field.
 */
export function paramsToSource(p: URLSearchParams): LabSource | null {
  const specText = p.get('spec');
  if (specText !== null) {
    let json: unknown;
    try {
      json = JSON.parse(fromBase64Url(specText));
    } catch {
      throw invalid('spec', 'unreadable');
    }
    const source: LabSource = { kind: 'custom', spec: json as ExperimentSpecInput };
    // buildJob checks it with parseExperimentSpec: an ExperimentError naming the field.
    buildJob(source);
    return source;
  }
  const preset = p.get('preset');
  if (preset === null) return null;
  const seedRaw = p.get('seed');
  const seed = seedRaw === null ? undefined : /^-?\d+$/.test(seedRaw) ? Number(seedRaw) : seedRaw;
  const source: LabSource = {
    kind: 'preset',
    preset,
    quick: p.get('quick') === '1',
    runs: count(p, 'runs'),
    episodes: count(p, 'episodes'),
    seed,
  };
  for (const k of ['runs', 'episodes', 'seed'] as const) if (source[k] === undefined) delete source[k];
  buildJob(source);
  return source;
}
