/**
 * Metrics as an evaluation step reported them (a file, an MLflow run), before the gate maps
 * their names onto its own: raw key → value, with the line it is on.
 */
export interface ReportedValue {
  value: number;
  /** 1-based line in the file, when the format has lines. */
  line?: number;
  /** SageMaker's `standard_deviation`, when reported. */
  standardDeviation?: number;
}

/** Raw keys (dotted paths for nested files) → values, plus where they came from. */
export interface ReportedMetrics {
  /** Display path of the file or run. */
  path: string;
  values: Map<string, ReportedValue>;
  /** Human name of the format, for the report (`JSON`, `SageMaker model quality`). */
  format: string;
}

/** Largest metrics, benchmark or MLflow metric file read: real ones are kilobytes. */
export const MAX_SMALL_FILE_BYTES = 10 * 1024 * 1024;

/** Most numeric leaves taken from one metrics file. */
export const MAX_METRIC_KEYS = 10_000;
