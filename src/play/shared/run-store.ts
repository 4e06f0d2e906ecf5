/**
 * Run state that can be subscribed to, the same way for every session: a zustand vanilla store with
 * selectors, holding small facts (mode, paused, which agent, steps learned…). The session writes it
 * with `publish` whenever a frame, an action or a worker snapshot changed something; scenes, panels,
 * readouts and charts subscribe to the facts they show (and unsubscribe on shutdown).
 */
import { subscribeWithSelector } from 'zustand/middleware';
import { createStore, type Mutate, type StoreApi } from 'zustand/vanilla';

export type RunStore<S> = Mutate<StoreApi<S>, [['zustand/subscribeWithSelector', never]]>;

export function createRunStore<S extends object>(initial: S): RunStore<S> {
  return createStore<S>()(subscribeWithSelector(() => initial));
}

/** Write the facts of `next` that differ from the store's (none differ: no notification at all). */
export function publish<S extends object>(store: StoreApi<S>, next: S): void {
  const now = store.getState();
  let changed: Partial<S> | null = null;
  for (const key in next) {
    if (!Object.is(now[key], next[key])) {
      changed ??= {};
      changed[key] = next[key];
    }
  }
  if (changed) store.setState(changed);
}

/**
 * Subscribe to a part of a plain store (the settings stores have no selector middleware): `listener`
 * runs when `select(state)` changes by `equal` (by default `Object.is`; `shallow` for objects).
 */
export function subscribeTo<S, U>(
  store: { subscribe(listener: (state: S) => void): () => void; getState(): S },
  select: (state: S) => U,
  listener: (selected: U) => void,
  equal: (a: U, b: U) => boolean = Object.is,
): () => void {
  let seen = select(store.getState());
  return store.subscribe((state) => {
    const next = select(state);
    if (equal(seen, next)) return;
    seen = next;
    listener(next);
  });
}
