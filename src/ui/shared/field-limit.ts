/**
 * One rule for out-of-range values typed into a panel: clamp to the limit, and say so in a notice
 * that names the limit and why ("ε must be between 0 and 1 (it is a probability); set to 1.").
 * Tweakpane alone clamps a slider's text box silently and lets a plain number field through to the
 * store, which refuses it with the validator's words; neither tells the user what happened.
 *
 * The limits come from the settings' zod schema (`schemaRange`), so the panel and the store agree.
 */
import type { BindingApi } from '@tweakpane/core';
import type { z } from 'zod';
import { formatSig } from '../../core/format.ts';
import { t } from '../../i18n/language.ts';
import { notify } from '../../state/notices.ts';

export interface FieldLimit {
  /** The field as the user sees it: "ε", "batch M", "dt". */
  name: string;
  min?: number;
  max?: number;
  /** Why the limit exists, in the user's words: "it is a probability". */
  why?: string;
  /** Why the lower end is where it is, when the two ends have different reasons. */
  whyMin?: string;
  /** Why the upper end is where it is ("larger steps blow up the explicit-Euler scheme"). */
  whyMax?: string;
}

/**
 * The bounds of a zod number schema (zod 4 exposes them), also behind a pipe (a finiteness check
 * piped into the range); an unbounded side is left out.
 */
export function schemaRange(schema: z.ZodType): { min?: number; max?: number } {
  const pipeOut = (schema as unknown as { out?: z.ZodType }).out;
  if (pipeOut) return schemaRange(pipeOut);
  const { minValue, maxValue } = schema as unknown as { minValue?: number | null; maxValue?: number | null };
  const out: { min?: number; max?: number } = {};
  if (typeof minValue === 'number' && minValue > Number.MIN_SAFE_INTEGER) out.min = minValue;
  if (typeof maxValue === 'number' && maxValue < Number.MAX_SAFE_INTEGER) out.max = maxValue;
  return out;
}

/** `value` clamped to the limit, and the notice to show when it had to be. */
export function clampToLimit(value: number, limit: FieldLimit): { value: number; notice: string | null } {
  const { min = Number.NEGATIVE_INFINITY, max = Number.POSITIVE_INFINITY } = limit;
  if (value >= min && value <= max) return { value, notice: null };
  const low = value < min;
  const clamped = low ? min : max;
  // An end with its own reason is named alone: "dt must be at most 0.01 (…)".
  const endWhy = low ? limit.whyMin : limit.whyMax;
  const said = endWhy
    ? describeLimit(low ? { name: limit.name, min, why: endWhy } : { name: limit.name, max, why: endWhy })
    : describeLimit(limit);
  return { value: clamped, notice: t().common.limit.setTo({ said, value: formatSig(clamped, 6) }) };
}

/** "ε must be between 0 and 1 (it is a probability)". */
export function describeLimit(limit: FieldLimit): string {
  const { name, why } = limit;
  // An infinite bound is no bound.
  const min = Number.isFinite(limit.min) ? limit.min : undefined;
  const max = Number.isFinite(limit.max) ? limit.max : undefined;
  const w = t().common.limit;
  const said =
    min !== undefined && max !== undefined
      ? w.between({ name, min: formatSig(min, 6), max: formatSig(max, 6) })
      : min !== undefined
        ? w.atLeast({ name, min: formatSig(min, 6) })
        : w.atMost({ name, max: formatSig(max ?? Number.POSITIVE_INFINITY, 6) });
  return why ? w.because({ said, why }) : said;
}

/**
 * Apply the rule to a binding's text box: a typed number outside the limit is replaced by the
 * clamped one before Tweakpane reads it (this listener runs first, in the capture phase), and the
 * notice goes up. The listener lives on the binding's own element and goes with it.
 */
export function limitTypedValues(binding: BindingApi, limit: FieldLimit): void {
  binding.element.addEventListener(
    'change',
    (e) => {
      const input = e.target;
      if (!(input instanceof HTMLInputElement) || input.type !== 'text') return;
      const typed = Number(input.value.trim());
      if (input.value.trim() === '' || !Number.isFinite(typed)) return;
      const { value, notice } = clampToLimit(typed, limit);
      if (notice === null) return;
      input.value = String(value);
      notify('warning', notice);
    },
    { capture: true },
  );
}
