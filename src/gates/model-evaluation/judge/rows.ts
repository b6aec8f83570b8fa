/**
 * The table-ready rows the gate publishes in `metrics.models[]`: one table per model (metric,
 * candidate, baseline, Δ, interval, threshold, verdict), a slice table, a fairness table and a
 * budget table. Numbers are unrounded; null where there is no value.
 */

/** How one line of a table came out. */
export type Verdict = 'pass' | 'fail' | 'warn' | 'error' | 'not judged' | 'info';

/** One metric of one model. */
export interface MetricRow {
  metric: string;
  greaterIsBetter: boolean;
  candidate: number | null;
  baseline: number | null;
  /** Candidate − baseline. */
  delta: number | null;
  /** Percentile interval of candidate − baseline from the paired bootstrap. */
  ci: { lower: number; upper: number; confidence: number; resamples: number } | null;
  /** The rule in words: `≥ 0.8, drop ≤ 0.01`. */
  threshold: string | null;
  verdict: Verdict;
  /** Why the verdict, when it is not a plain pass: `not measurable: only one class in the labels`. */
  note?: string;
  /** Where the candidate value comes from (`predictions`, `metrics.json:4`). */
  source?: string;
}

/** One value of one group column. */
export interface SliceRow {
  column: string;
  value: string;
  rows: number;
  /** False when the slice has fewer than `min-rows` rows: shown, never judged. */
  judged: boolean;
  metrics: Record<string, number | null>;
  verdict: Verdict;
  note?: string;
}

/** One gap between the slices of a group column. */
export interface GapRow {
  column: string;
  metric: string;
  value: number | null;
  /** `≤ 0.1` or `≥ 0.8`. */
  limit: string;
  verdict: Verdict;
  /** The groups at both ends, for the message. */
  between?: [string, string];
  note?: string;
}

/** One budget figure. */
export interface BudgetRow {
  budget: string;
  unit: string;
  candidate: number | null;
  baseline: number | null;
  /** (candidate − baseline) / baseline. */
  growth: number | null;
  limit: string | null;
  verdict: Verdict;
  note?: string;
}
