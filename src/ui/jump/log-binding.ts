/**
 * A slider over log₁₀ of a positive setting (η spans decades: a linear slider cannot reach 1e-5 and
 * 0.1 both). The store keeps the value itself; this control shows and writes its logarithm, and
 * follows changes made elsewhere (the exact field, an import, a reload).
 */
import type { SettingsStore } from '../../state/settings-store.ts';
import { limitTypedValues } from '../shared/field-limit.ts';
import type { PaneLike } from '../shared/panel.ts';

export function bindLogSetting<S extends object, K extends keyof S & string>(
  pane: PaneLike,
  store: SettingsStore<S>,
  key: K,
  params: { label: string; min: number; max: number },
): () => void {
  const toLog = (v: number) => Math.min(params.max, Math.max(params.min, Math.log10(v)));
  const proxy = { value: toLog(store.getState()[key] as number) };
  const binding = pane.addBinding(proxy, 'value', { label: params.label, min: params.min, max: params.max });
  limitTypedValues(binding, {
    name: params.label,
    min: params.min,
    max: params.max,
    why: 'the slider’s range',
  });
  let syncing = false;
  binding.on('change', (ev) => {
    if (syncing) return;
    // Three significant digits: 10^−3.1549 is 0.0007, not 0.000699995.
    const value = Number((10 ** ev.value).toPrecision(3));
    if (value === store.getState()[key]) return;
    if (store.getState().update({ [key]: value } as unknown as Partial<S>)) {
      syncing = true;
      proxy.value = toLog(store.getState()[key] as number);
      binding.refresh();
      syncing = false;
    }
  });
  return store.subscribe((s) => {
    const v = toLog(s[key] as number);
    if (Math.abs(v - proxy.value) < 1e-9) return;
    syncing = true;
    proxy.value = v;
    binding.refresh();
    syncing = false;
  });
}
