import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { noticeStore, wordsOf } from '../../src/state/notices.ts';
import { createSettingsStore, memoryStorage } from '../../src/state/settings-store.ts';

const schema = z.object({
  epsilon: z.number().min(0).max(1),
  seed: z.number().int(),
});
const defaults = { epsilon: 0.1, seed: 0 };

const make = (storage = memoryStorage(), version = 1) =>
  createSettingsStore({ name: 'test', version, schema, defaults, storage, label: () => 'Test settings' });

const texts = () => noticeStore.getState().notices.map((n) => wordsOf(n.text));

describe('settings store', () => {
  beforeEach(() => noticeStore.getState().clear());

  it('applies valid changes and refuses invalid ones, keeping the old state', () => {
    const store = make();
    expect(store.getState().update({ epsilon: 0.3 })).toBeNull();
    expect(store.getState().epsilon).toBe(0.3);
    const msg = store.getState().update({ epsilon: 2, seed: 5 });
    expect(msg).toMatch(/Test settings: refused epsilon: .*1/);
    expect(store.getState()).toMatchObject({ epsilon: 0.3, seed: 0 });
    expect(texts().at(-1)).toBe(msg);
  });

  it('survives a reload through storage', async () => {
    const storage = memoryStorage();
    make(storage).getState().update({ epsilon: 0.7, seed: 3 });
    const reloaded = make(storage);
    await reloaded.persist.rehydrate();
    expect(reloaded.getState()).toMatchObject({ epsilon: 0.7, seed: 3 });
  });

  it.each([
    ['not JSON', '{oops', /unreadable/],
    ['JSON without state', '42', /unreadable/],
    ['invalid values', JSON.stringify({ state: { epsilon: 'lots' }, version: 1 }), /invalid \(epsilon/],
    [
      'another version',
      JSON.stringify({ state: { epsilon: 0.5 }, version: 0 }),
      /version 0, this is version 1/,
    ],
  ])('falls back to the defaults with a notice for %s', async (_label, raw, message) => {
    const storage = memoryStorage();
    storage.setItem('test', raw);
    const store = make(storage);
    await store.persist.rehydrate();
    expect(store.getState()).toMatchObject(defaults);
    expect(texts().join('\n')).toMatch(message);
  });
});
