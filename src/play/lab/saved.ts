/**
 * Finished results kept in the browser (localStorage): a small index (id, name, when, size) and one
 * entry per result, as `resultToJSON` writes each part. The store holds at most `LIMIT_CHARS`
 * characters; saving more drops the oldest entries first. An entry that cannot be read back is
 * refused with the field named (`LabError('lab-saved-corrupt')`), and the list still opens.
 */
import { z } from 'zod';
import { type ExperimentResult, resultToJSON } from '../../train/experiment/results.ts';
import type { PartResult } from '../../train/experiment/results-file.ts';
import { LabError } from './errors.ts';
import type { LabSource } from './job.ts';
import { resultFromJSON } from './result-codec.ts';

const INDEX_KEY = 'rl-playground/lab/index';
const ENTRY_PREFIX = 'rl-playground/lab/result/';
/** About 2 MB of text of the browser's usual 5 MB per site; the agents keep theirs too. */
export const LIMIT_CHARS = 2_000_000;

export interface SavedInfo {
  id: string;
  name: string;
  /** ms since 1970 (Date.now()). */
  savedAt: number;
  chars: number;
  runsDone: number;
}

export interface SavedExperiment {
  info: SavedInfo;
  source: LabSource;
  parts: PartResult[];
}

/** The part of `Storage` the store uses (tests pass a Map-backed one). */
export type KeyValue = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const infoSchema = z.object({
  id: z.string(),
  name: z.string(),
  savedAt: z.number(),
  chars: z.number().int().min(0),
  runsDone: z.number().int().min(0),
});
const entrySchema = z.object({
  format: z.literal('rl-playground-lab-saved'),
  version: z.literal(1),
  source: z.union([
    z.object({
      kind: z.literal('preset'),
      preset: z.string(),
      quick: z.boolean(),
      runs: z.number().int().min(1).optional(),
      episodes: z.number().int().min(1).optional(),
      seed: z.union([z.number().int(), z.string()]).optional(),
    }),
    z.object({ kind: z.literal('custom'), spec: z.record(z.string(), z.unknown()) }),
  ]),
  parts: z.array(z.object({ id: z.string().nullable(), result: z.unknown() })).min(1),
});

export class SavedResults {
  constructor(private readonly kv: KeyValue) {}

  /** The saved entries, newest first (an unreadable index reads as empty). */
  list(): SavedInfo[] {
    let raw: unknown;
    try {
      raw = JSON.parse(this.kv.getItem(INDEX_KEY) ?? '[]');
    } catch {
      return [];
    }
    const parsed = z.array(infoSchema).safeParse(raw);
    return parsed.success ? [...parsed.data].sort((a, b) => b.savedAt - a.savedAt) : [];
  }

  private writeIndex(list: SavedInfo[]): void {
    this.kv.setItem(INDEX_KEY, JSON.stringify(list));
  }

  /**
   * Keep `parts` under `name`; returns the entry's info and how many older entries were dropped to
   * make room. Throws `LabError` when it is too big or the browser refuses.
   */
  save(
    name: string,
    source: LabSource,
    parts: PartResult[],
    now = Date.now(),
  ): { info: SavedInfo; dropped: number } {
    const body = `{"format":"rl-playground-lab-saved","version":1,"source":${JSON.stringify(source)},"parts":[${parts
      .map((p) => `{"id":${JSON.stringify(p.id)},"result":${resultToJSON(p.result)}}`)
      .join(',')}]}`;
    if (body.length > LIMIT_CHARS) {
      throw new LabError(
        'lab-saved-too-big',
        { size: body.length, limit: LIMIT_CHARS },
        `saved result: ${body.length} characters, more than ${LIMIT_CHARS}`,
      );
    }
    const list = this.list();
    let used = list.reduce((s, e) => s + e.chars, 0);
    let dropped = 0;
    while (list.length > 0 && used + body.length > LIMIT_CHARS) {
      const oldest = list.pop() as SavedInfo;
      this.kv.removeItem(ENTRY_PREFIX + oldest.id);
      used -= oldest.chars;
      dropped++;
    }
    const runsDone = parts.reduce((s, p) => s + p.result.runsDone, 0);
    const id = `${now.toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
    const info: SavedInfo = { id, name, savedAt: now, chars: body.length, runsDone };
    try {
      this.kv.setItem(ENTRY_PREFIX + id, body);
      this.writeIndex([info, ...list]);
    } catch (e) {
      this.kv.removeItem(ENTRY_PREFIX + id);
      this.writeIndex(list);
      throw new LabError('lab-saved-refused', { detail: String(e) }, `saved result: ${String(e)}`);
    }
    return { info, dropped };
  }

  /** Read an entry back; throws `LabError('lab-saved-corrupt')` naming the field that broke. */
  open(id: string): SavedExperiment {
    const info = this.list().find((e) => e.id === id);
    const text = this.kv.getItem(ENTRY_PREFIX + id);
    if (info === undefined || text === null) {
      throw new LabError('lab-saved-corrupt', { field: '(missing)' }, 'saved result: missing');
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new LabError('lab-saved-corrupt', { field: '(JSON)' }, 'saved result: not JSON');
    }
    const parsed = entrySchema.safeParse(json);
    if (!parsed.success) {
      const path = parsed.error.issues[0].path.map(String).join('.');
      throw new LabError('lab-saved-corrupt', { field: path || '(top level)' }, `saved result: ${path}`);
    }
    const parts = parsed.data.parts.map((p, i) => ({
      id: p.id,
      result: resultFromJSON(p.result, `parts[${i}].result`) as ExperimentResult,
    }));
    return { info, source: parsed.data.source as LabSource, parts };
  }

  remove(id: string): void {
    this.kv.removeItem(ENTRY_PREFIX + id);
    this.writeIndex(this.list().filter((e) => e.id !== id));
  }
}

/** The page's store, or null where the browser gives no storage (private mode in some browsers). */
export function browserSavedResults(): SavedResults | null {
  try {
    return typeof localStorage === 'undefined' ? null : new SavedResults(localStorage);
  } catch {
    return null;
  }
}
