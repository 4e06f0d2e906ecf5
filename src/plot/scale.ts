/**
 * Axes' numbers: a linear map from data to pixels and "nice" tick values (1, 2 or 5 × 10ᵏ apart),
 * written as short as they round-trip at the tick spacing.
 */

export interface LinearScale {
  (x: number): number;
  domain: [number, number];
}

/** Map [d0, d1] onto [r0, r1] (a zero-width domain maps to the middle of the range). */
export function linearScale(d0: number, d1: number, r0: number, r1: number): LinearScale {
  const span = d1 - d0;
  const f = ((x: number) => (span === 0 ? (r0 + r1) / 2 : r0 + ((x - d0) / span) * (r1 - r0))) as LinearScale;
  f.domain = [d0, d1];
  return f;
}

/** The tick step nearest `span / target` among 1, 2 and 5 × 10ᵏ. */
export function tickStep(span: number, target: number): number {
  const raw = span / Math.max(1, target);
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * power;
}

/** Round a domain outward to whole tick steps (a flat one gets a little room). */
export function niceDomain(lo: number, hi: number, target = 6): [number, number] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 1];
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    return [lo - pad, hi + pad];
  }
  const step = tickStep(hi - lo, target);
  // `+ 0` turns −0 (from ceil of a small negative) into 0.
  return [Math.floor(lo / step) * step + 0, Math.ceil(hi / step) * step + 0];
}

/** Ticks within [lo, hi] at a nice step. */
export function ticks(lo: number, hi: number, target = 6): number[] {
  const step = tickStep(hi - lo, target);
  const out: number[] = [];
  const first = Math.ceil(lo / step - 1e-9);
  const last = Math.floor(hi / step + 1e-9);
  for (let k = first; k <= last && out.length < 100; k++) out.push(cleanTick(k * step, step));
  return out;
}

/** k·step without the float noise of the product (0.30000000000000004 → 0.3). */
function cleanTick(x: number, step: number): number {
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Number(x.toFixed(Math.min(digits, 20)));
}

/** A tick's text: plain digits, compact for large magnitudes. */
export function tickText(x: number, percent = false): string {
  if (percent) return `${formatTick(x)} %`;
  return formatTick(x);
}

function formatTick(x: number): string {
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e6 || a < 1e-4) return x.toExponential(1).replace('e+', 'e');
  // Up to 6 significant digits, trailing zeros dropped.
  return String(Number(x.toPrecision(6)));
}
