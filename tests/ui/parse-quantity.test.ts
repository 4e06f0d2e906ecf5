import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../../src/ui/shared/parse-quantity.ts';

describe('parseQuantity', () => {
  it('reads plain numbers as themselves, not as exponents', () => {
    expect(parseQuantity('100')).toBe(100);
    expect(parseQuantity(' 37 ')).toBe(37);
    expect(parseQuantity('0.0015')).toBe(0.0015);
    expect(parseQuantity('1e-3')).toBe(0.001);
    expect(parseQuantity('2E5')).toBe(200_000);
  });

  it('reads thousands separators, k and M suffixes and a /s unit', () => {
    expect(parseQuantity('1,000')).toBe(1000);
    expect(parseQuantity('1 000 000')).toBe(1_000_000);
    expect(parseQuantity('2.5k')).toBe(2500);
    expect(parseQuantity('1.2 M/s')).toBe(1_200_000);
    expect(parseQuantity('990k/s')).toBe(990_000);
    expect(parseQuantity('100/s')).toBe(100);
    expect(parseQuantity('40 steps/s')).toBe(40);
  });

  it('refuses what is not a number', () => {
    for (const bad of ['', 'fast', '1..2', 'k', '1e400', '12 apples', '1,00']) {
      expect(parseQuantity(bad), bad).toBeNull();
    }
  });
});
