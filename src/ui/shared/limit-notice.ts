/**
 * The panel's one rule for out-of-range values: clamp to the limit and say so, naming the limit and
 * why, in the user's words (never the validator's). The stores keep refusing bad values that come
 * from storage or an API; the panel never sends them one.
 *
 * Interim home of the rule for the Lorenz and reaction–diffusion panels: when the page-wide helper
 * in src/ui/shared lands, `limitNotice` and `watchTypedLimits` are what it replaces.
 */
import type { BindingApi } from '@tweakpane/core';

/** A control's range and, for each end, why it is there (finishes "… is the largest value: "). */
export interface FieldLimit {
  min: number;
  max: number;
  whyMin: string;
  whyMax: string;
}

const show = (v: number) => String(Number(v.toPrecision(6)));

/** `value` clamped into the limit, and the notice to show when it had to be (null when it fits). */
export function limitNotice(
  label: string,
  value: number,
  limit: FieldLimit,
): { value: number; notice: string | null } {
  if (value > limit.max) {
    return {
      value: limit.max,
      notice: `${label}: ${show(value)} is over the largest value, ${show(limit.max)} — ${limit.whyMax}. Set to ${show(limit.max)}.`,
    };
  }
  if (value < limit.min) {
    return {
      value: limit.min,
      notice: `${label}: ${show(value)} is under the smallest value, ${show(limit.min)} — ${limit.whyMin}. Set to ${show(limit.min)}.`,
    };
  }
  return { value, notice: null };
}

/**
 * Say so when a value typed into `binding`'s text box is out of range. Tweakpane clamps a slider's
 * typed value before its own change event (so the event never shows what was typed); this listens
 * on the row in the capture phase, ahead of Tweakpane, to read the text as typed. The listener goes
 * with the row when the pane is disposed.
 */
export function watchTypedLimits(
  binding: BindingApi,
  label: string,
  limit: FieldLimit | (() => FieldLimit),
  say: (notice: string) => void,
): void {
  binding.element.addEventListener(
    'change',
    (e) => {
      const input = e.target;
      if (!(input instanceof HTMLInputElement) || input.value.trim() === '') return;
      const typed = Number(input.value);
      if (!Number.isFinite(typed)) return;
      const { notice } = limitNotice(label, typed, typeof limit === 'function' ? limit() : limit);
      if (notice) say(notice);
    },
    true,
  );
}
