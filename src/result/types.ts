/**
 * The one document every gate produces. Published as `schema/result.schema.json`;
 * the report step reads only this, never a gate's internals.
 */

/** `error` means the gate could not judge (bad input); it never reads as a pass. */
export type GateStatus = 'pass' | 'warn' | 'fail' | 'error' | 'skip';

/** How loud a finding is; maps onto annotation levels (`failure`/`warning`/`notice`). */
export type Severity = 'error' | 'warning' | 'notice';

/** One thing the gate found, with where it is and how to fix it. */
export interface Finding {
  severity: Severity;
  message: string;
  /** Repository-relative path, forward slashes. */
  path?: string;
  line?: number;
  endLine?: number;
  /**
   * The data column the finding is about: a field name for tables, a JSON pointer into the
   * record for JSON data (`""` is the whole record).
   */
  column?: string;
  /** 1-based number of the data record (table row, JSON Lines line, JSON array element). */
  record?: number;
  /** Stable id of the rule that produced the finding, e.g. `coverage/patch-uncovered`. */
  rule?: string;
  /** One sentence that tells the author what to do about it. */
  fix?: string;
}

/**
 * The one figure the combined report shows in a gate's table row. A gate names it, so the report
 * never needs to know a gate's metrics.
 */
export interface KeyMetric {
  /** What the figure is, e.g. `patch coverage`. */
  label: string;
  /** Unrounded; null when nothing was measured. */
  value: number | null;
  /** `%` for percentages (shown rounded down); any other unit is shown after the number. */
  unit?: string;
  /** The bound the gate compared `value` with. */
  threshold?: number;
  /** `min` (default): value must be at least `threshold`; `max`: at most. */
  direction?: 'min' | 'max';
  /** Change against the baseline, in `unit` (percentage points for `%`); positive = up. */
  delta?: number;
  /** The baseline's value, shown beside `value`. */
  baseline?: number;
  /** Confidence interval of `delta` (e.g. a paired bootstrap's), shown with the change. */
  interval?: { lower: number; upper: number; confidence: number };
}

/** Who produced a result in the workflow_run flow; an artifact's own claim is never kept. */
export interface Provenance {
  source: 'trusted-rerun' | 'untrusted-run';
  /** The workflow run an untrusted result came from. */
  runId?: number;
}

/** The result document of one gate run. */
export interface GateResult {
  /** The result document's own format version; bump on breaking change. */
  schemaVersion: 1;
  gate: string;
  status: GateStatus;
  /** One line, shown as the gate's headline. */
  title: string;
  /** A short paragraph of Markdown-free text. */
  summary: string;
  /**
   * Distinguishes several results of one gate in a combined report (matrix shards, one per
   * model); defaults to `gate`. The report refuses two results with the same id.
   */
  id?: string;
  /**
   * Who produced the result, set by the report in the workflow_run flow: the trusted job's
   * re-run on the pull request's files, or the pull request's own (author-controlled) run.
   */
  provenance?: Provenance;
  /** The figure the combined report shows for this gate. */
  keyMetric?: KeyMetric;
  metrics: Record<string, unknown>;
  findings: Finding[];
}

/** The id a result is known by in a combined report. */
export function resultId(result: Pick<GateResult, 'gate' | 'id'>): string {
  return result.id ?? result.gate;
}

/** Statuses from best to worst; used to fold several into one. */
export const STATUS_ORDER: readonly GateStatus[] = ['skip', 'pass', 'warn', 'fail', 'error'];

/** The worse of two statuses (`error` is worst: a gate that could not judge must not pass). */
export function worstStatus(a: GateStatus, b: GateStatus): GateStatus {
  return STATUS_ORDER.indexOf(a) >= STATUS_ORDER.indexOf(b) ? a : b;
}

/** Exit code for a status: 0 pass/warn/skip, 1 fail, 2 error. */
export function exitCodeFor(status: GateStatus): 0 | 1 | 2 {
  if (status === 'fail') return 1;
  if (status === 'error') return 2;
  return 0;
}
