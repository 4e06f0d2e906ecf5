/**
 * A bounded table of numbers for the jump scene's charts (θ over episodes, gradient samples and
 * variances over updates). Rows live in preallocated `Float64Array` columns, so adding one allocates
 * nothing; when the table is full every other row is dropped (half the resolution, the same span),
 * so it never grows however long training runs. Column 0 is the x value.
 */
export class BoundedSeries {
  readonly capacity: number;
  readonly columns: Float64Array[];
  length = 0;

  constructor(nColumns: number, capacity = 1024) {
    if (!Number.isInteger(capacity) || capacity < 4 || capacity % 2) {
      throw new RangeError(`BoundedSeries: capacity must be an even integer ≥ 4, got ${capacity}`);
    }
    this.capacity = capacity;
    this.columns = Array.from({ length: nColumns }, () => new Float64Array(capacity));
  }

  /** Append a row (x, then up to six values; missing ones are NaN, drawn as gaps). */
  push(
    x: number,
    a = Number.NaN,
    b = Number.NaN,
    c = Number.NaN,
    d = Number.NaN,
    e = Number.NaN,
    f = Number.NaN,
  ) {
    if (this.length === this.capacity) this.halve();
    const i = this.length++;
    const cols = this.columns;
    cols[0][i] = x;
    if (cols.length > 1) cols[1][i] = a;
    if (cols.length > 2) cols[2][i] = b;
    if (cols.length > 3) cols[3][i] = c;
    if (cols.length > 4) cols[4][i] = d;
    if (cols.length > 5) cols[5][i] = e;
    if (cols.length > 6) cols[6][i] = f;
  }

  /** The filled part of column `k` (a view, valid until the next push). */
  column(k: number): Float64Array {
    return this.columns[k].subarray(0, this.length);
  }

  /** The last value of column `k`, or NaN when empty. */
  last(k: number): number {
    return this.length ? this.columns[k][this.length - 1] : Number.NaN;
  }

  clear(): void {
    this.length = 0;
  }

  /** Keep rows 0, 2, 4, … and the last one (so the newest point stays on the chart). */
  private halve(): void {
    const n = this.length;
    let w = 0;
    for (let r = 0; r < n; r += 2) {
      const src = r === n - 2 ? n - 1 : r;
      for (const col of this.columns) col[w] = col[src];
      w++;
    }
    this.length = w;
  }
}
