/**
 * The Tweakpane parameter panel, bound to zustand settings stores.
 *
 * The panel clamps what its sliders can reach; the store validates every change (`update`) and
 * refuses out-of-range values with a notice, in which case the control snaps back. Changes made
 * elsewhere (a reload, the scene) flow back into the controls through a store subscription.
 */
import type { BindingParams, FolderApi } from '@tweakpane/core';
import { Pane } from 'tweakpane';
import type { SettingsStore } from '../../state/settings-store.ts';
import { keepControlsNamed } from './control-names.ts';
import { type FieldLimit, limitTypedValues } from './field-limit.ts';

export type PaneLike = Pane | FolderApi;

/**
 * A pane in `container`, its controls named for screen readers from their labels (./control-names.ts)
 * for as long as the pane lives.
 */
export function createPane(title: string, container = document.getElementById('panel') as HTMLElement): Pane {
  const pane = new Pane({ container, title });
  const stopNaming = keepControlsNamed(pane.element);
  const dispose = pane.dispose.bind(pane);
  pane.dispose = () => {
    stopNaming();
    dispose();
  };
  return pane;
}

/**
 * Bind `key` of a settings store to a control. Returns the unsubscribe function, which the scene
 * calls on shutdown (the pane itself is disposed separately). With a `limit`, a typed value out of
 * range is clamped with a notice (./field-limit.ts).
 */
export function bindSetting<S extends object, K extends keyof S & string>(
  pane: PaneLike,
  store: SettingsStore<S>,
  key: K,
  params: BindingParams = {},
  limit?: FieldLimit,
): () => void {
  const proxy = { [key]: store.getState()[key] } as Record<K, S[K]>;
  const binding = pane.addBinding(proxy, key, params);
  if (limit) limitTypedValues(binding, limit);
  binding.on('change', (ev) => {
    if (ev.value === store.getState()[key]) return;
    const refused = store.getState().update({ [key]: ev.value } as unknown as Partial<S>);
    if (refused) {
      proxy[key] = store.getState()[key];
      binding.refresh();
    }
  });
  return store.subscribe((s) => {
    if (!Object.is(s[key], proxy[key])) {
      proxy[key] = s[key];
      binding.refresh();
    }
  });
}
