import { userErrorFinding } from '../../result/error-result.js';
import type { Finding } from '../../result/types.js';
import { UserError } from '../../util/errors.js';
import type { SourcedValue } from './judge/judge-metric.js';
import type { BenchmarkFigures } from './readers/benchmark-file.js';
import type { PredictionsRead } from './readers/predictions.js';
import type { ResolvedMetrics } from './readers/resolve-names.js';
import type { PredictionsSpec } from './settings.js';
import type { PredictionRows } from './prediction-rows.js';

/** Everything known about one side of a comparison: the candidate, or its baseline. */
export interface Evidence {
  /** The side in words: `evaluation/predictions.csv`, `the base commit 1a2b3c4`, `churn@champion (version 3)`. */
  label: string;
  /** The predictions' rows, when the side has a predictions file. */
  rows?: PredictionRows;
  /** Metric → value with its file and line; computed metrics win over reported ones. */
  metrics: Map<string, SourcedValue>;
  bench?: BenchmarkFigures;
  sizeBytes?: number;
  findings: Finding[];
  /** Something could not be read: the side cannot be judged. */
  inputError: boolean;
  /** Neither a predictions file nor a metrics file exists. */
  missing: boolean;
  /** What was read, for the report. */
  files: { predictions?: string; rows?: number; metricsFile?: string; benchmarkFile?: string };
}

/** An empty side, to fill in. */
export function emptyEvidence(label: string): Evidence {
  return { label, metrics: new Map(), findings: [], inputError: false, missing: false, files: {} };
}

/**
 * The findings of a predictions file's bad rows: one per listed row (file, line, column and
 * what is wrong), one for the rest; errors when bad rows make the file unusable
 * (`invalid-rows: error`), warnings when they are skipped.
 */
export function rowFindings(
  read: PredictionsRead,
  spec: PredictionsSpec,
  path: string,
  skip: boolean,
): Finding[] {
  const severity = skip ? 'warning' : 'error';
  const findings: Finding[] = read.problems.map((p) => {
    const column = p.column
      ? `, column ${p.position ? `${p.position} ` : ''}${JSON.stringify(p.column)}`
      : '';
    const where =
      read.table?.where === 'row' || spec.format === 'parquet' ? `row ${p.line}` : `line ${p.line}`;
    // Finding.column is a field name for tables, a JSON pointer for JSON records ("" = the record).
    const columnKey =
      spec.format === 'jsonl'
        ? p.column
          ? `/${p.column.replace(/~/g, '~0').replace(/\//g, '~1')}`
          : ''
        : p.column;
    return {
      severity,
      rule: 'model-evaluation/bad-row',
      path,
      ...(spec.format === 'parquet' ? {} : { line: p.line }),
      ...(columnKey !== '' || spec.format === 'jsonl' ? { column: columnKey } : {}),
      record: p.record,
      message: `${where}${column}: ${p.message}${skip ? ' (row skipped)' : ''}.`,
      fix: 'Fix the evaluation step that writes this file; labels must be declared classes, scores probabilities in [0, 1], weights ≥ 0, and no value NaN or empty.',
    };
  });
  const unlisted = read.badRows - read.problems.length;
  if (unlisted > 0) {
    findings.push({
      severity,
      rule: 'model-evaluation/bad-row',
      path,
      message: `${unlisted} more row(s) with problems like these${skip ? ' were skipped' : ''}.`,
      fix: 'Fix the evaluation step that writes this file.',
    });
  }
  return findings;
}

/** The computed metrics of a table as sourced values. */
export function sourced(
  values: Map<string, { value: number | null; reason?: string }>,
  path: string,
): Map<string, SourcedValue> {
  return new Map([...values].map(([k, v]) => [k, { ...v, path }]));
}

/**
 * Reported metrics merged under computed ones: a metric the predictions did not give is taken
 * from the file; where both exist and disagree by more than rounding to three decimals, a
 * warning — the file claims what the evidence does not show.
 */
export function withReported(
  computed: ReadonlyMap<string, SourcedValue>,
  resolved: ResolvedMetrics,
  model: string,
): Step<Map<string, SourcedValue>> {
  const metrics = new Map(computed);
  const findings: Finding[] = [];
  for (const [metric, v] of resolved.values) {
    const mine = computed.get(metric);
    const at = { path: resolved.path, ...(v.line !== undefined ? { line: v.line } : {}) };
    if (!mine) {
      metrics.set(metric, { value: v.value, ...at });
      continue;
    }
    if (mine.value !== null && Math.abs(mine.value - v.value) > 0.0005 + 1e-9 * Math.abs(v.value)) {
      findings.push({
        severity: 'warning',
        rule: 'model-evaluation/reported-differs',
        ...at,
        message: `${model}: ${resolved.path} reports ${metric} ${v.value} (${v.key}), but the predictions give ${Number(mine.value.toPrecision(6))}.`,
        fix: 'Write the metrics file from the same predictions the gate reads (or drop the duplicate figure); the gate judges the predictions.',
      });
    }
  }
  return { value: metrics, findings, failed: false };
}

/** What one step of reading found: a value for the evidence, its findings, and whether it failed. */
export interface Step<T> {
  value?: T;
  findings: Finding[];
  /** The input could not be used: the side cannot be judged. */
  failed: boolean;
}

/** Runs a reader; a UserError becomes a failed step with its finding instead of a throw. */
export async function attempt<T>(read: () => Promise<T>): Promise<Step<T>> {
  try {
    const value = await read();
    return value === undefined ? { findings: [], failed: false } : { value, findings: [], failed: false };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { findings: [userErrorFinding('model-evaluation', error)], failed: true };
  }
}

/** A step that failed with one finding. */
export function failure(finding: Finding): Step<never> {
  return { findings: [finding], failed: true };
}

/** Collects the steps of reading one side into its evidence. */
export class EvidenceBuilder {
  readonly evidence: Evidence;

  constructor(label: string) {
    this.evidence = emptyEvidence(label);
  }

  /** Keeps a step's findings (and its failure) and hands back its value. */
  take<T>(s: Step<T>): T | undefined {
    this.evidence.findings.push(...s.findings);
    if (s.failed) this.evidence.inputError = true;
    return s.value;
  }
}
