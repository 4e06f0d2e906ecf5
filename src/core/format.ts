/**
 * Numbers as people read them, the same in every panel, HUD, chart, notice and the CLI.
 * Pure functions, no DOM (the CLI uses them too).
 */

/**
 * The language numbers are written for. The app layer sets it with the page's or the CLI's
 * language (i18n/language.ts); it only changes how large counts are shortened (1.2M in English,
 * 120万 in Japanese), so everything else here reads the same in both.
 */
let formatLocale: 'en' | 'ja' = 'en';
const COUNT_FORMAT = { en: new Intl.NumberFormat('en-US'), ja: new Intl.NumberFormat('ja-JP') };
const JA_COMPACT = [0, 1].map(
  (digits) => new Intl.NumberFormat('ja-JP', { notation: 'compact', maximumFractionDigits: digits }),
);

export function setFormatLocale(locale: 'en' | 'ja'): void {
  formatLocale = locale;
}

/** A whole count with thousands separators: 1234567 → "1,234,567". */
export function formatCount(n: number): string {
  return COUNT_FORMAT[formatLocale].format(Math.round(n));
}

/**
 * Short for large values: 950 → "950", 1234 → "1.2k", 45000 → "45k", 1000 → "1k", 2.5e6 → "2.5M".
 * In Japanese, Intl's compact notation: 12345 → "1.2万", 2.5e6 → "250万".
 */
export function formatCompact(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (formatLocale === 'ja') {
    // Japanese counts in 万 (1e4) and 億 (1e8): one decimal below ten of them, as in English.
    const a = Math.abs(n);
    const unit = a >= 1e8 ? 1e8 : a >= 1e4 ? 1e4 : 1;
    if (unit === 1) return String(Math.round(n));
    return JA_COMPACT[a >= 10 * unit ? 0 : 1].format(n);
  }
  const a = Math.abs(n);
  for (const [scale, suffix] of COMPACT_UNITS) {
    // One decimal below ten units (1.2k), none above (45k); no ".0" (1k, not 1.0k).
    if (a >= scale) return `${Number((n / scale).toFixed(a >= 10 * scale ? 0 : 1))}${suffix}`;
  }
  return String(Math.round(n));
}
const COMPACT_UNITS: readonly [number, string][] = [
  [1e9, 'G'],
  [1e6, 'M'],
  [1e3, 'k'],
];

/** `digits` significant digits without trailing zeros: 0.000496381 → "0.0004964" (4 digits). */
export function formatSig(x: number, digits = 4): string {
  return Number.isFinite(x) ? String(Number(x.toPrecision(digits))) : String(x);
}

/** Integers as counts ("1,250"), anything else with `decimals` decimals ("0.13"). */
export function formatNumber(x: number, decimals = 2): string {
  return Number.isInteger(x) ? formatCount(x) : x.toFixed(decimals);
}

/** With its sign, a true minus: 3 → "+3", −0.5 → "−0.50". */
export function formatSigned(x: number, decimals = 2): string {
  const body = formatNumber(Math.abs(x), decimals);
  return x > 0 ? `+${body}` : x < 0 ? `−${body}` : body;
}

/** A fraction as a percentage: 0.1234 → "12.3%" (1 decimal); NaN → "–". */
export function formatPercent(fraction: number, decimals = 1): string {
  return Number.isNaN(fraction) ? '–' : `${(100 * fraction).toFixed(decimals)}%`;
}

/**
 * A chart axis tick, short enough for a narrow axis: compact from 10,000 up (1.5M), a power of ten
 * below 0.01 (1e-4), else up to 4 significant digits.
 */
export function formatTick(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e4) return formatCompact(v);
  if (a > 0 && a < 1e-2) return v.toExponential(0);
  return formatSig(v, 4);
}
