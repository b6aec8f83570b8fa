import type { Task } from './catalog.js';

/**
 * A predictions file as the metrics read it: one typed array per column, one entry per row.
 * Memory per row: 8 bytes each for label, prediction (regression) or score, 4 bytes for a class
 * index, 8 for a weight, 4 per group column, 8·k for k class probabilities; an id column also
 * keeps one string per row (for pairing with the baseline's rows).
 */
export interface PredictionTable {
  task: Task;
  /** Rows read. */
  n: number;
  /**
   * Class keys in scikit-learn's order (numeric when every class is a number, else by code
   * point). Binary: `[negative, positive]`, whatever their order. Empty for regression.
   */
  classes: string[];
  /** Classification: the true class's index into `classes`. */
  labelClass?: Int32Array;
  /** Classification: the predicted class's index. */
  predClass?: Int32Array;
  /** Regression: the true value. */
  labelValue?: Float64Array;
  /** Regression: the predicted value. */
  predValue?: Float64Array;
  /** Binary: the positive class's score (a probability unless `scoreKind` is `margin`). */
  score?: Float64Array;
  /** Multiclass: probabilities, row-major, `classes.length` per row. */
  proba?: Float64Array;
  /** How to read `score`: a probability in [0, 1], or a margin (any real; no log loss, no Brier). */
  scoreKind: 'probability' | 'margin';
  /** Sample weights, when the file has a weight column. */
  weight?: Float64Array;
  /** One entry per group column. */
  groups: GroupColumn[];
  /** Row ids, when the file has an id column. */
  ids?: string[];
  /** 1-based line (CSV, JSON Lines) or row number (Parquet) of each row, for findings. */
  where: 'line' | 'row';
}

/** The values of one group (slice) column, dictionary-encoded. */
export interface GroupColumn {
  name: string;
  /** Distinct values in first-seen order. */
  values: string[];
  /** Per row, the index into `values`. */
  codes: Int32Array;
}

/**
 * How many times each row counts: a bootstrap resample's draw counts, a slice's 0/1 mask, or
 * undefined for every row once. A row with multiplicity 0 is absent (as if not in the file).
 */
export type Multiplicity = Uint32Array | Uint8Array | undefined;
