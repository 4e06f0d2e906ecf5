import { describe, expect, it } from 'vitest';
import { CLASSIC } from '../../../src/dynamics/lorenz/index.ts';
import { SweepResults } from '../../../src/play/lorenz/sweep-results.ts';
import {
  figureLayout,
  niceTicks,
  progressText,
  valueAtX,
  xOfValue,
} from '../../../src/ui/lorenz/figure/index.ts';

const results = () => new SweepResults(1, { param: 'r', from: 0, to: 250, count: 400, ...CLASSIC });

describe('sweep figure geometry', () => {
  it('puts the diagram, the class band and the λ plot on one horizontal axis', () => {
    const l = figureLayout(396, 628);
    expect(l.band.x).toBe(l.diagram.x);
    expect(l.lyap.x).toBe(l.diagram.x);
    expect(l.band.w).toBe(l.diagram.w);
    expect(l.lyap.w).toBe(l.diagram.w);
    expect(l.diagram.y + l.diagram.h).toBeLessThan(l.band.y);
    expect(l.band.y + l.band.h).toBeLessThan(l.lyap.y);
    expect(l.lyap.y + l.lyap.h).toBeLessThan(l.axisY);
    expect(l.axisY).toBeLessThan(l.legendY);
    expect(l.legendY).toBeLessThan(628);
  });

  it('maps a click back to the value drawn there', () => {
    const l = figureLayout(396, 628);
    const r = results();
    for (const v of [0, 24.74, 100.5, 250]) expect(valueAtX(l, r, xOfValue(l, r, v))).toBeCloseTo(v, 9);
    expect(valueAtX(l, r, l.diagram.x - 1)).toBeNull();
    expect(valueAtX(l, r, l.diagram.x + l.diagram.w + 1)).toBeNull();
  });

  it('picks round ticks', () => {
    expect(niceTicks(0, 250, 5)).toEqual([0, 50, 100, 150, 200, 250]);
    expect(niceTicks(-4.2, 2.1, 4)).toEqual([-4, -2, 0, 2]);
    expect(niceTicks(3, 3)).toEqual([3]);
  });

  it('says which phase the sweep is in', () => {
    const r = results();
    expect(progressText(r)).toBe('diagram 0/400');
    r.diagramDone = 400;
    r.lyapPass = 1;
    r.lyapDone = 120;
    expect(progressText(r)).toBe('λ at T = 1000: 120/400');
    r.finished = true;
    expect(progressText(r)).toBe('done · λ at T = 10000');
  });
});
