/**
 * Text over the attractor, drawn on the attractor's canvas after the trails (so a recorded clip
 * carries it too): the parameters and time, the classification of the current spectrum, how to
 * interact, and a banner when paused or blown up.
 */

import { isCoded } from '../../core/coded-error.ts';
import { t } from '../../i18n/language.ts';
import type { LorenzSession } from '../../play/lorenz/session.ts';
import { BEHAVIOUR_COLOURS, behaviourLabel } from '../../ui/lorenz/figure/index.ts';
import { CSS } from '../../ui/shared/theme.ts';

const FONT = 'system-ui, sans-serif';
const short = (v: number) => String(Number(v.toPrecision(5)));

export function drawHud(
  ctx: CanvasRenderingContext2D,
  c: LorenzSession,
  w: number,
  h: number,
  sweepSymbol: string,
): void {
  const p = c.params;
  const words = t().lorenz.hud;
  const s = c.settings.getState();
  ctx.save();
  ctx.globalAlpha = 1;
  ctx.textBaseline = 'top';
  ctx.textAlign = 'left';
  ctx.font = `bold 16px ${FONT}`;
  ctx.fillStyle = CSS.text;
  ctx.fillText(`σ = ${short(p.sigma)}   r = ${short(p.r)}   b = ${short(p.b)}`, 14, 12);
  ctx.font = `12px ${FONT}`;
  ctx.fillStyle = CSS.muted;
  const n = c.flock.count;
  ctx.fillText(
    `t = ${c.flock.time.toFixed(1)} · dt ${s.dt} · ${s.speed} t/s · ${words.trajectories({ n })}`,
    14,
    34,
  );
  ctx.fillStyle = CSS.faint;
  ctx.textBaseline = 'alphabetic';
  const touch = typeof matchMedia === 'function' && matchMedia('(hover: none)').matches;
  ctx.fillText((touch ? words.touchHint : words.hint)({ symbol: sweepSymbol }), 14, h - 14);

  // Classification chip, top right.
  const st = c.spectrum;
  let chip = words.computing;
  let colour = CSS.muted;
  if (st.error) {
    chip = words.spectrumBlewUp;
    colour = CSS.red;
  } else if (st.spectrum && st.behaviour) {
    chip = `${behaviourLabel(st.behaviour)} · λ1 = ${st.spectrum[0].toFixed(3)}`;
    colour = BEHAVIOUR_COLOURS[st.behaviour];
  }
  ctx.font = `bold 13px ${FONT}`;
  const cw = ctx.measureText(chip).width + 12;
  ctx.fillStyle = colour;
  ctx.fillRect(w - 12 - cw, 12, cw, 22);
  ctx.fillStyle = CSS.background;
  ctx.textBaseline = 'middle';
  ctx.fillText(chip, w - 6 - cw, 23.5);

  const banner = c.blowUp ? blowUpBanner(c) : c.paused ? words.paused : null;
  if (banner) drawBanner(ctx, banner, w, h, c.blowUp ? '#5a1f27' : CSS.border);
  ctx.restore();
}

/** The blow-up in two short lines, in the current language (from the coded error when there is one). */
function blowUpBanner(c: LorenzSession): string {
  const e = c.state.getState().blowUpError;
  if (!isCoded(e) || e.code !== 'lorenz-blow-up') return c.blowUpShort ?? c.blowUp ?? '';
  const { time, dt } = e.values as { time: number; dt: number };
  const n = t().lorenz.notices;
  return n.blowUpShort({ time: time.toFixed(2), dtLimit: dt > 0.1 ? n.dtLimit({ dt }) : '' });
}

/** Pieces a line may break after: a CJK character (with its closing punctuation), or a word and its space. */
const WRAP_PIECES = /[\u3000-\u9fff\uff00-\uffef][、。）」：]?|[^\s\u3000-\u9fff\uff00-\uffef]+\s*|\s+/g;

/** A centred box with the text wrapped to the width. */
function drawBanner(
  ctx: CanvasRenderingContext2D,
  text: string,
  w: number,
  h: number,
  background: string,
): void {
  ctx.font = `14px ${FONT}`;
  const maxWidth = w - 100;
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    // Japanese has no spaces: each CJK character may end a line; Latin words stay whole.
    for (const piece of paragraph.match(WRAP_PIECES) ?? []) {
      const next = line + piece;
      if (ctx.measureText(next).width > maxWidth && line.trim()) {
        lines.push(line.trimEnd());
        line = piece.trimStart();
      } else {
        line = next;
      }
    }
    lines.push(line.trimEnd());
  }
  const lh = 19;
  const bw = Math.max(...lines.map((l) => ctx.measureText(l).width)) + 28;
  const bh = lines.length * lh + 20;
  const x = (w - bw) / 2;
  const y = (h - bh) / 2;
  ctx.globalAlpha = 0.94;
  ctx.fillStyle = background;
  ctx.fillRect(x, y, bw, bh);
  ctx.globalAlpha = 1;
  ctx.fillStyle = CSS.white;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (let i = 0; i < lines.length; i++) ctx.fillText(lines[i], w / 2, y + 11 + i * lh);
}
