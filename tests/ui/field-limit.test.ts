import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { setLanguage } from '../../src/i18n/language.ts';
import { clampToLimit, describeLimit, schemaRange } from '../../src/ui/shared/field-limit.ts';

describe('panel field limits', () => {
  it('clamps out-of-range values and names the limit and why', () => {
    const eps = { name: 'ε', min: 0, max: 1, why: 'it is a probability' };
    expect(clampToLimit(0.3, eps)).toEqual({ value: 0.3, notice: null });
    expect(clampToLimit(5, eps)).toEqual({
      value: 1,
      notice: 'ε must be between 0 and 1 (it is a probability); set to 1.',
    });
    expect(clampToLimit(-2, eps).value).toBe(0);
    expect(clampToLimit(-1, { name: 'seed', min: 0 }).notice).toBe('seed must be at least 0; set to 0.');
    expect(clampToLimit(-1, { name: 'seed', min: 0, max: Number.POSITIVE_INFINITY }).notice).toBe(
      'seed must be at least 0; set to 0.',
    );
    const dt = {
      name: 'dt',
      min: 1e-5,
      max: 0.01,
      whyMin: 'smaller steps make no progress',
      whyMax: 'larger steps blow up',
    };
    expect(clampToLimit(0.5, dt).notice).toBe('dt must be at most 0.01 (larger steps blow up); set to 0.01.');
    expect(clampToLimit(0, dt).notice).toBe(
      'dt must be at least 0.00001 (smaller steps make no progress); set to 0.00001.',
    );
    expect(describeLimit({ name: 'dt', max: 0.01, why: 'larger steps blow up' })).toBe(
      'dt must be at most 0.01 (larger steps blow up)',
    );
  });

  it('reads the bounds from the settings schema', () => {
    expect(schemaRange(z.number().finite().min(0).max(1))).toEqual({ min: 0, max: 1 });
    expect(schemaRange(z.number().int().min(1))).toEqual({ min: 1 });
    expect(schemaRange(z.number())).toEqual({});
    expect(schemaRange(z.number().pipe(z.number().min(0).max(1)))).toEqual({ min: 0, max: 1 });
  });

  it('says it in Japanese when the page is in Japanese', () => {
    setLanguage('ja');
    try {
      const { value, notice } = clampToLimit(2, { name: 'ε', min: 0, max: 1, why: '確率なので' });
      expect(value).toBe(1);
      expect(notice).toBe('ε は 0 以上 1 以下にしてください（確率なので）。1 にしました。');
    } finally {
      setLanguage('en');
    }
  });
});
