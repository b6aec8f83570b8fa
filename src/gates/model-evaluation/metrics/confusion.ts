import type { Multiplicity, PredictionTable } from '../table.js';
import { type MetricValue, measured, notMeasurable } from './value.js';

/** Weighted confusion counts of a classification table, with which classes occur at all. */
export interface Confusion {
  /** Number of classes. */
  k: number;
  /** Weighted counts, `matrix[t * k + p]` for true class t predicted as p. */
  matrix: Float64Array;
  /** Per class: 1 when some present row has it as its true label (whatever its weight). */
  trueSeen: Uint8Array;
  /** Per class: 1 when some present row predicts it. */
  predSeen: Uint8Array;
  /** Rows present (the sum of multiplicities). */
  present: number;
  /** Sum of weights × multiplicities. */
  totalWeight: number;
  /** Class keys, for the reasons of values that are not measurable. */
  names: readonly string[];
}

/**
 * One pass over the rows: the weighted confusion matrix. `cells` holds each row's cell index
 * (true × k + predicted), precomputed once per table.
 */
export function confusionOf(table: PredictionTable, cells: Int32Array, m: Multiplicity): Confusion {
  const k = table.classes.length;
  const weight = table.weight;
  const matrix = new Float64Array(k * k);
  const count = new Float64Array(k * k);
  let present = 0;
  let totalWeight = 0;
  // Branch-free (no skip of multiplicity 0): resamples zero out rows at random.
  for (let i = 0; i < table.n; i++) {
    const mult = m ? (m[i] as number) : 1;
    const cell = cells[i] as number;
    const w = weight ? (weight[i] as number) * mult : mult;
    matrix[cell] = (matrix[cell] as number) + w;
    count[cell] = (count[cell] as number) + mult;
    present += mult;
    totalWeight += w;
  }
  // Which classes occur at all (whatever their weight), as sklearn's unique_labels sees them.
  const trueSeen = new Uint8Array(k);
  const predSeen = new Uint8Array(k);
  for (let t = 0; t < k; t++) {
    for (let p = 0; p < k; p++) {
      if ((count[t * k + p] as number) > 0) {
        trueSeen[t] = 1;
        predSeen[p] = 1;
      }
    }
  }
  return { k, matrix, trueSeen, predSeen, present, totalWeight, names: table.classes };
}

/** Share of the weight predicted right (sklearn accuracy_score). */
export function accuracy(c: Confusion): MetricValue {
  if (c.present === 0) return notMeasurable('no rows');
  if (c.totalWeight === 0) return notMeasurable('the weights sum to zero');
  let right = 0;
  for (let t = 0; t < c.k; t++) right += c.matrix[t * c.k + t] as number;
  return measured(right / c.totalWeight);
}

/** Per-class sums: true positives, predicted (column) and true (row) totals. */
function sums(c: Confusion): { tp: Float64Array; predSum: Float64Array; trueSum: Float64Array } {
  const tp = new Float64Array(c.k);
  const predSum = new Float64Array(c.k);
  const trueSum = new Float64Array(c.k);
  for (let t = 0; t < c.k; t++) {
    for (let p = 0; p < c.k; p++) {
      const v = c.matrix[t * c.k + p] as number;
      trueSum[t] = (trueSum[t] as number) + v;
      predSum[p] = (predSum[p] as number) + v;
      if (t === p) tp[t] = v;
    }
  }
  return { tp, predSum, trueSum };
}

/** How sklearn averages precision, recall and F1. */
export type Average = 'binary' | 'macro' | 'micro' | 'weighted';

/** Precision, recall and F1 under one averaging. */
export interface Prf {
  precision: MetricValue;
  recall: MetricValue;
  f1: MetricValue;
}

/**
 * Precision, recall and F1 as sklearn's precision_recall_fscore_support computes them with its
 * default `zero_division="warn"`: `binary` looks at the positive class only; the averages look at
 * the classes that occur as a label or a prediction (sklearn's unique_labels). Where sklearn warns
 * (a class never predicted: precision; never a label: recall; neither: F1) the value is not
 * measurable.
 */
