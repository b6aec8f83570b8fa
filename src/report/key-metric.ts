import { formatPercent, isRatio } from '../result/percent.js';
import type { GateResult, KeyMetric } from '../result/types.js';

/** The three table cells a gate's key metric fills: value, change, bound. */
export interface KeyMetricCells {
  metric: string;
  delta: string;
  threshold: string;
}

const NONE = '—';

/**
 * The key metric of a result: the one the gate named, else its first ratio metric (so a result
 * from an older or third-party gate still shows a figure), else none.
 */
export function keyMetricOf(result: GateResult): KeyMetric | undefined {
  if (result.keyMetric) return result.keyMetric;
  for (const [name, value] of Object.entries(result.metrics)) {
    if (isRatio(value)) return { label: name, value: value.percent, unit: '%' };
  }
  return undefined;
}

/** A number in the metric's unit: percentages rounded down like every other percentage. */
export function formatValue(value: number | null, unit: string | undefined): string {
  if (value === null) return 'n/a';
  if (unit === '%') return formatPercent(value);
  const shown = Number.isInteger(value) ? value.toLocaleString('en-US') : String(Number(value.toFixed(4)));
  return unit ? `${shown} ${unit}` : shown;
}

/** A signed change; percentages are in points, and a change that rounds to zero shows as ±0. */
export function formatDelta(delta: number, unit: string | undefined): string {
  const magnitude = Math.abs(delta);
  const text = unit === '%' ? magnitude.toFixed(2) : String(Number(magnitude.toFixed(4)));
  const sign = Number(text) === 0 ? '±' : delta > 0 ? '+' : '−';
  return `${sign}${text}${unit === '%' ? ' pts' : unit ? ` ${unit}` : ''}`;
}

/** Plain-text cells (the caller escapes them) for a result's key metric. */
export function keyMetricCells(result: GateResult): KeyMetricCells {
  const key = keyMetricOf(result);
  if (!key) return { metric: NONE, delta: NONE, threshold: NONE };
  const bound = key.direction === 'max' ? '≤' : '≥';
  const versus = key.baseline === undefined ? '' : ` vs ${formatValue(key.baseline, key.unit)}`;
  const ci = key.interval;
  const interval = ci
    ? ` (${Math.round(ci.confidence * 100)}% CI ${formatDelta(ci.lower, key.unit)} to ${formatDelta(ci.upper, key.unit)})`
    : '';
  return {
    metric: `${key.label} ${formatValue(key.value, key.unit)}${versus}`,
    delta: key.delta === undefined ? NONE : `${formatDelta(key.delta, key.unit)}${interval}`,
    // A bound is shown as configured (80%), not rounded like a measured figure (80.00%).
    threshold:
      key.threshold === undefined
        ? NONE
        : `${bound} ${key.unit === '%' ? `${key.threshold}%` : formatValue(key.threshold, key.unit)}`,
  };
}
