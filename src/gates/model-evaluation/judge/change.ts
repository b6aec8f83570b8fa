import type { MetricRule } from '../settings.js';

/** The outcome of comparing a candidate value with a baseline value under one metric's rule. */
export interface ChangeCheck {
  /** A rule that needs the candidate to improve (MLflow min_*_change) failed. */
  improvementMissing?: string;
  /** A drop beyond what the rule allows (max-drop, max-relative-drop), in words. */
  tooLarge?: string;
}

/**
 * Change rules, exactly as MLflow's MetricThreshold defines its two
 * (mlflow/models/evaluation/validation.py, `_validate`):
 * - `min_absolute_change`: higher is better → candidate ≥ baseline + change; else
 *   candidate ≤ baseline − change.
 * - `min_relative_change`: relative change (candidate − baseline)/baseline (higher is better) or
 *   (baseline − candidate)/baseline must be ≥ the minimum; a baseline of 0 falls back to
 *   "better by 1e-10". (MLflow divides by the signed baseline; so does this.)
 * and the tolerance form most gates need, which MLflow lacks (it requires improvement):
 * - `max-drop`: the candidate may be worse by at most this much (candidate ≥ baseline − drop).
 * - `max-relative-drop`: worse by at most this fraction of |baseline| (a baseline of 0 allows no drop).
 */
export function checkChange(rule: MetricRule, candidate: number, baseline: number): ChangeCheck {
  const gib = rule.greaterIsBetter;
  const out: ChangeCheck = {};
  const better = (c: number, target: number) => (gib ? c >= target : c <= target);
  const need: string[] = [];
  if (rule.minAbsoluteChange !== undefined) {
    const target = gib ? baseline + rule.minAbsoluteChange : baseline - rule.minAbsoluteChange;
    if (!better(candidate, target))
      need.push(
        `${gib ? 'at least' : 'at most'} ${fmt(target)} (min-absolute-change ${rule.minAbsoluteChange})`,
      );
  }
  if (rule.minRelativeChange !== undefined) {
    if (baseline === 0) {
      if (!better(candidate, gib ? baseline + 1e-10 : baseline - 1e-10))
        need.push('better than a baseline of 0 (min-relative-change)');
    } else {
      const relative = gib ? (candidate - baseline) / baseline : (baseline - candidate) / baseline;
      if (relative < rule.minRelativeChange)
        need.push(`a relative improvement of ${pct(rule.minRelativeChange)} (got ${pct(relative)})`);
    }
  }
  if (need.length > 0) out.improvementMissing = `needs ${need.join(' and ')}`;
  const worse = gib ? baseline - candidate : candidate - baseline;
  const over: string[] = [];
  if (rule.maxDrop !== undefined && worse > rule.maxDrop) over.push(`max-drop ${rule.maxDrop}`);
  if (rule.maxRelativeDrop !== undefined) {
    if (baseline === 0 ? worse > 0 : worse / Math.abs(baseline) > rule.maxRelativeDrop) {
      over.push(`max-relative-drop ${pct(rule.maxRelativeDrop)}`);
    }
  }
  if (over.length > 0)
    out.tooLarge = `worse by ${fmt(worse)}${baseline !== 0 ? ` (${pct(worse / Math.abs(baseline))})` : ''}, more than ${over.join(' and ')} allows`;
  return out;
}

/** True when the rule says anything about change against a baseline. */
export function hasChangeRule(rule: MetricRule): boolean {
  return (
    rule.maxDrop !== undefined ||
    rule.maxRelativeDrop !== undefined ||
    rule.minAbsoluteChange !== undefined ||
    rule.minRelativeChange !== undefined
  );
}

/** A figure as the report writes it: up to 4 significant decimals, no float noise. */
export function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const abs = Math.abs(x);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e6)) return x.toExponential(3);
  return String(Number(x.toPrecision(4)));
}

/** A fraction as a percentage: 0.0213 → `2.13%`. */
export function pct(x: number): string {
  return `${Number((x * 100).toPrecision(3))}%`;
}

/** The rule in words, for the table's threshold column. */
export function describeRule(rule: MetricRule): string | null {
  const parts: string[] = [];
  if (rule.min !== undefined) parts.push(`≥ ${fmt(rule.min)}`);
  if (rule.max !== undefined) parts.push(`≤ ${fmt(rule.max)}`);
  if (rule.maxDrop !== undefined) parts.push(`drop ≤ ${fmt(rule.maxDrop)}`);
  if (rule.maxRelativeDrop !== undefined) parts.push(`drop ≤ ${pct(rule.maxRelativeDrop)}`);
  if (rule.minAbsoluteChange !== undefined) parts.push(`gain ≥ ${fmt(rule.minAbsoluteChange)}`);
  if (rule.minRelativeChange !== undefined) parts.push(`gain ≥ ${pct(rule.minRelativeChange)}`);
  return parts.length > 0 ? parts.join(', ') : null;
}
