/**
 * A slider over log₁₀ of a positive setting (speed 1/s … 1M/s, η 1e-5 … 0.1: a linear track cannot
 * reach both ends of several decades), whose text box speaks the setting's own units: it shows the
 * value, and a typed "100" means 100, not 10¹⁰⁰.
 *
 * Tweakpane parses a slider's text box as the slider's own (log) value and offers no parser option,
 * so a capture-phase listener reads the typed text first (`parseQuantity`: "2.5k", "1e-3", "40/s")
 * and hands Tweakpane the logarithm of what was meant. Values from the track are rounded to
 * `digits` significant digits (30, 1200, 45000); typed values are kept as typed, clamped to
 * [min, max] with the panel's notice (`field-limit.ts`).
 */
import type { BindingApi } from '@tweakpane/core';
import { notify } from '../../state/notices.ts';
import type { SettingsStore } from '../../state/settings-store.ts';
import { clampToLimit } from './field-limit.ts';
import type { PaneLike } from './panel.ts';
import { parseQuantity } from './parse-quantity.ts';

export interface LogSliderParams {
  label: string;
  /** The track's ends, in the setting's units (both > 0). */
  min: number;
  max: number;
  /** How the text box shows a value. */
  format: (value: number) => string;
  /** Significant digits kept from the track (default 2). */
  digits?: number;
  /** Why the range ends where it does, in the user's words (for the out-of-range notice). */
  why?: string;
}

/** Bind `key` of a settings store to a log slider. Returns the unsubscribe function. */
export function bindLogSlider<S extends object, K extends keyof S & string>(
  pane: PaneLike,
  store: SettingsStore<S>,
  key: K,
  params: LogSliderParams,
): () => void {
  const { min, max, format, label } = params;
  const digits = params.digits ?? 2;
  const clamp = (v: number) => Math.min(max, Math.max(min, v));
  const toLog = (v: number) => Math.log10(clamp(v));
  const current = () => store.getState()[key] as number;
  const proxy = { value: toLog(current()) };
  const binding = pane.addBinding(proxy, 'value', {
    label,
    min: Math.log10(min),
    max: Math.log10(max),
    format: (v: number) => format(10 ** v),
  }) as BindingApi<unknown, number>;

  // The value typed last, read before Tweakpane parses the text box as a logarithm.
  let typed: number | null = null;
  const input = binding.element.querySelector('input');
  const onTyped = (e: Event) => {
    if (!input || e.target !== input) return;
    const value = parseQuantity(input.value);
    if (value === null) return; // Tweakpane finds no number either: the box shows the value again
    // The panel's one rule for out-of-range values: clamp, and say which limit and why.
    const limited = clampToLimit(value, { name: label, min, max, why: params.why });
    typed = limited.value;
    if (limited.notice) notify('warning', limited.notice);
    input.value = String(Math.log10(typed));
  };
  binding.element.addEventListener('change', onTyped, true);

  let syncing = false;
  const show = () => {
    syncing = true;
    proxy.value = toLog(current());
    binding.refresh();
    syncing = false;
  };
  binding.on('change', (ev) => {
    if (syncing) return;
    // A typed value if this change is its logarithm, else a position on the track.
    const value =
      typed !== null && Math.abs(Math.log10(typed) - ev.value) < 1e-12
        ? typed
        : clamp(Number((10 ** ev.value).toPrecision(digits)));
    typed = null;
    if (value !== current()) store.getState().update({ [key]: value } as unknown as Partial<S>);
    // Show what the store holds (it may have refused the value).
    show();
  });
  const unsubscribe = store.subscribe((s) => {
    if (Math.abs(toLog(s[key] as number) - proxy.value) > 1e-12) show();
  });
  return () => {
    unsubscribe();
    binding.element.removeEventListener('change', onTyped, true);
  };
}
