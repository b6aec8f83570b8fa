import { averageOneVsRest, type CurveAreas, classScores, sortedColumn } from '../metrics/curves.js';
import type { Confusion } from '../metrics/confusion.js';
import { Evaluator, type MetricParts, type OvrAreas } from '../metrics/evaluator.js';
import {
  binaryLossTerms,
  brierTerms,
  marginReason,
  meanOf,
  multiclassLossTerms,
} from '../metrics/probability.js';
import { finishRegression, type RegressionMetrics } from '../metrics/regression.js';
import type { MetricValue } from '../metrics/value.js';
import { inMemoryRows, type PredictionRows, type SliceKey } from '../prediction-rows.js';
import { Scratch } from '../scratch.js';
import { assembleTable } from '../table-assemble.js';
import type { PredictionTable } from '../table.js';
import type { SpilledFile } from './chunk-spill.js';
import { readChunk } from './chunks.js';
import { gatherChunks } from './gather.js';
import { sweepViews } from './curve-sweep.js';
import { type RunRecord, writeRun } from './sorted-runs.js';
import { Views, ViewSums } from './view-sums.js';

/**
 * Sweeps a predictions file's rows from disk, chunk by chunk, into every figure the judge asks
 * for — all rows and each slice — then deletes the scratch file. Memory is one chunk plus one
 * block per sorted run, whatever the number of rows: sums are added in file order, and each
 * chunk's scores are sorted into a run on disk that a k-way merge sweeps for the exact ROC and
 * precision-recall curves (an external sort). A problem when the labels do not say which class
 * is positive.
 */
export function spilledRows(spilled: SpilledFile): PredictionRows | { problem: string } {
  try {
    return sweep(spilled);
  } finally {
    spilled.file.close();
  }
}

/** Each chunk finished with the whole file's classes. */
function* tables(spilled: SpilledFile, arrays: Scratch): Generator<PredictionTable> {
  for (const record of spilled.chunks) {
    const table = assembleTable(readChunk(spilled.file, record, arrays), spilled.meta, arrays);
    if ('problem' in table) throw new Error(table.problem);
    yield table;
  }
}

/**
 * Most confusion cells (views × classes²) kept for a chunked sweep: 4M cells are 64 MB in the two
 * arrays. Many classes and many slices together (1,000 classes and a group column of 1,000
 * values) would need far more; such a file is held in memory instead.
 */
const MAX_VIEW_CELLS = 1 << 22;

function sweep(spilled: SpilledFile): PredictionRows | { problem: string } {
  const { meta, file } = spilled;
  const arrays = new Scratch();
  const first = assembleTable(
    readChunk(file, spilled.chunks[0] as (typeof spilled.chunks)[number], arrays),
    meta,
    arrays,
  );
  if ('problem' in first) return first;
  // What the views need of the file, not the first chunk's rows (which would stay in memory).
  const shape: Shape = {
    task: first.task,
    classes: first.classes,
    scoreKind: first.scoreKind,
    scored: first.task === 'binary-classification' ? first.score !== undefined : first.proba !== undefined,
  };
  const views = new Views(meta.groups);
  const k = first.classes.length;
  if (views.count * Math.max(1, k * k) > MAX_VIEW_CELLS) {
    // A confusion matrix per view would outweigh the rows: hold the rows instead.
    const whole = assembleTable(gatherChunks(spilled), meta);
    return 'problem' in whole ? whole : inMemoryRows(whole);
  }
  const sums = new ViewSums(views, first.classes.length);
  const curveColumns = first.score ? 1 : first.proba ? first.classes.length : 0;
  const runs: RunRecord[][] = Array.from({ length: curveColumns }, () => []);
  for (const t of tables(spilled, arrays)) {
    if (t.task === 'regression') {
      sums.addRegression(t);
      continue;
    }
    const terms = lossTerms(t, arrays);
    sums.addClassification(t, terms);
    const codes = t.groups.map((g) => g.codes);
    for (let c = 0; c < curveColumns; c++) {
      const score = classScores(t, c, arrays);
      runs[c]?.push(writeRun(file, sortedColumn(t, score, c, arrays), score, codes, arrays));
    }
  }
  if (first.task === 'regression') for (const t of tables(spilled, arrays)) sums.addSquares(t);
  const areas = runs.map((r) => sweepViews(file, r, views));
  return merged(spilled, shape, sums, areas);
}

function lossTerms(t: PredictionTable, arrays: Scratch): { log?: Float64Array; brier?: Float64Array } {
  const log = arrays.f64('log-loss', t.n);
  if (t.task === 'binary-classification')
    return t.score && !marginReason(t)
      ? { log: binaryLossTerms(t, log), brier: brierTerms(t, arrays.f64('brier', t.n)) }
      : {};
  return t.proba ? { log: multiclassLossTerms(t, log) } : {};
}

/** The rows as the judge sees them, every view's figures already computed. */
function merged(spilled: SpilledFile, first: Shape, sums: ViewSums, areas: CurveAreas[][]): PredictionRows {
  const { views } = sums;
  const slices = spilled.meta.groups.map((g, j) => ({
    name: g.name,
    values: g.values,
    rows: Uint32Array.from(
      g.values,
      (_, code) => sums.present[(views.offsets[j] as number) + code] as number,
    ),
  }));
  const evaluators = new Map<number, Evaluator>();
  const evaluator = (slice?: SliceKey): Evaluator => {
    const v = slice ? (views.offsets[slice.column] as number) + slice.code : 0;
    let ev = evaluators.get(v);
    if (!ev) {
      ev = new Evaluator(new ViewParts(first, sums, areas, v));
      evaluators.set(v, ev);
    }
    return ev;
  };
  return { task: first.task, n: spilled.n, classes: first.classes, slices, evaluator };
}

/** What every chunk of a file has in common. */
interface Shape {
  task: PredictionTable['task'];
  classes: string[];
  scoreKind: PredictionTable['scoreKind'];
  scored: boolean;
}

/** One view's figures, from the merged sums and sweeps. */
class ViewParts implements MetricParts {
  readonly task: PredictionTable['task'];
  readonly scored: boolean;

  constructor(
    private readonly first: Shape,
    private readonly sums: ViewSums,
    private readonly curves: CurveAreas[][],
    private readonly v: number,
  ) {
    this.task = first.task;
    this.scored = first.scored;
  }

  confusion(): Confusion {
    return this.sums.confusion(this.v, this.first.classes);
  }

  areas(): CurveAreas {
    return (this.curves[0] as CurveAreas[])[this.v] as CurveAreas;
  }

  ovr(): OvrAreas {
    return averageOneVsRest(
      this.curves.map((perView) => perView[this.v] as CurveAreas),
      this.first.classes,
    );
  }

  private mean(sum: Float64Array): MetricValue {
    const s = this.sums;
    return meanOf(sum[this.v] as number, s.totalWeight[this.v] as number, s.present[this.v] as number);
  }

  logLoss(): MetricValue {
    if (this.task === 'binary-classification') return marginReason(this.first) ?? this.mean(this.sums.logSum);
    return this.mean(this.sums.logSum);
  }

  brier(): MetricValue {
    return marginReason(this.first) ?? this.mean(this.sums.brierSum);
  }

  regression(): RegressionMetrics {
    return finishRegression(this.sums.regression(this.v), () => this.sums.squares[this.v] as number);
  }
}
