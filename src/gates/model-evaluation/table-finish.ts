import { type ClassDictionary, defaultPositive, negativeName } from './class-dictionary.js';
import { type Arrays, FRESH } from './scratch.js';
import type { ClassSettings } from './settings.js';
import type { PredictionTable } from './table.js';

/** A classification file's columns as streamed: class indexes in first-seen dictionary order. */
export interface RawClassColumns {
  n: number;
  dict: ClassDictionary;
  label: Int32Array;
  /** When the file has a prediction column. */
  pred?: Int32Array;
  score?: Float64Array;
  /** Probabilities in the config's column order, row-major. */
  proba?: Float64Array;
}

/** The class columns of a finished table. */
type ClassColumns = Pick<PredictionTable, 'classes' | 'labelClass' | 'predClass' | 'score' | 'proba'>;

/**
 * Binary: classes `[negative, positive]`, labels and predictions as 0/1 (rewritten in place),
 * predictions from `score ≥ decision-threshold` when the file has none. A problem when the
 * labels do not say which class is positive (`yes`/`no` and no `positive-class`).
 */
export function finishBinary(
  raw: RawClassColumns,
  settings: ClassSettings,
  arrays: Arrays = FRESH,
): ClassColumns | { problem: string } {
  const keys = raw.dict.keys;
  const positive = settings.positiveClass ?? defaultPositive(keys);
  if (positive === undefined) {
    return {
      problem: `the labels are ${keys.map((k) => JSON.stringify(k)).join(' and ')}, so the positive class is not known`,
    };
  }
  const posIndex = keys.indexOf(positive);
  const toBinary = (column: Int32Array) => {
    for (let i = 0; i < column.length; i++) column[i] = column[i] === posIndex ? 1 : 0;
    return column;
  };
  let pred: Int32Array;
  if (raw.pred) pred = toBinary(raw.pred);
  else {
    const score = raw.score ?? new Float64Array(0);
    pred = arrays.i32('binary-pred', raw.n);
    for (let i = 0; i < raw.n; i++) pred[i] = (score[i] as number) >= settings.decisionThreshold ? 1 : 0;
  }
  return {
    classes: [negativeName(positive, keys), positive],
    labelClass: toBinary(raw.label),
    predClass: pred,
    ...(raw.score ? { score: raw.score } : {}),
  };
}

/**
 * Multiclass: classes in scikit-learn's order, label and prediction indexes remapped to it,
 * probability columns reordered to it, predictions as the most probable class when the file
 * has none.
 */
export function finishMulticlass(raw: RawClassColumns, arrays: Arrays = FRESH): ClassColumns {
  const { classes, remap } = raw.dict.sorted();
  const k = classes.length;
  const { n, label } = raw;
  for (let i = 0; i < n; i++) label[i] = remap[label[i] as number] as number;
  let proba: Float64Array | undefined;
  if (raw.proba) {
    const from = raw.proba;
    proba = arrays.f64('sorted-proba', n * k);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < k; j++) proba[i * k + (remap[j] as number)] = from[i * k + j] as number;
  }
  let pred: Int32Array;
  if (raw.pred) {
    pred = raw.pred;
    for (let i = 0; i < n; i++) pred[i] = remap[pred[i] as number] as number;
  } else pred = argmaxRows(proba ?? new Float64Array(0), n, k, arrays.i32('argmax-pred', n));
  return { classes, labelClass: label, predClass: pred, ...(proba ? { proba } : {}) };
}

/** The most probable class per row; ties go to the first class, as numpy's argmax does. */
function argmaxRows(proba: Float64Array, n: number, k: number, out: Int32Array): Int32Array {
  for (let i = 0; i < n; i++) {
    let best = 0;
    for (let j = 1; j < k; j++) if ((proba[i * k + j] as number) > (proba[i * k + best] as number)) best = j;
    out[i] = best;
  }
  return out;
}
