import type { Confusion } from '../metrics/confusion.js';
import { EPS, type RegressionSums } from '../metrics/regression.js';
import type { PredictionTable } from '../table.js';

/**
 * The views a file's metrics are reported over: view 0 is every row, then one view per value of
 * each group column (column j's value c is view `offsets[j] + c`).
 */
export class Views {
  readonly offsets: number[] = [];
  readonly count: number;

  constructor(groups: ReadonlyArray<{ values: readonly string[] }>) {
    let next = 1;
    for (const g of groups) {
      this.offsets.push(next);
      next += g.values.length;
    }
    this.count = next;
  }
}

/**
 * Sums over the rows of every view at once, added chunk by chunk in file order — the same
 * additions, in the same order, as the in-memory metrics make over a slice's 0/1 multiplicity,
 * so the figures are the same to the last bit.
 */
export class ViewSums {
  /** Classification: weighted confusion counts, `k·k` per view. */
  readonly matrix: Float64Array;
  /** Classification: rows per confusion cell, whatever their weight. */
  readonly cellRows: Float64Array;
  readonly present: Float64Array;
  readonly totalWeight: Float64Array;
  /** Σ w·term of the log loss and the Brier score. */
  readonly logSum: Float64Array;
  readonly brierSum: Float64Array;
  /** Regression sums, and R²'s Σ w·(y − ȳ)² from the second pass. */
  readonly abs: Float64Array;
  readonly sq: Float64Array;
  readonly pct: Float64Array;
  readonly sumY: Float64Array;
  readonly squares: Float64Array;
  private means?: Float64Array;

  constructor(
    readonly views: Views,
    readonly k: number,
  ) {
    const perView = () => new Float64Array(views.count);
    this.matrix = new Float64Array(views.count * k * k);
    this.cellRows = new Float64Array(views.count * k * k);
    this.present = perView();
    this.totalWeight = perView();
    this.logSum = perView();
    this.brierSum = perView();
    this.abs = perView();
    this.sq = perView();
    this.pct = perView();
    this.sumY = perView();
    this.squares = perView();
  }

  /** The views row `i` of `t` belongs to, into `out`; how many. */
  private viewsOf(t: PredictionTable, i: number, out: Int32Array): number {
    out[0] = 0;
    for (let j = 0; j < t.groups.length; j++)
      out[j + 1] =
        (this.views.offsets[j] as number) +
        ((t.groups[j] as PredictionTable['groups'][number]).codes[i] as number);
    return t.groups.length + 1;
  }

  /** Adds a classification chunk: confusion cells, and each row's loss terms when the file has them. */
  addClassification(t: PredictionTable, terms: { log?: Float64Array; brier?: Float64Array }): void {
    const k = this.k;
    const label = t.labelClass ?? new Int32Array(0);
    const pred = t.predClass ?? new Int32Array(0);
    const at = new Int32Array(t.groups.length + 1);
    for (let i = 0; i < t.n; i++) {
      const w = t.weight ? (t.weight[i] as number) : 1;
      const cell = (label[i] as number) * k + (pred[i] as number);
      const views = this.viewsOf(t, i, at);
      for (let a = 0; a < views; a++) {
        const v = at[a] as number;
        const c = v * k * k + cell;
        this.matrix[c] = (this.matrix[c] as number) + w;
        this.cellRows[c] = (this.cellRows[c] as number) + 1;
        this.present[v] = (this.present[v] as number) + 1;
        this.totalWeight[v] = (this.totalWeight[v] as number) + w;
        if (terms.log) this.logSum[v] = (this.logSum[v] as number) + w * (terms.log[i] as number);
        if (terms.brier) this.brierSum[v] = (this.brierSum[v] as number) + w * (terms.brier[i] as number);
      }
    }
  }

  /** Adds a regression chunk's sums (the same expressions as regressionMetrics). */
  addRegression(t: PredictionTable): void {
    const y = t.labelValue ?? new Float64Array(0);
    const yhat = t.predValue ?? new Float64Array(0);
    const at = new Int32Array(t.groups.length + 1);
    for (let i = 0; i < t.n; i++) {
      const w = t.weight ? (t.weight[i] as number) : 1;
      const truth = y[i] as number;
      const d = (yhat[i] as number) - truth;
      const views = this.viewsOf(t, i, at);
      for (let a = 0; a < views; a++) {
        const v = at[a] as number;
        this.abs[v] = (this.abs[v] as number) + w * Math.abs(d);
        this.sq[v] = (this.sq[v] as number) + w * d * d;
        this.pct[v] = (this.pct[v] as number) + (w * Math.abs(d)) / Math.max(Math.abs(truth), EPS);
        this.sumY[v] = (this.sumY[v] as number) + w * truth;
        this.totalWeight[v] = (this.totalWeight[v] as number) + w;
        this.present[v] = (this.present[v] as number) + 1;
      }
    }
  }

  /** Second regression pass: Σ w·(y − ȳ_view)² around each view's weighted mean label. */
  addSquares(t: PredictionTable): void {
    const y = t.labelValue ?? new Float64Array(0);
    const at = new Int32Array(t.groups.length + 1);
    const mean = (this.means ??= this.sumY.map((s, v) => s / (this.totalWeight[v] as number)));
    for (let i = 0; i < t.n; i++) {
      const views = this.viewsOf(t, i, at);
      for (let a = 0; a < views; a++) {
        const v = at[a] as number;
        const d = (y[i] as number) - (mean[v] as number);
        this.squares[v] = (this.squares[v] as number) + (t.weight ? (t.weight[i] as number) : 1) * d * d;
      }
    }
  }

  /** A view's confusion matrix. */
  confusion(v: number, names: readonly string[]): Confusion {
    const k = this.k;
    const cells = k * k;
    const rows = this.cellRows.subarray(v * cells, (v + 1) * cells);
    const trueSeen = new Uint8Array(k);
    const predSeen = new Uint8Array(k);
    for (let t = 0; t < k; t++)
      for (let p = 0; p < k; p++)
        if ((rows[t * k + p] as number) > 0) {
          trueSeen[t] = 1;
          predSeen[p] = 1;
        }
    return {
      k,
      matrix: this.matrix.slice(v * cells, (v + 1) * cells),
      trueSeen,
      predSeen,
      present: this.present[v] as number,
      totalWeight: this.totalWeight[v] as number,
      names,
    };
  }

  /** A view's regression sums. */
  regression(v: number): RegressionSums {
    const at = (a: Float64Array) => a[v] as number;
    return {
      abs: at(this.abs),
      sq: at(this.sq),
      pct: at(this.pct),
      sumY: at(this.sumY),
      total: at(this.totalWeight),
      present: at(this.present),
    };
  }
}
