import type { Task } from '../../../../src/gates/model-evaluation/catalog.js';
import type { ClassSettings, PredictionsSpec } from '../../../../src/gates/model-evaluation/settings.js';
import { seeded } from './python.js';

/** One generated predictions file, as the gate reads it and as sklearn-reference.py reads it. */
export interface DifferentialCase {
  name: string;
  task: Task;
  csv: string;
  spec: PredictionsSpec;
  classes: ClassSettings;
  /** What the Python side gets: the good rows only. */
  python: Record<string, unknown>;
}

const NO_CLASSES: ClassSettings = { classes: [], decisionThreshold: 0.5, scoreKind: 'probability' };

function spec(columns: PredictionsSpec['columns'], invalidRows: 'error' | 'skip' = 'error'): PredictionsSpec {
  return { path: 'predictions.csv', format: 'csv', columns, invalidRows, maxRows: 10_000_000 };
}

/** Options of a generated binary case. */
export interface BinaryOptions {
  n: number;
  seed: number;
  /** Probability that a row is positive (0 or 1: one class only). */
  positiveRate?: number;
  weights?: 'none' | 'positive' | 'with-zeros' | 'all-zero';
  /** Round scores to one decimal: many ties. */
  ties?: boolean;
  labels?: ['0', '1'] | ['no', 'yes'] | ['false', 'true'];
  /** Predictions from a column (noisy), else the gate thresholds the score at 0.5. */
  predictionColumn?: boolean;
  /** Some scores exactly 0 or 1 (log loss clipping). */
  extremes?: boolean;
  margin?: boolean;
  /** Write `nan` into some scores; those rows are skipped (invalid-rows: skip). */
  nanRows?: boolean;
}

function weightOf(kind: BinaryOptions['weights'], rnd: () => number): number | undefined {
  switch (kind) {
    case 'positive':
      return Math.round((0.2 + rnd() * 3) * 1000) / 1000;
    case 'with-zeros':
      return rnd() < 0.2 ? 0 : Math.round(rnd() * 5 * 100) / 100;
    case 'all-zero':
      return 0;
    default:
      return undefined;
  }
}

/** A binary case: label, score correlated with it, optional prediction/weight columns. */
export function binaryCase(o: BinaryOptions): DifferentialCase {
  const rnd = seeded(o.seed);
  const [neg, pos] = o.labels ?? ['0', '1'];
  const rate = o.positiveRate ?? 0.4;
  const rows: string[] = [];
  const py = {
    y_true: [] as string[],
    y_pred: [] as string[],
    score: [] as number[],
    weight: [] as number[],
  };
  for (let i = 0; i < o.n; i++) {
    const positive = rnd() < rate;
    const z = (positive ? 1 : -1) * 0.8 + (rnd() - 0.5) * 3;
    let s = o.margin ? Math.round(z * 1e6) / 1e6 : 1 / (1 + Math.exp(-z));
    if (o.ties) s = Math.round(s * 10) / 10;
    if (o.extremes && rnd() < 0.1) s = positive === rnd() < 0.5 ? 1 : 0;
    const pred = o.predictionColumn ? ((rnd() < 0.5 ? s >= 0.5 : rnd() < 0.5) ? pos : neg) : undefined;
    const w = weightOf(o.weights, rnd);
    const bad = o.nanRows === true && rnd() < 0.05;
    rows.push([`r${i}`, positive ? pos : neg, pred ?? '', bad ? 'nan' : String(s), w ?? ''].join(','));
    if (bad) continue;
    py.y_true.push(positive ? pos : neg);
    py.y_pred.push(pred ?? (s >= 0.5 ? pos : neg));
    py.score.push(s);
    if (w !== undefined) py.weight.push(w);
  }
  const weighted = (o.weights ?? 'none') !== 'none';
  const columns = {
    label: 'label',
    score: 'score',
    id: 'id',
    groups: [],
    ...(o.predictionColumn ? { prediction: 'prediction' } : {}),
    ...(weighted ? { weight: 'weight' } : {}),
  };
  return {
    name: `binary ${JSON.stringify(o)}`,
    task: 'binary-classification',
    csv: `id,label,prediction,score,weight\n${rows.join('\n')}\n`,
    spec: spec(columns, o.nanRows ? 'skip' : 'error'),
    classes: {
      ...NO_CLASSES,
      ...(o.labels?.[1] === 'yes' ? { positiveClass: 'yes' } : {}),
      scoreKind: o.margin ? 'margin' : 'probability',
      decisionThreshold: 0.5,
    },
    python: {
      task: 'binary-classification',
      positive: pos,
      score_kind: o.margin ? 'margin' : 'probability',
      ...py,
      weight: weighted ? py.weight : null,
    },
  };
}

