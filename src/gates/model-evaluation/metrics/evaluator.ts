import { metricsFor, type Task } from '../catalog.js';
import type { Multiplicity, PredictionTable } from '../table.js';
import {
  accuracy,
  type Average,
  type Confusion,
  balancedAccuracy,
  binaryRates,
  confusionOf,
  precisionRecallF1,
} from './confusion.js';
import { binaryAreas, type CurveAreas, oneVsRestAreas, type RankCache } from './curves.js';
import { binaryLogLoss, brier, multiclassLogLoss } from './probability.js';
import { regressionMetrics, type RegressionMetrics } from './regression.js';
import { type MetricValue, measured } from './value.js';

/** One-vs-rest areas of a multiclass problem, averaged. */
export type OvrAreas = ReturnType<typeof oneVsRestAreas>;

/**
 * The intermediates every metric is computed from, over one set of rows: a table's rows under a
 * multiplicity (TableParts), or figures merged from rows streamed through disk (spill/).
 */
export interface MetricParts {
  readonly task: Task;
  /** Binary: the file has a score column; multiclass: probability columns. */
  readonly scored: boolean;
  confusion(): Confusion;
  /** Binary ROC AUC and average precision. */
  areas(): CurveAreas;
  /** Multiclass one-vs-rest areas. */
  ovr(): OvrAreas;
  logLoss(): MetricValue;
  brier(): MetricValue;
  regression(): RegressionMetrics;
}

/** A table's rows under one multiplicity (all rows, a slice, a bootstrap resample). */
export class TableParts implements MetricParts {
  readonly task: Task;
  readonly scored: boolean;

  constructor(
    private readonly table: PredictionTable,
    private readonly ranks: RankCache,
    private readonly m?: Multiplicity,
  ) {
    this.task = table.task;
    this.scored =
      table.task === 'binary-classification' ? table.score !== undefined : table.proba !== undefined;
  }

  confusion(): Confusion {
    return confusionOf(this.table, this.ranks.cells(), this.m);
  }

  areas(): CurveAreas {
    return binaryAreas(this.ranks, this.m);
  }

  ovr(): OvrAreas {
    return oneVsRestAreas(this.ranks, this.m);
  }

  logLoss(): MetricValue {
    return this.task === 'binary-classification'
      ? binaryLogLoss(this.ranks, this.m)
      : multiclassLogLoss(this.ranks, this.m);
  }

  brier(): MetricValue {
    return brier(this.ranks, this.m);
  }

  regression(): RegressionMetrics {
    return regressionMetrics(this.table, this.m);
  }
}

/**
 * Computes metrics of one set of rows, each intermediate (confusion matrix, curves, regression
 * sums) at most once and only when a requested metric needs it — a bootstrap that compares only
 * `roc_auc` never builds a confusion matrix.
 */
export class Evaluator {
  private confusionCache?: Confusion;
  private readonly prfCache = new Map<Average, ReturnType<typeof precisionRecallF1>>();
  private areasCache?: CurveAreas;
  private ovrCache?: OvrAreas;
  private regressionCache?: RegressionMetrics;

  constructor(private readonly parts: MetricParts) {}

  /** The value of a canonical metric name, or undefined when the table's task has no such metric. */
  value(name: string): MetricValue | undefined {
    const t = this.parts.task;
    if (t === 'regression') {
      const r = (this.regressionCache ??= this.parts.regression());
      return name in r ? r[name as keyof RegressionMetrics] : undefined;
    }
    const prf = /^(precision|recall|f1)(?:_(macro|micro|weighted))?$/.exec(name);
    if (prf) {
      const average = (prf[2] ?? 'binary') as Average;
      if (average === 'binary' && t !== 'binary-classification') return undefined;
      return this.prf(average)[prf[1] as 'precision' | 'recall' | 'f1'];
    }
    return t === 'binary-classification' ? this.binary(name) : this.multiclass(name);
  }

  /** Every metric of the table's task, by canonical name. */
  all(): Map<string, MetricValue> {
    const out = new Map<string, MetricValue>();
    for (const info of metricsFor(this.parts.task)) {
      const v = this.value(info.name);
      if (v) out.set(info.name, v);
    }
    return out;
  }

  /** The weighted confusion matrix (classification only). */
  confusion(): Confusion {
    return (this.confusionCache ??= this.parts.confusion());
  }

  private prf(average: Average): ReturnType<typeof precisionRecallF1> {
    let v = this.prfCache.get(average);
    if (!v) {
      v = precisionRecallF1(this.confusion(), average, 1);
      this.prfCache.set(average, v);
    }
    return v;
  }

  private binary(name: string): MetricValue | undefined {
    // Without a score column only the decisions are known: no curve, no probability metric.
    if (!this.parts.scored && ['roc_auc', 'pr_auc', 'log_loss', 'brier'].includes(name)) return undefined;
    switch (name) {
      case 'accuracy':
        return accuracy(this.confusion());
      case 'balanced_accuracy':
        return balancedAccuracy(this.confusion());
      case 'roc_auc':
        return this.areas().rocAuc;
      case 'pr_auc':
        return this.areas().averagePrecision;
      case 'log_loss':
        return this.parts.logLoss();
      case 'brier':
        return this.parts.brier();
      case 'tn':
      case 'fp':
      case 'fn':
      case 'tp':
        return measured(this.confusion().matrix[['tn', 'fp', 'fn', 'tp'].indexOf(name)] as number);
      case 'true_negative_rate':
      case 'false_positive_rate':
      case 'false_negative_rate':
      case 'selection_rate':
        return binaryRates(this.confusion())[name];
      default:
        return undefined;
    }
  }

  private multiclass(name: string): MetricValue | undefined {
    if (!this.parts.scored && ['roc_auc', 'roc_auc_weighted', 'pr_auc', 'log_loss'].includes(name))
      return undefined;
    switch (name) {
      case 'accuracy':
        return accuracy(this.confusion());
      case 'balanced_accuracy':
        return balancedAccuracy(this.confusion());
      case 'roc_auc':
        return this.ovr().rocAuc;
      case 'roc_auc_weighted':
        return this.ovr().rocAucWeighted;
      case 'pr_auc':
        return this.ovr().averagePrecision;
      case 'log_loss':
        return this.parts.logLoss();
      default:
        return undefined;
    }
  }

  private areas(): CurveAreas {
    return (this.areasCache ??= this.parts.areas());
  }

  private ovr(): OvrAreas {
    return (this.ovrCache ??= this.parts.ovr());
  }
}

/** An evaluator of a table's rows under a multiplicity. */
export function tableEvaluator(table: PredictionTable, ranks: RankCache, m?: Multiplicity): Evaluator {
  return new Evaluator(new TableParts(table, ranks, m));
}
