/**
 * Eigenvalues of a real 3×3 matrix from its characteristic cubic (SPEC §3 uses them as exact
 * Lyapunov exponents at fixed points). Closed form, no iteration, no allocation beyond the result.
 * Accurate to ~1e-12 relative for the well-separated spectra of the Lorenz Jacobians; not meant
 * for nearly defective matrices (a double root loses half the digits, as any cubic formula does).
 */

export interface Eigenvalues3 {
  /** Real parts, sorted descending (a complex pair has equal real parts). */
  re: [number, number, number];
  /** Imaginary parts matching `re`; a complex pair is listed as +ω then −ω. */
  im: [number, number, number];
}

/** Eigenvalues of the row-major 3×3 matrix `m` (m[3i + j] = M_ij). */
export function eigenvalues3(m: ArrayLike<number>): Eigenvalues3 {
  const [m00, m01, m02, m10, m11, m12, m20, m21, m22] = [
    m[0],
    m[1],
    m[2],
    m[3],
    m[4],
    m[5],
    m[6],
    m[7],
    m[8],
  ];
  // det(λI − M) = λ³ + a λ² + b λ + c with a = −tr M, b = sum of principal 2×2 minors, c = −det M.
  const a = -(m00 + m11 + m22);
  const b = m00 * m11 - m01 * m10 + m00 * m22 - m02 * m20 + m11 * m22 - m12 * m21;
  const c = -(m00 * (m11 * m22 - m12 * m21) - m01 * (m10 * m22 - m12 * m20) + m02 * (m10 * m21 - m11 * m20));
  const shift = -a / 3; // λ = t + shift removes the quadratic term: t³ + p t + q = 0
  const p = b - (a * a) / 3;
  const q = (2 * a * a * a) / 27 - (a * b) / 3 + c;
  const disc = (q * q) / 4 + (p * p * p) / 27; // > 0: one real root and a complex pair
  const cubic = (l: number) => ((l + a) * l + b) * l + c;
  const dcubic = (l: number) => (3 * l + 2 * a) * l + b;
  // One Newton step on the cubic polishes a real root computed by the closed form.
  const polish = (l: number) => {
    const d = dcubic(l);
    return d === 0 ? l : l - cubic(l) / d;
  };
  if (disc > 0) {
    const sq = Math.sqrt(disc);
    const u = Math.cbrt(-q / 2 + sq);
    const v = Math.cbrt(-q / 2 - sq);
    const real = polish(u + v + shift);
    // The pair sums to −a − real (trace) and multiplies to −c / real (determinant).
    const pairRe = (-a - real) / 2;
    const pairIm =
      real === 0 ? (Math.sqrt(3) / 2) * Math.abs(u - v) : Math.sqrt(Math.max(0, -c / real - pairRe * pairRe));
    return pairRe >= real
      ? { re: [pairRe, pairRe, real], im: [pairIm, -pairIm, 0] }
      : { re: [real, pairRe, pairRe], im: [0, pairIm, -pairIm] };
  }
  // Three real roots: t_k = 2 √(−p/3) cos(φ/3 − 2πk/3), cos φ = (3q / 2p) √(−3/p).
  const rad = p < 0 ? 2 * Math.sqrt(-p / 3) : 0;
  const cosPhi = p < 0 ? Math.min(1, Math.max(-1, ((3 * q) / (2 * p)) * Math.sqrt(-3 / p))) : 0;
  const phi = Math.acos(cosPhi);
  const roots = [0, 1, 2].map((k) => polish(rad * Math.cos(phi / 3 - (2 * Math.PI * k) / 3) + shift));
  roots.sort((x, y) => y - x);
  return { re: [roots[0], roots[1], roots[2]], im: [0, 0, 0] };
}
