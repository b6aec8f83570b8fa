import { argsortDescending } from '../radix-sort.js';
import { type Arrays, FRESH } from '../scratch.js';
import type { Multiplicity, PredictionTable } from '../table.js';
import { type MetricValue, measured, notMeasurable } from './value.js';

/** One score column laid out in descending score order, with the runs of equal scores. */
export interface SortedColumn {
  /** Row index of each position. */
  order: Uint32Array;
  /** 1 where the row at that position is positive. */
  positive: Uint8Array;
  /** The weight at each position, when the table has weights. */
  weight?: Float64Array;
  /** End (exclusive) of each run of equal scores: one ROC/PR threshold each. */
  runEnds: Int32Array;
}

/**
 * Everything about a table that does not depend on which rows count: the sorted score columns
 * and per-row loss terms, computed once and shared by every evaluation of the table (all rows,
 * each slice, each bootstrap resample). A resample then costs one pass per metric — never a
 * sort, never a logarithm.
 */
export class RankCache {
  private readonly sorted = new Map<number, SortedColumn>();
  private readonly terms = new Map<string, Float64Array>();
  private cellCache?: Int32Array;

  constructor(readonly table: PredictionTable) {}

  /** Rows by score (class `c`'s probability for multiclass), highest first, with equal-score runs. */
  column(c: number): SortedColumn {
    let s = this.sorted.get(c);
    if (!s) {
      s = this.sortColumn(c);
      this.sorted.set(c, s);
    }
    return s;
  }

  private sortColumn(c: number): SortedColumn {
    return sortedColumn(this.table, classScores(this.table, c), c);
  }

  /** Per row, its confusion-matrix cell (true class × k + predicted class). */
  cells(): Int32Array {
    this.cellCache ??= confusionCells(this.table);
    return this.cellCache;
  }

  /** A per-row term (a row's log loss, squared error, …), computed once by `make`. */
  rowTerm(name: string, make: (table: PredictionTable) => Float64Array): Float64Array {
    let v = this.terms.get(name);
    if (!v) {
      v = make(this.table);
      this.terms.set(name, v);
    }
    return v;
  }
}

/** Binary: the score; multiclass: class `c`'s probability column. */
export function classScores(t: PredictionTable, c: number, arrays: Arrays = FRESH): Float64Array {
  if (t.task === 'binary-classification') return t.score ?? new Float64Array(0);
  const k = t.classes.length;
  const proba = t.proba ?? new Float64Array(0);
  const column = arrays.f64('class-scores', t.n);
  for (let i = 0; i < t.n; i++) column[i] = proba[i * k + c] as number;
  return column;
}

/** The rows by `score` (class `c`'s), highest first, with each row's positive flag and weight. */
export function sortedColumn(
  t: PredictionTable,
  score: Float64Array,
  c: number,
  arrays: Arrays = FRESH,
): SortedColumn {
  const order = argsortDescending(score, arrays);
  const label = t.labelClass ?? new Int32Array(0);
  const positive = arrays.u8('sorted-positive', t.n);
  const weight = t.weight ? arrays.f64('sorted-weight', t.n) : undefined;
  const ends = arrays.i32('run-ends', t.n);
  let runs = 0;
  const target = t.task === 'binary-classification' ? 1 : c;
  for (let j = 0; j < t.n; j++) {
    const i = order[j] as number;
    positive[j] = label[i] === target ? 1 : 0;
    if (weight) weight[j] = (t.weight as Float64Array)[i] as number;
    if (j + 1 === t.n || score[order[j + 1] as number] !== score[i]) ends[runs++] = j + 1;
  }
  return { order, positive, ...(weight ? { weight } : {}), runEnds: ends.subarray(0, runs) };
}

function confusionCells(t: PredictionTable): Int32Array {
  const k = t.classes.length;
  const label = t.labelClass ?? new Int32Array(0);
  const pred = t.predClass ?? new Int32Array(0);
  const out = new Int32Array(t.n);
  for (let i = 0; i < t.n; i++) out[i] = (label[i] as number) * k + (pred[i] as number);
  return out;
}

/** ROC AUC and average precision of one binary problem. */
export interface CurveAreas {
  rocAuc: MetricValue;
  averagePrecision: MetricValue;
  /** Weighted positives, for weighting one-vs-rest averages. */
  positives: number;
}

/**
 * One sweep down a sorted column, a run of equal scores at a time (one threshold each, as
 * sklearn's `_binary_clf_curve` takes distinct values): the ROC area by the trapezoidal rule
 * over the (FPR, TPR) points, exactly `sklearn.metrics.auc(roc_curve(...))`; average precision
 * as the step sum Σ (Rₖ − Rₖ₋₁)·Pₖ, exactly `average_precision_score`.
 */
