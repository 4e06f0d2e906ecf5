/** One figure reported by `npm run bench`. `key` is the stable name used by `--json`. */
export interface BenchResult {
  key: string;
  label: string;
  value: number;
  unit: string;
  note?: string;
}
