/** The two-sided 95 % quantile of Student's t, for confidence intervals over a few runs. */

/** t₀.₉₇₅ for 1 … 30 degrees of freedom (standard tables, 9 decimals). */
const T975 = [
  12.706204736, 4.30265273, 3.182446305, 2.776445105, 2.570581836, 2.446911851, 2.364624252, 2.306004135,
  2.262157163, 2.228138852, 2.20098516, 2.17881283, 2.160368656, 2.144786688, 2.131449546, 2.119905299,
  2.109815578, 2.10092204, 2.093024054, 2.085963447, 2.079613845, 2.073873068, 2.06865761, 2.063898562,
  2.059538553, 2.055529439, 2.051830516, 2.048407142, 2.045229642, 2.042272456,
];
/** Φ⁻¹(0.975). */
const Z = 1.959963984540054;

/**
 * t₀.₉₇₅(df): the table up to 30, then the Cornish–Fisher expansion
 * t ≈ z + g₁/ν + g₂/ν² + g₃/ν³ (Abramowitz & Stegun 26.7.5), within 1e-6 of the exact value there.
 * NaN below 1 degree of freedom (one run has no spread).
 */
export function tQuantile975(df: number): number {
  if (!(df >= 1)) return Number.NaN;
  if (df <= 30 && Number.isInteger(df)) return T975[df - 1];
  const z = Z;
  const z3 = z * z * z;
  const z5 = z3 * z * z;
  const z7 = z5 * z * z;
  const g1 = (z3 + z) / 4;
  const g2 = (5 * z5 + 16 * z3 + 3 * z) / 96;
  const g3 = (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / 384;
  return z + g1 / df + g2 / (df * df) + g3 / (df * df * df);
}

/** Half-width of the 95 % interval of a mean from its sample variance and count (NaN for n < 2). */
export function ci95(variance: number, n: number): number {
  if (n < 2) return Number.NaN;
  return tQuantile975(n - 1) * Math.sqrt(variance / n);
}