export function precisionRecallF1(c: Confusion, average: Average, positive = 1): Prf {
  if (c.present === 0) {
    const none = notMeasurable('no rows');
    return { precision: none, recall: none, f1: none };
  }
  const { tp, predSum, trueSum } = sums(c);
  let labels: number[] = [];
  if (average === 'binary') labels = [positive];
  else for (let j = 0; j < c.k; j++) if (c.trueSeen[j] || c.predSeen[j]) labels.push(j);
  const noPred = labels.filter((j) => predSum[j] === 0);
  const noTrue = labels.filter((j) => trueSum[j] === 0);
  const neither = labels.filter((j) => predSum[j] === 0 && trueSum[j] === 0);
  if (average === 'micro') {
    // Pooled over the labels: every present row's label and prediction is one of them.
    let t = 0;
    let p = 0;
    let r = 0;
    for (const j of labels) {
      t += tp[j] as number;
      p += predSum[j] as number;
      r += trueSum[j] as number;
    }
    if (p === 0) {
      const none = notMeasurable('the weights sum to zero');
      return { precision: none, recall: none, f1: none };
    }
    const precision = t / p;
    const recall = t / r;
    const denom = precision + recall;
    return {
      precision: measured(precision),
      recall: measured(recall),
      f1: measured(denom === 0 ? 0 : (2 * precision * recall) / denom),
    };
  }
  const per = labels.map((j) => {
    const precision = predSum[j] === 0 ? 0 : (tp[j] as number) / (predSum[j] as number);
    const recall = trueSum[j] === 0 ? 0 : (tp[j] as number) / (trueSum[j] as number);
    const denom = precision + recall;
    return {
      precision,
      recall,
      f1: denom === 0 ? 0 : (2 * precision * recall) / denom,
      support: trueSum[j] as number,
    };
  });
  const mean = (pick: (x: (typeof per)[number]) => number) => {
    if (average !== 'weighted') return per.reduce((s, x) => s + pick(x), 0) / per.length;
    const total = per.reduce((s, x) => s + x.support, 0);
    return per.reduce((s, x) => s + pick(x) * x.support, 0) / total;
  };
  const why = (classes: number[], what: string) =>
    notMeasurable(`${what}: ${describeClasses(c, classes, average)}`);
  return {
    precision: noPred.length > 0 ? why(noPred, 'nothing predicted as') : measured(mean((x) => x.precision)),
    recall: noTrue.length > 0 ? why(noTrue, 'no row labelled') : measured(mean((x) => x.recall)),
    f1: neither.length > 0 ? why(neither, 'neither labelled nor predicted') : measured(mean((x) => x.f1)),
  };
}

/** The classes a reason names, quoted: `"cat", "dog"` (the positive class for binary). */
function describeClasses(c: Confusion, classes: number[], average: Average): string {
  const names = classes.map((j) => JSON.stringify(c.names[j] ?? String(j)));
  return average === 'binary' ? `the positive class ${names.join(', ')}` : names.join(', ');
}

/** Mean recall over the classes that occur (sklearn balanced_accuracy_score). */
export function balancedAccuracy(c: Confusion): MetricValue {
  if (c.present === 0) return notMeasurable('no rows');
  const { tp, trueSum } = sums(c);
  let total = 0;
  let count = 0;
  const missing: number[] = [];
  for (let j = 0; j < c.k; j++) {
    if (!c.trueSeen[j] && !c.predSeen[j]) continue;
    if (trueSum[j] === 0) missing.push(j);
    else {
      total += (tp[j] as number) / (trueSum[j] as number);
      count++;
    }
  }
  // sklearn warns "y_pred contains classes not in y_true" and drops them: the mean then covers
  // fewer classes than were predicted, which the gate does not report as balanced.
  if (missing.length > 0)
    return notMeasurable(
      `predicted but never a label: ${missing.map((j) => JSON.stringify(c.names[j] ?? String(j))).join(', ')}`,
    );
  return measured(total / count);
}

/** Binary rates from the 2×2 matrix (class 1 positive): TNR, FPR, FNR; a zero denominator is not measurable. */
export function binaryRates(
  c: Confusion,
): Record<
  'true_negative_rate' | 'false_positive_rate' | 'false_negative_rate' | 'selection_rate',
  MetricValue
> {
  const [tn, fp, fn, tp] = [c.matrix[0], c.matrix[1], c.matrix[2], c.matrix[3]] as [
    number,
    number,
    number,
    number,
  ];
  const ratio = (num: number, den: number, why: string) =>
    den === 0 ? notMeasurable(why) : measured(num / den);
  return {
    true_negative_rate: ratio(tn, tn + fp, 'no negative row'),
    false_positive_rate: ratio(fp, tn + fp, 'no negative row'),
    false_negative_rate: ratio(fn, fn + tp, 'no positive row'),
    selection_rate: ratio(fp + tp, c.totalWeight, c.present === 0 ? 'no rows' : 'the weights sum to zero'),
  };
}