/** Options of a generated multiclass case. */
export interface MulticlassOptions {
  n: number;
  seed: number;
  classes: string[];
  weights?: BinaryOptions['weights'];
  /** Probabilities in tenths: ties between classes and between rows. */
  ties?: boolean;
  /** This class is never a label (one-vs-rest areas are not measurable). */
  absentLabel?: string;
  predictionColumn?: boolean;
  /** No probability columns: only decisions. */
  noProbabilities?: boolean;
}

function probabilities(k: number, truth: number, ties: boolean, rnd: () => number): number[] {
  if (ties) {
    const tenths = new Array<number>(k).fill(0);
    for (let t = 0; t < 10; t++) {
      const j = rnd() < 0.4 ? truth : Math.floor(rnd() * k);
      tenths[j] = (tenths[j] ?? 0) + 1;
    }
    return tenths.map((x) => x / 10);
  }
  const logits = Array.from({ length: k }, (_, j) => (j === truth ? 1.2 : 0) + rnd() * 2);
  const e = logits.map((x) => Math.exp(x));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}

/** A multiclass case with one probability column per class. */
export function multiclassCase(o: MulticlassOptions): DifferentialCase {
  const rnd = seeded(o.seed);
  const k = o.classes.length;
  const numeric = o.classes.every((c) => /^\d+$/.test(c));
  const sorted = numeric ? [...o.classes].sort((a, b) => Number(a) - Number(b)) : [...o.classes].sort();
  const rows: string[] = [];
  const py = {
    y_true: [] as string[],
    y_pred: [] as string[],
    proba: [] as number[][],
    weight: [] as number[],
  };
  for (let i = 0; i < o.n; i++) {
    let truth = Math.floor(rnd() * k);
    if (o.classes[truth] === o.absentLabel) truth = (truth + 1) % k;
    const p = probabilities(k, truth, o.ties === true, rnd);
    const pred = o.predictionColumn ? o.classes[rnd() < 0.6 ? truth : Math.floor(rnd() * k)] : undefined;
    const w = weightOf(o.weights, rnd);
    rows.push([o.classes[truth], pred ?? '', ...(o.noProbabilities ? [] : p.map(String)), w ?? ''].join(','));
    py.y_true.push(o.classes[truth] as string);
    if (pred !== undefined) py.y_pred.push(pred);
    // In class-sorted column order, as sklearn wants them.
    py.proba.push(sorted.map((c) => p[o.classes.indexOf(c)] as number));
    if (w !== undefined) py.weight.push(w);
  }
  if (!o.predictionColumn) {
    // numpy's argmax over the sorted columns: the first of equal maxima wins.
    py.y_pred = py.proba.map((row) => sorted[row.indexOf(Math.max(...row))] as string);
  }
  const weighted = (o.weights ?? 'none') !== 'none';
  const probCols = o.noProbabilities ? [] : o.classes.map((c) => `p_${c}`);
  const columns = {
    label: 'label',
    groups: [],
    ...(o.predictionColumn ? { prediction: 'prediction' } : {}),
    ...(o.noProbabilities ? {} : { probabilities: Object.fromEntries(o.classes.map((c) => [c, `p_${c}`])) }),
    ...(weighted ? { weight: 'weight' } : {}),
  };
  return {
    name: `multiclass ${JSON.stringify(o)}`,
    task: 'multiclass-classification',
    csv: `${['label', 'prediction', ...probCols, 'weight'].join(',')}\n${rows.join('\n')}\n`,
    spec: spec(columns),
    classes: NO_CLASSES,
    python: {
      task: 'multiclass-classification',
      classes: sorted,
      numeric_classes: numeric,
      ...py,
      proba: o.noProbabilities ? null : py.proba,
      weight: weighted ? py.weight : null,
    },
  };
}

/** Options of a generated regression case. */
export interface RegressionOptions {
  n: number;
  seed: number;
  weights?: BinaryOptions['weights'];
  constantLabels?: boolean;
  /** Some labels exactly 0 (MAPE divides by max(|y|, eps)). */
  zeros?: boolean;
  perfect?: boolean;
}

