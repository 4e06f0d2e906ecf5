import { describe, expect, it } from 'vitest';
import {
  formatCompact,
  formatCount,
  formatNumber,
  formatPercent,
  formatSig,
  formatSigned,
  formatTick,
} from '../../src/core/format.ts';

describe('number formatting', () => {
  it('counts with separators, compact with k/M/G', () => {
    expect(formatCount(1234567.4)).toBe('1,234,567');
    expect(formatCompact(950)).toBe('950');
    expect(formatCompact(1234)).toBe('1.2k');
    expect(formatCompact(45_000)).toBe('45k');
    expect(formatCompact(2_500_000)).toBe('2.5M');
    expect(formatCompact(-1_500_000)).toBe('-1.5M');
    expect(formatCompact(3e9)).toBe('3G');
    expect(formatCompact(1000)).toBe('1k');
    expect(formatCompact(9999)).toBe('10k');
    expect(formatCompact(Number.NaN)).toBe('NaN');
  });

  it('significant digits, numbers, signs and percentages', () => {
    expect(formatSig(0.000496381)).toBe('0.0004964');
    expect(formatSig(28.000000001, 6)).toBe('28');
    expect(formatSig(Number.POSITIVE_INFINITY)).toBe('Infinity');
    expect(formatNumber(1250)).toBe('1,250');
    expect(formatNumber(0.125, 3)).toBe('0.125');
    expect(formatSigned(3)).toBe('+3');
    expect(formatSigned(-0.5)).toBe('−0.50');
    expect(formatSigned(0)).toBe('0');
    expect(formatPercent(0.1234)).toBe('12.3%');
    expect(formatPercent(Number.NaN)).toBe('–');
  });

  it('axis ticks stay short at large episode counts', () => {
    expect([1_000_000, 1_500_000, 2_000_000].map(formatTick)).toEqual(['1M', '1.5M', '2M']);
    expect(formatTick(250_000)).toBe('250k');
    expect(formatTick(2500)).toBe('2500');
    expect(formatTick(0.1 + 0.2)).toBe('0.3');
    expect(formatTick(0.00012)).toBe('1e-4');
    expect(formatTick(0)).toBe('0');
  });
});
