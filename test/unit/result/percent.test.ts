import { describe, expect, it } from 'vitest';
import { formatPercent, meets, ratio } from '../../../src/result/percent.js';

describe('percent', () => {
  it('keeps the exact figure and null when nothing was measured', () => {
    expect(ratio(1, 3).percent).toBeCloseTo(33.3333333, 6);
    expect(ratio(0, 0).percent).toBeNull();
  });

  it('rounds down for display so a shortfall never reads as meeting the bar', () => {
    expect(formatPercent(ratio(7999, 10000).percent)).toBe('79.99%');
    expect(formatPercent(ratio(79999, 100000).percent)).toBe('79.99%');
    expect(formatPercent(100)).toBe('100.00%');
    expect(formatPercent(ratio(1, 3).percent)).toBe('33.33%');
    expect(formatPercent(ratio(29, 100).percent)).toBe('29.00%');
    expect(formatPercent(null)).toBe('n/a');
  });

  it('compares unrounded figures', () => {
    expect(meets(7999, 10000, 80)).toBe(false);
    expect(meets(8000, 10000, 80)).toBe(true);
    expect(meets(1, 3, 33.3333)).toBe(true);
    expect(meets(1, 3, 33.34)).toBe(false);
    expect(meets(29, 100, 29)).toBe(true);
  });
});
