/**
 * Read a number the way people type it into a panel field: "100", "2.5k", "1.2 M/s", "1e-3",
 * "1,000", "1 000". `k` is a thousand, `M` (or `m`) a million; a trailing unit such as "/s" or
 * "steps/s" is ignored. Returns null for anything else (the field then keeps its value).
 */
const QUANTITY = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*([kKmM])?\s*(?:(?:steps?\s*)?\/\s*s)?$/;
const MULTIPLIER: Record<string, number> = { k: 1e3, K: 1e3, m: 1e6, M: 1e6 };

export function parseQuantity(text: string): number | null {
  const clean = text.trim().replace(/(\d)[,\s\u00a0\u202f_](?=\d{3}\b)/g, '$1');
  const m = QUANTITY.exec(clean);
  if (!m) return null;
  const value = Number(m[1]) * (m[2] ? MULTIPLIER[m[2]] : 1);
  return Number.isFinite(value) ? value : null;
}