export function curveAreas(s: SortedColumn, m: Multiplicity): CurveAreas {
  const { order, positive, weight, runEnds } = s;
  let tp = 0;
  let fp = 0;
  let prevTp = 0;
  let prevFp = 0;
  let twiceArea = 0;
  let ap = 0;
  let presentPos = 0;
  let presentNeg = 0;
  let j = 0;
  for (let r = 0; r < runEnds.length; r++) {
    const end = runEnds[r] as number;
    // Branch-free: which rows are positive, and which a resample left out, is random.
    for (; j < end; j++) {
      const mult = m ? (m[order[j] as number] as number) : 1;
      const w = weight ? (weight[j] as number) * mult : mult;
      const p = positive[j] as number;
      tp += p * w;
      fp += (1 - p) * w;
      presentPos += p * mult;
      presentNeg += (1 - p) * mult;
    }
    twiceArea += (fp - prevFp) * (tp + prevTp);
    if (tp > prevTp) ap += (tp - prevTp) * (tp / (tp + fp));
    prevTp = tp;
    prevFp = fp;
  }
  return areasOf({ tp, fp, twiceArea, ap, presentPos, presentNeg });
}

/** Where a sweep down the curves ended: the totals, twice the ROC area, the AP step sum. */
export interface SweepEnd {
  /** Weighted positives and negatives. */
  tp: number;
  fp: number;
  twiceArea: number;
  ap: number;
  /** Rows present with a positive (negative) label, whatever their weight. */
  presentPos: number;
  presentNeg: number;
}

/** The areas a finished sweep gives, or why they are not measurable (as scikit-learn decides). */
export function areasOf({ tp, fp, twiceArea, ap, presentPos, presentNeg }: SweepEnd): CurveAreas {
  let rocAuc: MetricValue;
  const seenPos = presentPos > 0;
  if (!seenPos || presentNeg === 0) rocAuc = notMeasurable('only one class in the labels');
  else if (tp === 0 || fp === 0)
    rocAuc = notMeasurable(tp === 0 ? 'the positives weigh 0' : 'the negatives weigh 0');
  else rocAuc = measured(twiceArea / 2 / (tp * fp));
  const averagePrecision =
    tp === 0 ? notMeasurable(seenPos ? 'the positives weigh 0' : 'no positive label') : measured(ap / tp);
  return { rocAuc, averagePrecision, positives: tp };
}

/** Binary ROC AUC and average precision of a table. */
export function binaryAreas(cache: RankCache, m: Multiplicity): CurveAreas {
  return curveAreas(cache.column(0), m);
}

/**
 * Multiclass one-vs-rest: each class against the rest on its probability column, averaged
 * unweighted (macro) or by the class's weighted support, as sklearn's `roc_auc_score(...,
 * multi_class="ovr")` and `average_precision_score(label_binarize(y), proba)` do. Not
 * measurable as soon as one class is (sklearn raises for the ROC, warns for the precision).
 */
export function oneVsRestAreas(
  cache: RankCache,
  m: Multiplicity,
): { rocAuc: MetricValue; rocAucWeighted: MetricValue; averagePrecision: MetricValue } {
  const classes = cache.table.classes;
  return averageOneVsRest(
    classes.map((_, c) => curveAreas(cache.column(c), m)),
    classes,
  );
}

/** One-vs-rest averages of each class's areas (`areas[c]` for `classes[c]`). */
export function averageOneVsRest(
  areas: readonly CurveAreas[],
  classes: readonly string[],
): { rocAuc: MetricValue; rocAucWeighted: MetricValue; averagePrecision: MetricValue } {
  const firstBad = (pick: (a: CurveAreas) => MetricValue) => {
    const c = areas.findIndex((a) => pick(a).value === null);
    return c < 0
      ? undefined
      : notMeasurable(`class ${JSON.stringify(classes[c])}: ${pick(areas[c] as CurveAreas).reason ?? ''}`);
  };
  const macro = (pick: (a: CurveAreas) => MetricValue) =>
    firstBad(pick) ?? measured(areas.reduce((s, a) => s + (pick(a).value as number), 0) / classes.length);
  const support = areas.reduce((s, a) => s + a.positives, 0);
  const weighted =
    firstBad((a) => a.rocAuc) ??
    measured(areas.reduce((s, a) => s + (a.rocAuc.value as number) * a.positives, 0) / support);
  return {
    rocAuc: macro((a) => a.rocAuc),
    rocAucWeighted: weighted,
    averagePrecision: macro((a) => a.averagePrecision),
  };
}
