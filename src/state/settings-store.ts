/**
 * A factory for persisted, versioned, validated settings stores (zustand vanilla + persist).
 *
 * - `update(patch)` validates the merged settings with the zod schema. A bad value is rejected with a
 *   message naming the field; the store keeps its previous state (nothing half-applied).
 * - Settings survive a reload through `storage`, which the app layer passes in (localStorage in the
 *   page, memory in tests): this layer never touches the page. Storage that is corrupt (not JSON, wrong shape, invalid values) or from an unknown version falls back to the defaults
 *   and says so through `notify`; it never throws.
 */
import type { z } from 'zod';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { type Catalog, t as currentCatalog } from '../i18n/language.ts';
import { notify } from './notices.ts';

export interface SettingsActions<S> {
  /** Apply a partial change. Returns null on success, or the refusal message (also notified). */
  update(patch: Partial<S>): string | null;
  /** Back to the defaults. */
  resetSettings(): void;
}

export type SettingsStore<S> = StoreApi<S & SettingsActions<S>> & {
  persist: { rehydrate(): Promise<void> | void; clearStorage(): void };
};

export interface SettingsStoreOptions<S> {
  /** Storage key. */
  name: string;
  /** Bump when the shape changes; older stored versions fall back to defaults with a notice. */
  version: number;
  schema: z.ZodType<S>;
  defaults: S;
  /** Where the settings are kept (the page passes localStorage; tests `memoryStorage()`). */
  storage: StateStorage;
  /** The store's name in messages ("Maze settings"), from the catalog of the language shown. */
  label: (t: Catalog) => string;
}

/** Format the first zod issue as "field: message". */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return `${issue.path.length ? issue.path.join('.') : 'value'}: ${issue.message}`;
}

export function memoryStorage(): StateStorage {
  const data = new Map<string, string>();
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

/** Wraps a storage so that a value that is not JSON is reported and treated as absent. */
function guardedStorage(inner: StateStorage, label: (t: Catalog) => string): StateStorage {
  return {
    getItem: (name) => {
      const raw = inner.getItem(name) as string | null;
      if (raw === null) return null;
      try {
        const value = JSON.parse(raw);
        if (!value || typeof value !== 'object' || !('state' in value)) throw new Error('no state in it');
        return raw;
      } catch (e) {
        const why = (e as Error).message;
        notify('warning', (t) => t.common.settings.unreadable({ label: label(t), why }));
        return null;
      }
    },
    setItem: (name, value) => {
      try {
        inner.setItem(name, value);
      } catch (e) {
        const why = (e as Error).message;
        notify('warning', (t) => t.common.settings.unsaved({ label: label(t), why }));
      }
    },
    removeItem: (name) => inner.removeItem(name),
  };
}

export function createSettingsStore<S extends object>(options: SettingsStoreOptions<S>): SettingsStore<S> {
  const { schema, defaults, label, version } = options;
  const storage = guardedStorage(options.storage, label);
  const keys = Object.keys(defaults) as (keyof S)[];
  const pickSettings = (state: S & SettingsActions<S>): S => {
    const out = {} as S;
    for (const k of keys) out[k] = state[k];
    return out;
  };
  const store = createStore<S & SettingsActions<S>>()(
    persist(
      (set, get) => ({
        ...defaults,
        update: (patch) => {
          const next = { ...pickSettings(get()), ...patch };
          const result = schema.safeParse(next);
          if (!result.success) {
            const issue = describeIssue(result.error);
            const message = (t: Catalog) => t.common.settings.refused({ label: label(t), issue });
            notify('error', message);
            return message(currentCatalog());
          }
          set(result.data as Partial<S & SettingsActions<S>>);
          return null;
        },
        resetSettings: () => set({ ...defaults } as Partial<S & SettingsActions<S>>),
      }),
      {
        name: options.name,
        version,
        storage: createJSONStorage(() => storage),
        partialize: (state) => pickSettings(state),
        migrate: (_persisted, from) => {
          notify('warning', (t) => t.common.settings.oldVersion({ label: label(t), from, version }));
          return { ...defaults } as S & SettingsActions<S>;
        },
        merge: (persisted, current) => {
          if (persisted === undefined || persisted === null) return current;
          const result = schema.safeParse({ ...defaults, ...(persisted as object) });
          if (!result.success) {
            const issue = describeIssue(result.error);
            notify('warning', (t) => t.common.settings.invalid({ label: label(t), issue }));
            return current;
          }
          return { ...current, ...result.data };
        },
      },
    ),
  );
  return store as SettingsStore<S>;
}
