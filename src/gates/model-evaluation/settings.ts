import type { FairnessMetric, Task } from './catalog.js';

/**
 * Everything the model evaluation gate needs, after the config section and the options are
 * merged and checked (`parse-settings.ts`). Paths are relative to `cwd`, forward slashes.
 */
export interface ModelEvaluationSettings {
  cwd: string;
  models: ModelSpec[];
  /** Git ref whose merge base with HEAD is the baseline of models with `baseline.from: base`. */
  base?: string;
  bootstrap: BootstrapSettings;
  /** Findings listed per file for bad rows; the rest are counted. */
  maxFindingsPerFile: number;
  /**
   * Rows of a predictions file held in memory at once before the rest go to disk in chunks
   * (default ROWS_PER_CHUNK; tests lower it to run the chunked sweep on small files).
   */
  rowsPerChunk?: number;
}

/**
 * Rows held in memory at once (about 20 MB of typed columns): larger files are swept from disk
 * in chunks of this many, so memory stays flat in the number of rows.
 */
export const ROWS_PER_CHUNK = 1 << 18;

/** The paired bootstrap of metric differences (docs/model-evaluation.md). */
export interface BootstrapSettings {
  enabled: boolean;
  resamples: number;
  /** Two-sided level of the percentile interval, e.g. 0.95. */
  confidence: number;
  seed: number;
}

/** File formats of a predictions file. */
export type PredictionsFormat = 'csv' | 'tsv' | 'jsonl' | 'parquet';

/** Column names of a predictions file. */
export interface ColumnNames {
  label: string;
  /** The predicted class or value; binary default: score ≥ threshold; multiclass: the most probable class. */
  prediction?: string;
  /** Binary: the positive class's score. */
  score?: string;
  /** Multiclass: class → the column holding its probability. */
  probabilities?: Record<string, string>;
  weight?: string;
  /** Joins candidate and baseline rows for the paired bootstrap. */
  id?: string;
  /** Group (slice) columns read with the rows. */
  groups: string[];
}

/** A predictions file and how to read it. */
export interface PredictionsSpec {
  path: string;
  format: PredictionsFormat;
  columns: ColumnNames;
  /** Rows with bad values: `error` (the model cannot be judged) or `skip` (dropped, with a warning). */
  invalidRows: 'error' | 'skip';
  /** Refuse files with more rows than this. */
  maxRows: number;
}

/** Formats of an evaluation metrics file. */
export type MetricsFormat = 'auto' | 'json' | 'yaml' | 'sagemaker' | 'mlflow-run' | 'csv';

/** A metrics file (or MLflow run directory) and where each metric sits in it. */
export interface MetricsFileSpec {
  path: string;
  format: MetricsFormat;
  /** Metric → JSON pointer (`/test/roc_auc`) or dotted path (`test.roc_auc`) into the file. */
  keys: Record<string, string>;
}

/** How the decisions and scores of a classifier are read. */
export interface ClassSettings {
  /** Declared classes; labels outside them are bad rows. Empty: the classes the file holds. */
  classes: string[];
  /** Binary: the positive class (canonical key). Default: `1` or `true`. */
  positiveClass?: string;
  /** Binary: a score at or above this predicts the positive class (when there is no prediction column). */
  decisionThreshold: number;
  scoreKind: 'probability' | 'margin';
}

/** Bounds and allowed change of one metric (MLflow MetricThreshold semantics, plus drops). */
export interface MetricRule {
  metric: string;
  greaterIsBetter: boolean;
  min?: number;
  max?: number;
  /** Largest allowed change in the bad direction, in the metric's units. */
  maxDrop?: number;
  /** Largest allowed change in the bad direction, as a fraction of |baseline|. */
  maxRelativeDrop?: number;
  /** MLflow `min_absolute_change`: the candidate must beat the baseline by this much. */
  minAbsoluteChange?: number;
  /** MLflow `min_relative_change`. */
  minRelativeChange?: number;
}

/** Where a model's baseline comes from. */
export type BaselineSpec =
  | { kind: 'none' }
  | { kind: 'base' }
  | { kind: 'file'; predictions?: PredictionsSpec; metricsFile?: MetricsFileSpec; benchmarkFile?: string }
  | MlflowBaselineSpec
  | SageMakerBaselineSpec;

/** The champion in an MLflow Model Registry: the run metrics of the version behind an alias. */
export interface MlflowBaselineSpec {
  kind: 'mlflow';
  model: string;
  alias: string;
  trackingUri: string;
  token?: string;
  username?: string;
  password?: string;
  timeoutMs: number;
  /** Metric → the run metric's key when it is not the metric's name (`test_roc_auc`). */
  keys: Record<string, string>;
}

/** The latest approved package of a SageMaker model package group. */
export interface SageMakerBaselineSpec {
  kind: 'sagemaker';
  /** A model package group name, or one package's ARN. */
  modelPackage: string;
  region: string;
  endpoint?: string;
  /** S3 endpoint override for the statistics object (path-style addressing). */
  s3Endpoint?: string;
  timeoutMs: number;
  keys: Record<string, string>;
}

/** Per-slice rules. */
export interface SliceSettings {
  columns: string[];
  /** Slices with fewer rows are reported, not judged. */
  minRows: number;
  /** Metric → smallest value every judged slice must reach (for lower-is-better metrics: `max`). */
  min: Record<string, number>;
  max: Record<string, number>;
  /** Fairness gap or metric → largest allowed gap between judged slices of a column. */
  maxGap: Partial<Record<FairnessMetric, number>> & Record<string, number>;
  /** Fairness ratio → smallest allowed ratio. */
  minRatio: Record<string, number>;
}

/** A bound on a budget figure and its growth against the baseline. */
export interface BudgetRule {
  max?: number;
  min?: number;
  /** Largest allowed growth (latency, size) or drop (throughput) as a fraction of the baseline. */
  maxGrowth?: number;
}

/** Size, latency and throughput budgets. */
export interface BudgetSettings {
  /** Globs of the files that make up the model artifact; default: every file under the model's path. */
  artifacts: string[];
  sizeMb?: BudgetRule;
  benchmarkFile?: string;
  /** Percentile (`p50`, `p95`, `p99`, `mean`, `max`) → rule, in milliseconds. */
  latencyMs: Record<string, BudgetRule>;
  throughputRps?: BudgetRule;
}

/** One model to judge. */
export interface ModelSpec {
  name: string;
  task: Task;
  /** The model's directory (size budget; `{model}` in messages). */
  path?: string;
  predictions?: PredictionsSpec;
  metricsFile?: MetricsFileSpec;
  classes: ClassSettings;
  primaryMetric: string;
  rules: MetricRule[];
  baseline: BaselineSpec;
  slices?: SliceSettings;
  budgets?: BudgetSettings;
}