/** A regression case: label and prediction, optional weights. */
export function regressionCase(o: RegressionOptions): DifferentialCase {
  const rnd = seeded(o.seed);
  const rows: string[] = [];
  const py = { y_true: [] as number[], y_pred: [] as number[], weight: [] as number[] };
  for (let i = 0; i < o.n; i++) {
    let y = o.constantLabels ? 3.25 : Math.round((rnd() * 200 - 50) * 1e4) / 1e4;
    if (o.zeros && rnd() < 0.1) y = 0;
    const yhat = o.perfect ? y : Math.round((y + (rnd() - 0.4) * 20) * 1e4) / 1e4;
    const w = weightOf(o.weights, rnd);
    rows.push([y, yhat, w ?? ''].join(','));
    py.y_true.push(y);
    py.y_pred.push(yhat);
    if (w !== undefined) py.weight.push(w);
  }
  const weighted = (o.weights ?? 'none') !== 'none';
  return {
    name: `regression ${JSON.stringify(o)}`,
    task: 'regression',
    csv: `label,prediction,weight\n${rows.join('\n')}\n`,
    spec: spec({
      label: 'label',
      prediction: 'prediction',
      groups: [],
      ...(weighted ? { weight: 'weight' } : {}),
    }),
    classes: NO_CLASSES,
    python: { task: 'regression', ...py, weight: weighted ? py.weight : null },
  };
}

/** The cases: sizes from 1 row up, ties, one class, weights with zeros, strings, NaN rows. */
export function allCases(): DifferentialCase[] {
  const cases: DifferentialCase[] = [];
  let seed = 1;
  for (const n of [1, 2, 3, 7, 40, 500, 4000]) {
    for (const weights of ['none', 'positive', 'with-zeros'] as const) {
      cases.push(binaryCase({ n, seed: seed++, weights }));
      cases.push(binaryCase({ n, seed: seed++, weights, ties: true, predictionColumn: true }));
      cases.push(multiclassCase({ n, seed: seed++, weights, classes: ['cat', 'dog', 'emu'] }));
      cases.push(regressionCase({ n, seed: seed++, weights }));
    }
  }
  cases.push(
    binaryCase({ n: 300, seed: seed++, positiveRate: 0 }),
    binaryCase({ n: 300, seed: seed++, positiveRate: 1, predictionColumn: true }),
    binaryCase({ n: 300, seed: seed++, positiveRate: 0, weights: 'with-zeros', ties: true }),
    binaryCase({ n: 50, seed: seed++, weights: 'all-zero' }),
    binaryCase({ n: 600, seed: seed++, labels: ['no', 'yes'], predictionColumn: true, weights: 'positive' }),
    binaryCase({ n: 600, seed: seed++, labels: ['false', 'true'], ties: true }),
    binaryCase({ n: 800, seed: seed++, extremes: true, weights: 'positive' }),
    binaryCase({ n: 800, seed: seed++, margin: true }),
    binaryCase({ n: 900, seed: seed++, nanRows: true, weights: 'positive' }),
    binaryCase({ n: 2000, seed: seed++, positiveRate: 0.02, ties: true, weights: 'with-zeros' }),
    multiclassCase({ n: 700, seed: seed++, classes: ['2', '10', '3', '7'], ties: true }),
    multiclassCase({
      n: 700,
      seed: seed++,
      classes: ['b', 'a', 'c', 'd', 'e'],
      predictionColumn: true,
      weights: 'positive',
    }),
    multiclassCase({ n: 400, seed: seed++, classes: ['x', 'y', 'z'], absentLabel: 'y' }),
    multiclassCase({
      n: 400,
      seed: seed++,
      classes: ['x', 'y', 'z'],
      absentLabel: 'z',
      predictionColumn: true,
      weights: 'with-zeros',
    }),
    multiclassCase({
      n: 300,
      seed: seed++,
      classes: ['x', 'y', 'z'],
      predictionColumn: true,
      noProbabilities: true,
    }),
    multiclassCase({ n: 30, seed: seed++, classes: ['x', 'y', 'z'], weights: 'all-zero' }),
    regressionCase({ n: 50, seed: seed++, constantLabels: true }),
    regressionCase({ n: 50, seed: seed++, constantLabels: true, perfect: true }),
    regressionCase({ n: 500, seed: seed++, zeros: true, weights: 'positive' }),
    regressionCase({ n: 500, seed: seed++, perfect: true, weights: 'with-zeros' }),
    regressionCase({ n: 40, seed, weights: 'all-zero' }),
  );
  return cases;
}
