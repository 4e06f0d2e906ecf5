/** What the reaction–diffusion run says to the user: the stability verdict, refusals, headlines. */
import { formatSig } from '../../core/format.ts';
import type { RdGrid } from '../../dynamics/rd/index.ts';

/** Four significant digits (5e-4 vs 4.964e-4 must stay distinguishable). */
const fmt = formatSig;

/**
 * The grid's stability verdict: `note` in full for the banner and the readout ('' when dt is within
 * the limit), `notice` its one-line headline. Built from the report, not from `grid.message`,
 * which a blow-up overwrites with its own story.
 */
export function stabilityWords(g: RdGrid): { note: string; notice: string } {
  if (g.stability.stable) return { note: '', notice: '' };
  const split = `${g.substeps} substeps of ${fmt(g.dt / g.substeps)}`;
  const over = `dt = ${fmt(g.dt)} is over the explicit-Euler stability limit ${fmt(g.stability.limitDt)}`;
  return g.substeps > 1
    ? {
        note: `${g.stability.message} Running each step as ${split}.`,
        notice: `${over}: running each step as ${split}.`,
      }
    : {
        note: `Unsafe: ${g.stability.message}`,
        notice: `Unsafe: ${over}; the checkerboard mode grows ×${fmt(g.stability.growthFactor)} per step.`,
      };
}

/** The grid prefixes its class name for developers; the user gets the sentence. */
export function userMessage(e: RangeError): string {
  return e.message.replace(/^RdGrid: /, '');
}

/** The message up to the first `stop` (a notice's one line), at most 160 characters. */
export function headline(message: string, stop: string): string {
  const i = message.indexOf(stop, 20);
  const head = i > 0 ? message.slice(0, i) : message;
  return head.length > 160 ? `${head.slice(0, 159)}…` : head;
}
