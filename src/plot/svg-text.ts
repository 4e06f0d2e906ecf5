/** Small helpers for writing SVG as text (no DOM): escaping, numbers, and paths broken at gaps. */

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A coordinate, rounded to 0.1 px (keeps files small and the same everywhere). */
export const px = (x: number): string => String(Math.round(x * 10) / 10);

/** A polyline path through the points, lifting the pen at NaN values. */
export function linePath(xs: number[], ys: number[]): string {
  let d = '';
  let pen = false;
  for (let i = 0; i < xs.length; i++) {
    if (!Number.isFinite(ys[i]) || !Number.isFinite(xs[i])) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${px(xs[i])} ${px(ys[i])}`;
    pen = true;
  }
  return d;
}

/** Closed shapes between `lo` and `hi` over each run of finite values (a shaded band). */
export function bandPath(xs: number[], lo: number[], hi: number[]): string {
  let d = '';
  let start = -1;
  const close = (from: number, to: number) => {
    let s = '';
    for (let i = from; i < to; i++) s += `${i === from ? 'M' : 'L'}${px(xs[i])} ${px(hi[i])}`;
    for (let i = to - 1; i >= from; i--) s += `L${px(xs[i])} ${px(lo[i])}`;
    return `${s}Z`;
  };
  for (let i = 0; i <= xs.length; i++) {
    const ok = i < xs.length && Number.isFinite(lo[i]) && Number.isFinite(hi[i]);
    if (ok && start < 0) start = i;
    if (!ok && start >= 0) {
      if (i - start > 1) d += close(start, i);
      start = -1;
    }
  }
  return d;
}

/** A rough text width: CJK glyphs about 1 em, others about 0.6 em (for wrapping only). */
export function textWidth(s: string, fontSize: number): number {
  let w = 0;
  for (const ch of s) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.6;
  return w * fontSize;
}

/** Break text into lines no wider than `width` (at spaces, or anywhere in CJK text). */
export function wrapText(s: string, fontSize: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  // A number written in groups (100 000) stays on one line.
  s = s.replace(/(\d) (?=\d{3}\b)/g, '$1\u00a0');
  // Words with their following space; CJK characters each on their own.
  const tokens = s.match(/[\u3000-\u9fff\uff00-\uffef]|[^ \u3000-\u9fff\uff00-\uffef]+ *| +/g) ?? [];
  for (const token of tokens) {
    if (line !== '' && textWidth(line + token.trimEnd(), fontSize) > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
