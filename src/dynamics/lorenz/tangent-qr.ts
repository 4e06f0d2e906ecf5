/**
 * The Lyapunov kernel: RK4 for the trajectory, the linearized RK4 step for three tangent vectors,
 * and a modified Gram–Schmidt QR after every step, all in scalar locals.
 *
 * It is one long hand-unrolled function on purpose: this is the hot loop of every Lyapunov run
 * (`npm run bench -- --only lorenz`), and scalar locals, with the tangent stages written out once
 * per column, are the fastest form in V8. Each stage carries the formula it implements; nothing
 * else lives in this file.
 */

/**
 * Steps between two `Math.log` calls in the QR kernel: the R_ii of a block are multiplied first
 * (log of a product = sum of logs, ~1.4× faster overall). A block's product stays in range unless
 * one step stretches or shrinks by more than 1e±19, far outside RK4's stability region.
 */
export const LOG_BLOCK = 16;

/**
 * Advance `steps` RK4 steps of the state s[0..2] together with the three tangent vectors stored
 * column-major in s[3..11] (column c at s[3 + 3c ..]), re-orthonormalizing them by modified
 * Gram–Schmidt after every step and adding Σ log R_ii to logs[0..2].
 *
 * Everything lives in scalar locals (the fastest form in V8); the tangent stages are written out
 * once per column. Returns the number of steps completed: fewer than `steps` means the state or
 * the frame became non-finite within the LOG_BLOCK steps after that count.
 */
