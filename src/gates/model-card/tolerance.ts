import picomatch from 'picomatch';

/** How far a card's figure may be from the evaluation's and still agree. */
export interface Tolerance {
  /** Largest absolute difference. */
  absolute: number;
  /** Largest difference as a fraction of the evaluation's figure (0.01 = 1 %). */
  relative: number;
}

/** A `metrics.tolerances` entry: the metric it is for (a key, a name or a glob) and its bounds. */
export interface ToleranceRule extends Tolerance {
  metric: string;
}

/**
 * The tolerance of one metrics-file key (`test.r2`): the first rule written as the key itself,
 * else the first written as its metric name (the last dotted segment, `r2`, compared as the gate
 * compares metric names: case, spaces and punctuation aside), else the first glob over the key
 * (`*.loss`, `**`) in the order written, else the default absolute tolerance.
 */
export function toleranceFor(key: string, rules: readonly ToleranceRule[], fallback: number): Tolerance {
  const name = normalise(key.slice(key.lastIndexOf('.') + 1));
  const rule =
    rules.find((r) => r.metric === key) ??
    rules.find((r) => !r.metric.includes('.') && !isGlob(r.metric) && normalise(r.metric) === name) ??
    rules.find((r) => isGlob(r.metric) && picomatch.isMatch(key, r.metric, { dot: true }));
  return rule ? { absolute: rule.absolute, relative: rule.relative } : { absolute: fallback, relative: 0 };
}

/**
 * Whether a claimed figure agrees with the evaluation's: within the absolute bound, or within
 * the relative bound times the evaluation's figure (either suffices, as in Python's
 * `math.isclose(a, b, rel_tol, abs_tol)`, but relative to the evaluation's figure only, which is
 * the measurement the card reports).
 */
export function agrees(claimed: number, actual: number, tolerance: Tolerance): boolean {
  return Math.abs(claimed - actual) <= allowedDifference(actual, tolerance);
}

/** The largest difference from `actual` that still agrees. */
export function allowedDifference(actual: number, tolerance: Tolerance): number {
  return Math.max(tolerance.absolute, tolerance.relative * Math.abs(actual));
}

/** The tolerance in words for a message: `tolerance 0.0005`, `tolerance 1% = ±12.35`. */
export function describeTolerance(actual: number, tolerance: Tolerance): string {
  if (tolerance.relative === 0) return `tolerance ${tolerance.absolute}`;
  const percent = `${Number((tolerance.relative * 100).toPrecision(6))}%`;
  const allowed = Number(allowedDifference(actual, tolerance).toPrecision(6));
  return tolerance.absolute === 0
    ? `tolerance ${percent} = ±${allowed}`
    : `tolerance ${percent} or ${tolerance.absolute}, so ±${allowed}`;
}

function isGlob(pattern: string): boolean {
  return picomatch.scan(pattern).isGlob;
}

function normalise(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
