/** A covered/total figure with its exact percentage (null when nothing was measured). */
export interface Ratio {
  covered: number;
  total: number;
  /** Unrounded; null when total is 0 (neither 0 % nor 100 %: nothing to judge). */
  percent: number | null;
}

/** True for a `{covered, total}` pair of numbers (a ratio metric in a result document). */
export function isRatio(value: unknown): value is Ratio {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.covered === 'number' && typeof v.total === 'number';
}

/** Builds a ratio from counts; the percentage is exact to floating-point precision. */
export function ratio(covered: number, total: number): Ratio {
  return { covered, total, percent: total === 0 ? null : (covered / total) * 100 };
}

/** True when covered/total reaches `minimum` percent, compared without rounding. */
export function meets(covered: number, total: number, minimum: number): boolean {
  // covered/total*100 >= minimum, rearranged to avoid division; the epsilon absorbs binary
  // representation error in minima like 33.3 without letting a real shortfall through.
  return covered * 100 - minimum * total >= -1e-9 * Math.max(1, total);
}

/** Display rule, stated wherever percentages are shown. */
export const ROUNDING_NOTE =
  'Percentages are rounded down to two decimals for display; thresholds compare unrounded figures.';

/**
 * A percentage for display, rounded *down* to two decimals so a figure just under a
 * threshold never reads as meeting it (79.999 % shows as 79.99 %, not 80.00 %).
 */
export function formatPercent(percent: number | null): string {
  if (percent === null) return 'n/a';
  const floored = Math.floor(percent * 100 + 1e-9) / 100;
  return `${floored.toFixed(2)}%`;
}
