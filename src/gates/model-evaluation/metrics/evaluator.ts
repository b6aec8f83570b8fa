import { metricsFor } from '../catalog.js';
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
import { binaryAreas, type CurveAreas, oneVsRestAreas, RankCache } from './curves.js';
import { binaryLogLoss, brier, multiclassLogLoss } from './probability.js';
import { regressionMetrics, type RegressionMetrics } from './regression.js';
import { type MetricValue, measured } from './value.js';

/**
 * Computes metrics of one table under one multiplicity (all rows, a slice, a bootstrap
 * resample), each intermediate (confusion matrix, curves, regression sums) at most once and
 * only when a requested metric needs it — a bootstrap that compares only `roc_auc` never builds
 * a confusion matrix.
 */
export class Evaluator {
  private confusionCache?: Confusion;
  private readonly prfCache = new Map<Average, ReturnType<typeof precisionRecallF1>>();
  private areasCache?: CurveAreas;
  private ovrCache?: ReturnType<typeof oneVsRestAreas>;
  private regressionCache?: RegressionMetrics;

  constructor(
    private readonly table: PredictionTable,
    private readonly ranks: RankCache,
    private readonly m?: Multiplicity,
  ) {}

  /** The value of a canonical metric name, or undefined when the table's task has no such metric. */
  value(name: string): MetricValue | undefined {
    const t = this.table.task;
    if (t === 'regression') {
      const r = (this.regressionCache ??= regressionMetrics(this.table, this.m));
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
    for (const info of metricsFor(this.table.task)) {
      const v = this.value(info.name);
      if (v) out.set(info.name, v);
    }
    return out;
  }

  /** The weighted confusion matrix (classification only). */
  confusion(): Confusion {
    return (this.confusionCache ??= confusionOf(this.table, this.ranks.cells(), this.m));
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
    if (!this.table.score && ['roc_auc', 'pr_auc', 'log_loss', 'brier'].includes(name)) return undefined;
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
        return binaryLogLoss(this.ranks, this.m);
      case 'brier':
        return brier(this.ranks, this.m);
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
    if (!this.table.proba && ['roc_auc', 'roc_auc_weighted', 'pr_auc', 'log_loss'].includes(name))
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
        return multiclassLogLoss(this.ranks, this.m);
      default:
        return undefined;
    }
  }

  private areas(): CurveAreas {
    return (this.areasCache ??= binaryAreas(this.ranks, this.m));
  }

  private ovr(): ReturnType<typeof oneVsRestAreas> {
    return (this.ovrCache ??= oneVsRestAreas(this.ranks, this.m));
  }
}

/** All metrics of a table over all its rows. */
export function computeMetrics(
  table: PredictionTable,
  ranks = new RankCache(table),
): Map<string, MetricValue> {
  return new Evaluator(table, ranks).all();
}