export function tangentQRSteps(
  sigma: number,
  r: number,
  b: number,
  dt: number,
  s: Float64Array,
  logs: Float64Array,
  steps: number,
): number {
  const h = dt;
  const h2 = 0.5 * dt;
  const h6 = dt / 6;
  let x = s[0];
  let y = s[1];
  let z = s[2];
  let q1x = s[3];
  let q1y = s[4];
  let q1z = s[5];
  let q2x = s[6];
  let q2y = s[7];
  let q2z = s[8];
  let q3x = s[9];
  let q3y = s[10];
  let q3z = s[11];
  let l1 = logs[0];
  let l2 = logs[1];
  let l3 = logs[2];
  let done = 0;
  while (done < steps) {
    const block = Math.min(LOG_BLOCK, steps - done);
    let p1 = 1; // Π R_11 over the block
    let p2 = 1;
    let p3 = 1;
    for (let i = 0; i < block; i++) {
      // RK4 stage points X1..X4 and the field there.
      const k1x = sigma * (y - x);
      const k1y = x * (r - z) - y;
      const k1z = x * y - b * z;
      const x2 = x + h2 * k1x;
      const y2 = y + h2 * k1y;
      const z2 = z + h2 * k1z;
      const k2x = sigma * (y2 - x2);
      const k2y = x2 * (r - z2) - y2;
      const k2z = x2 * y2 - b * z2;
      const x3 = x + h2 * k2x;
      const y3 = y + h2 * k2y;
      const z3 = z + h2 * k2z;
      const k3x = sigma * (y3 - x3);
      const k3y = x3 * (r - z3) - y3;
      const k3z = x3 * y3 - b * z3;
      const x4 = x + h * k3x;
      const y4 = y + h * k3y;
      const z4 = z + h * k3z;
      // Linearized RK4 for each tangent column u, with the Jacobian at the same stage points:
      // J(X) w = (σ(w1 − w0), (r − Z) w0 − w1 − X w2, Y w0 + X w1 − b w2).
      const t1a0 = sigma * (q1y - q1x); // d1 = J(X1) u
      const t1a1 = (r - z) * q1x - q1y - x * q1z;
      const t1a2 = y * q1x + x * q1y - b * q1z;
      let t1w0 = q1x + h2 * t1a0;
      let t1w1 = q1y + h2 * t1a1;
      let t1w2 = q1z + h2 * t1a2;
      const t1b0 = sigma * (t1w1 - t1w0); // d2 = J(X2)(u + h/2 d1)
      const t1b1 = (r - z2) * t1w0 - t1w1 - x2 * t1w2;
      const t1b2 = y2 * t1w0 + x2 * t1w1 - b * t1w2;
      t1w0 = q1x + h2 * t1b0;
      t1w1 = q1y + h2 * t1b1;
      t1w2 = q1z + h2 * t1b2;
      const t1c0 = sigma * (t1w1 - t1w0); // d3 = J(X3)(u + h/2 d2)
      const t1c1 = (r - z3) * t1w0 - t1w1 - x3 * t1w2;
      const t1c2 = y3 * t1w0 + x3 * t1w1 - b * t1w2;
      t1w0 = q1x + h * t1c0;
      t1w1 = q1y + h * t1c1;
      t1w2 = q1z + h * t1c2;
      q1x += h6 * (t1a0 + 2 * t1b0 + 2 * t1c0 + sigma * (t1w1 - t1w0)); // u + h/6 (d1 + 2d2 + 2d3 + d4)
      q1y += h6 * (t1a1 + 2 * t1b1 + 2 * t1c1 + (r - z4) * t1w0 - t1w1 - x4 * t1w2);
      q1z += h6 * (t1a2 + 2 * t1b2 + 2 * t1c2 + y4 * t1w0 + x4 * t1w1 - b * t1w2);
      const t2a0 = sigma * (q2y - q2x); // d1 = J(X1) u
      const t2a1 = (r - z) * q2x - q2y - x * q2z;
      const t2a2 = y * q2x + x * q2y - b * q2z;
      let t2w0 = q2x + h2 * t2a0;
      let t2w1 = q2y + h2 * t2a1;
      let t2w2 = q2z + h2 * t2a2;
      const t2b0 = sigma * (t2w1 - t2w0); // d2 = J(X2)(u + h/2 d1)
      const t2b1 = (r - z2) * t2w0 - t2w1 - x2 * t2w2;
      const t2b2 = y2 * t2w0 + x2 * t2w1 - b * t2w2;
      t2w0 = q2x + h2 * t2b0;
      t2w1 = q2y + h2 * t2b1;
      t2w2 = q2z + h2 * t2b2;
      const t2c0 = sigma * (t2w1 - t2w0); // d3 = J(X3)(u + h/2 d2)
      const t2c1 = (r - z3) * t2w0 - t2w1 - x3 * t2w2;
      const t2c2 = y3 * t2w0 + x3 * t2w1 - b * t2w2;
      t2w0 = q2x + h * t2c0;
      t2w1 = q2y + h * t2c1;
      t2w2 = q2z + h * t2c2;
      q2x += h6 * (t2a0 + 2 * t2b0 + 2 * t2c0 + sigma * (t2w1 - t2w0)); // u + h/6 (d1 + 2d2 + 2d3 + d4)
      q2y += h6 * (t2a1 + 2 * t2b1 + 2 * t2c1 + (r - z4) * t2w0 - t2w1 - x4 * t2w2);
      q2z += h6 * (t2a2 + 2 * t2b2 + 2 * t2c2 + y4 * t2w0 + x4 * t2w1 - b * t2w2);
      const t3a0 = sigma * (q3y - q3x); // d1 = J(X1) u
      const t3a1 = (r - z) * q3x - q3y - x * q3z;
      const t3a2 = y * q3x + x * q3y - b * q3z;
      let t3w0 = q3x + h2 * t3a0;
      let t3w1 = q3y + h2 * t3a1;
      let t3w2 = q3z + h2 * t3a2;
      const t3b0 = sigma * (t3w1 - t3w0); // d2 = J(X2)(u + h/2 d1)
      const t3b1 = (r - z2) * t3w0 - t3w1 - x2 * t3w2;
      const t3b2 = y2 * t3w0 + x2 * t3w1 - b * t3w2;
      t3w0 = q3x + h2 * t3b0;
      t3w1 = q3y + h2 * t3b1;
      t3w2 = q3z + h2 * t3b2;
      const t3c0 = sigma * (t3w1 - t3w0); // d3 = J(X3)(u + h/2 d2)
      const t3c1 = (r - z3) * t3w0 - t3w1 - x3 * t3w2;
      const t3c2 = y3 * t3w0 + x3 * t3w1 - b * t3w2;
      t3w0 = q3x + h * t3c0;
      t3w1 = q3y + h * t3c1;
      t3w2 = q3z + h * t3c2;
      q3x += h6 * (t3a0 + 2 * t3b0 + 2 * t3c0 + sigma * (t3w1 - t3w0)); // u + h/6 (d1 + 2d2 + 2d3 + d4)
      q3y += h6 * (t3a1 + 2 * t3b1 + 2 * t3c1 + (r - z4) * t3w0 - t3w1 - x4 * t3w2);
      q3z += h6 * (t3a2 + 2 * t3b2 + 2 * t3c2 + y4 * t3w0 + x4 * t3w1 - b * t3w2);
      x += h6 * (k1x + 2 * k2x + 2 * k3x + sigma * (y4 - x4)); // x + h/6 (k1 + 2k2 + 2k3 + k4)
      y += h6 * (k1y + 2 * k2y + 2 * k3y + x4 * (r - z4) - y4);
      z += h6 * (k1z + 2 * k2z + 2 * k3z + x4 * y4 - b * z4);

      // Modified Gram–Schmidt: M Q_prev = Q R, R_ii = the norms after projection (all > 0).
      const r11 = Math.sqrt(q1x * q1x + q1y * q1y + q1z * q1z);
      q1x /= r11;
      q1y /= r11;
      q1z /= r11;
      const r12 = q1x * q2x + q1y * q2y + q1z * q2z; // q2 ← q2 − (q1·q2) q1
      q2x -= r12 * q1x;
      q2y -= r12 * q1y;
      q2z -= r12 * q1z;
      const r22 = Math.sqrt(q2x * q2x + q2y * q2y + q2z * q2z);
      q2x /= r22;
      q2y /= r22;
      q2z /= r22;
      const r13 = q1x * q3x + q1y * q3y + q1z * q3z; // q3 ← q3 − (q1·q3) q1, then − (q2·q3) q2
      q3x -= r13 * q1x;
      q3y -= r13 * q1y;
      q3z -= r13 * q1z;
      const r23 = q2x * q3x + q2y * q3y + q2z * q3z;
      q3x -= r23 * q2x;
      q3y -= r23 * q2y;
      q3z -= r23 * q2z;
      const r33 = Math.sqrt(q3x * q3x + q3y * q3y + q3z * q3z);
      q3x /= r33;
      q3y /= r33;
      q3z /= r33;
      p1 *= r11;
      p2 *= r22;
      p3 *= r33;
    }
    l1 += Math.log(p1); // Σ log |R_11|
    l2 += Math.log(p2);
    l3 += Math.log(p3);
    // NaN/Inf in the state or the frame (or a vanished R_ii) always reaches these sums.
    if (!Number.isFinite(l1 + l2 + l3 + x + y + z)) break;
    done += block;
  }
  s[0] = x;
  s[1] = y;
  s[2] = z;
  s[3] = q1x;
  s[4] = q1y;
  s[5] = q1z;
  s[6] = q2x;
  s[7] = q2y;
  s[8] = q2z;
  s[9] = q3x;
  s[10] = q3y;
  s[11] = q3z;
  logs[0] = l1;
  logs[1] = l2;
  logs[2] = l3;
  return done;
}
