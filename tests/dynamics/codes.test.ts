/**
 * Issue 10: the dynamics' errors and reports carry codes and values; the catalogs word them, in
 * English exactly as the dynamics' own `.message` (so the page and the API agree), and in Japanese.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { isCoded } from '../../src/core/coded-error.ts';
import {
  CLASSIC,
  LorenzBlowUpError,
  lyapunovSpectrum,
  sweepValues,
} from '../../src/dynamics/lorenz/index.ts';
import { RdGrid, RdOde } from '../../src/dynamics/rd/index.ts';
import { describeError } from '../../src/i18n/describe-error.ts';
import { setLanguage } from '../../src/i18n/index.ts';
import { englishWords } from '../e2e/english.ts';

afterEach(() => setLanguage('en'));

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('dynamics codes', () => {
  it('a Lorenz blow-up is coded; its English words are its message', () => {
    const e = thrown(() => lyapunovSpectrum(CLASSIC, { dt: 0.5, time: 1e6 }));
    expect(e).toBeInstanceOf(LorenzBlowUpError);
    expect(e).toMatchObject({ code: 'lorenz-blow-up', values: { dt: 0.5, sigma: 10, r: 28 } });
    expect(describeError(e)).toBe((e as Error).message);
    setLanguage('ja');
    const ja = describeError(e);
    expect(ja).toMatch(/ローレンツ方程式の数値積分が発散しました.*dt=0\.5/);
    expect(englishWords(ja)).toEqual([]);
  });

  it('argument checks are coded RangeErrors', () => {
    const e = thrown(() => sweepValues(0, Number.POSITIVE_INFINITY, 3));
    expect(e).toBeInstanceOf(RangeError);
    expect(e).toMatchObject({ code: 'lorenz-sweep-bounds', values: { from: '0', to: 'Infinity' } });
    expect(describeError(e)).toBe((e as Error).message);
    const ode = thrown(() => new RdOde(CLASSIC as never, 0));
    expect(ode).toMatchObject({ code: 'dynamics-not-positive', values: { where: 'RdOde', name: 'dt' } });
    setLanguage('ja');
    expect(describeError(ode)).toMatch(/^RdOde：dt は 0 より大きい有限の数にしてください/);
  });

  it('the grid refuses an unstable dt with a code, and codes its notes and its blow-up', () => {
    const refused = thrown(() => new RdGrid({ width: 64, height: 64, dt: 5e-4, onUnstable: 'refuse' }));
    expect(refused).toMatchObject({ code: 'rd-unstable-dt', values: { dt: 5e-4, substeps: 2 } });
    expect(`RdGrid: ${describeError(refused)}`).toBe((refused as Error).message);

    const split = new RdGrid({ width: 64, height: 64, dt: 5e-4 });
    expect(split.problem?.code).toBe('rd-subdivided');
    expect(describeError(split.problem)).toBe(split.message);

    const grid = new RdGrid({ width: 64, height: 64, dt: 5e-4, onUnstable: 'unsafe' });
    expect(grid.problem?.code).toBe('rd-unsafe-dt');
    expect(describeError(grid.problem)).toBe(grid.message);
    grid.addNoise(0.01, 3);
    grid.step(4000);
    expect(grid.status).toBe('blown-up');
    expect(isCoded(grid.problem)).toBe(true);
    expect(grid.problem?.code).toBe('rd-blow-up');
    expect(describeError(grid.problem)).toBe(grid.message);
    setLanguage('ja');
    const ja = describeError(grid.problem);
    expect(ja).toMatch(JAPANESE);
    expect(ja).toMatch(/発散のため計算を止めました.*陽的オイラー法の安定限界/);
    expect(englishWords(ja)).toEqual([]);

    grid.reset();
    grid.setDt(4e-4);
    expect(grid.problem).toBeNull();
  });
});
