/**
 * The Lab's charts as one PNG (each plot canvas under its title and legend, on the page's
 * background); src/ui/shared/files.ts downloads it, the CSV and the specs.
 */
import { CSS } from '../shared/theme.ts';

/** A legend line as the PNG draws it: a swatch in the series' colour, dashed for lines and overlays. */
export interface LegendEntry {
  text: string;
  colour: string;
  dashed: boolean;
}

export function chartsPng(
  charts: { title: string; canvas: HTMLCanvasElement; legend: LegendEntry[] }[],
): Promise<Blob> {
  const scale = devicePixelRatio || 1;
  const pad = 12 * scale;
  const line = 16 * scale;
  const width = Math.max(1, ...charts.map((c) => c.canvas.width)) + 2 * pad;
  const height = charts.reduce((h, c) => h + line * (1 + c.legend.length) + c.canvas.height + pad, pad);
  const out = document.createElement('canvas');
  out.width = width;
  out.height = height;
  const ctx = out.getContext('2d');
  if (!ctx) return Promise.reject(new Error('no 2-D context'));
  ctx.fillStyle = CSS.background;
  ctx.fillRect(0, 0, width, height);
  let y = pad;
  for (const c of charts) {
    ctx.fillStyle = CSS.textBright;
    ctx.font = `bold ${13 * scale}px system-ui, sans-serif`;
    ctx.fillText(c.title, pad, y + 12 * scale);
    y += line;
    ctx.drawImage(c.canvas, pad, y);
    y += c.canvas.height;
    ctx.fillStyle = CSS.text;
    ctx.font = `${12 * scale}px system-ui, sans-serif`;
    for (const l of c.legend) {
      ctx.strokeStyle = l.colour || CSS.text;
      ctx.lineWidth = 3 * scale;
      ctx.setLineDash(l.dashed ? [5 * scale, 3 * scale] : []);
      ctx.beginPath();
      ctx.moveTo(pad + 12 * scale, y + 8 * scale);
      ctx.lineTo(pad + 34 * scale, y + 8 * scale);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillText(l.text, pad + 40 * scale, y + 12 * scale);
      y += line;
    }
    y += pad;
  }
  return new Promise((resolve, reject) =>
    out.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob gave nothing'))), 'image/png'),
  );
}
