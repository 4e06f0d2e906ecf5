/** Closed-form landmarks the attractor scene shows: fixed points, their eigenvalues, the Hopf value. */
import { type Eigenvalues3, eigenvalues3 } from '../eig3.ts';
import type { LorenzParams, Vec3 } from './params.ts';
import { lorenzJacobian } from './vector-field.ts';

/** Origin, then, when b(r − 1) > 0 (r > 1 for b > 0), C± = (±√(b(r−1)), ±√(b(r−1)), r−1). */
export function fixedPoints(p: LorenzParams): Vec3[] {
  const points: Vec3[] = [[0, 0, 0]];
  const q = p.b * (p.r - 1);
  if (q > 0) {
    const c = Math.sqrt(q);
    points.push([c, c, p.r - 1], [-c, -c, p.r - 1]);
  }
  return points;
}

/** Eigenvalues of the Jacobian at a point (exact local Lyapunov exponents at a fixed point). */
export function jacobianEigenvalues(p: LorenzParams, point: ArrayLike<number>): Eigenvalues3 {
  return eigenvalues3(lorenzJacobian(p, point[0], point[1], point[2]));
}

/**
 * Subcritical Hopf value of C±: r_H = σ(σ + b + 3)/(σ − b − 1) (24.7368 at σ = 10, b = 8/3).
 * Infinity when σ ≤ b + 1: C± then stay stable for every r.
 */
export function hopfR(p: Pick<LorenzParams, 'sigma' | 'b'>): number {
  const den = p.sigma - p.b - 1;
  return den > 0 ? (p.sigma * (p.sigma + p.b + 3)) / den : Number.POSITIVE_INFINITY;
}
