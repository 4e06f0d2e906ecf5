/**
 * Dominant wavelength of a 2-D pattern from its radially averaged power spectrum.
 *
 * The grid sizes of the playground (160, 256, …) need not be powers of two, so this is a plain
 * separable DFT with a twiddle table: rows first, then columns, O(W·H·(W + H)) — ≈ 8·10⁶
 * complex multiply-adds for 160², a few tens of milliseconds. Fine for tests and for a readout a
 * few times per second; not meant for every frame.
 */

import { DynamicsRangeError } from '../errors.ts';

export interface Spectrum {
  /** Wave number at the centre of each radial bin (radians per length unit); bin 0 is k = 0. */
  k: Float64Array;
  /** Mean power |F(k)|² of the modes in each bin (the mean of the field removed first). */
  power: Float64Array;
  /** Peak wave number, refined between the neighbouring bins by a power-weighted centroid. */
  peakK: number;
  /** 2π/peakK. */
  wavelength: number;
}

/**
 * Radially averaged power spectrum of `field` (row-major, width × height cells of side dx).
 * Bins are one fundamental 2π/(max(W, H)·dx) wide.
 */
export function radialSpectrum(
  field: ArrayLike<number>,
  width: number,
  height: number,
  dx: number,
): Spectrum {
  const n = width * height;
  if (field.length < n) {
    throw new DynamicsRangeError(
      'rd-spectrum-length',
      { length: field.length, need: n },
      `radialSpectrum: field has ${field.length} values, need ${n}`,
    );
  }
  let mean = 0;
  for (let i = 0; i < n; i++) mean += field[i];
  mean /= n;

  // Row DFTs: R[y, mx] = Σ_x (f − mean)·e^{−2πi·mx·x/W}.
  const cw = cosTable(width);
  const sw = sinTable(width);
  const rRe = new Float64Array(n);
  const rIm = new Float64Array(n);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let m = 0; m < width; m++) {
      let re = 0;
      let im = 0;
      let idx = 0; // (m·x) mod W, stepped instead of multiplied
      for (let x = 0; x < width; x++) {
        const f = field[row + x] - mean;
        re += f * cw[idx];
        im -= f * sw[idx];
        idx += m;
        if (idx >= width) idx -= width;
      }
      rRe[row + m] = re;
      rIm[row + m] = im;
    }
  }

  // Column DFTs of R, accumulated straight into radial bins: F[my, mx] = Σ_y R[y, mx]·e^{−2πi·my·y/H}.
  const ch = cosTable(height);
  const sh = sinTable(height);
  const lx = width * dx;
  const ly = height * dx;
  const dk = (2 * Math.PI) / (Math.max(width, height) * dx);
  const bins = Math.ceil(Math.hypot(width / 2 / lx, height / 2 / ly) * ((2 * Math.PI) / dk)) + 2;
  const power = new Float64Array(bins);
  const counts = new Float64Array(bins);
  for (let mx = 0; mx < width; mx++) {
    const fx = (mx <= width / 2 ? mx : mx - width) / lx; // cycles per length unit
    for (let my = 0; my < height; my++) {
      let re = 0;
      let im = 0;
      let idx = 0;
      for (let y = 0; y < height; y++) {
        const a = rRe[y * width + mx];
        const b = rIm[y * width + mx];
        const c = ch[idx];
        const s = sh[idx];
        // (a + ib)·(c − is)
        re += a * c + b * s;
        im += b * c - a * s;
        idx += my;
        if (idx >= height) idx -= height;
      }
      const fy = (my <= height / 2 ? my : my - height) / ly;
      const bin = Math.round((2 * Math.PI * Math.hypot(fx, fy)) / dk);
      power[bin] += re * re + im * im;
      counts[bin] += 1;
    }
  }
  const k = new Float64Array(bins);
  let peak = 1;
  for (let b = 0; b < bins; b++) {
    k[b] = b * dk;
    if (counts[b] > 0) power[b] /= counts[b];
    if (b >= 1 && power[b] > power[peak]) peak = b;
  }
  // Centroid of the peak bin and its neighbours: sub-bin resolution (a 16-unit box has bins at
  // wavelengths 16/m: 1.23, 1.33, 1.45 around the Turing peak).
  let wsum = 0;
  let ksum = 0;
  for (let b = Math.max(1, peak - 1); b <= Math.min(bins - 1, peak + 1); b++) {
    wsum += power[b];
    ksum += power[b] * k[b];
  }
  const peakK = wsum > 0 ? ksum / wsum : Number.NaN;
  return { k, power, peakK, wavelength: (2 * Math.PI) / peakK };
}

function cosTable(n: number): Float64Array {
  const t = new Float64Array(n);
  for (let i = 0; i < n; i++) t[i] = Math.cos((2 * Math.PI * i) / n);
  return t;
}

function sinTable(n: number): Float64Array {
  const t = new Float64Array(n);
  for (let i = 0; i < n; i++) t[i] = Math.sin((2 * Math.PI * i) / n);
  return t;
}
