/**
 * The metrics the gate knows by name: which task computes them, whether more is better, and the
 * names other tools write them under (scikit-learn function names, MLflow `evaluate()` keys,
 * SageMaker model-quality keys), so a threshold on `roc_auc` finds `auc` in a SageMaker report.
 */

export { type Task, TASKS } from './tasks.js';
import type { Task } from './tasks.js';

/** One metric the gate computes or recognises. */
export interface MetricInfo {
  name: string;
  /** True when a larger value is better (MLflow's `greater_is_better`). */
  greaterIsBetter: boolean;
  /** Tasks whose predictions file yields the metric; empty for fairness gaps (slices only). */
  tasks: readonly Task[];
  /** Other spellings found in metrics files and configs. */
  aliases: readonly string[];
  /** What it is, for the docs and the report. */
  description: string;
}

const B: readonly Task[] = ['binary-classification'];
const BM: readonly Task[] = ['binary-classification', 'multiclass-classification'];
const R: readonly Task[] = ['regression'];

function m(
  name: string,
  greaterIsBetter: boolean,
  tasks: readonly Task[],
  description: string,
  aliases: readonly string[] = [],
): MetricInfo {
  return { name, greaterIsBetter, tasks, description, aliases };
}

/** Every metric the gate computes from predictions, plus the fairness gaps of slices. */
export const METRICS: readonly MetricInfo[] = [
  m('accuracy', true, BM, 'share of rows predicted right (sklearn accuracy_score)', [
    'accuracy_score',
    'acc',
  ]),
  m('balanced_accuracy', true, BM, 'mean recall over classes (sklearn balanced_accuracy_score)', [
    'balanced_accuracy_score',
  ]),
  m('precision', true, B, 'precision of the positive class (sklearn precision_score)', ['precision_score']),
  m('recall', true, B, 'recall of the positive class (sklearn recall_score)', [
    'recall_score',
    'true_positive_rate',
    'tpr',
    'sensitivity',
  ]),
  m('f1', true, B, 'F1 of the positive class (sklearn f1_score)', ['f1_score']),
  m('precision_macro', true, BM, "unweighted mean of the classes' precision", ['macro_precision']),
  m('recall_macro', true, BM, "unweighted mean of the classes' recall", ['macro_recall']),
  m('f1_macro', true, BM, "unweighted mean of the classes' F1", ['macro_f1']),
  m('precision_micro', true, BM, 'precision over all decisions pooled', ['micro_precision']),
  m('recall_micro', true, BM, 'recall over all decisions pooled', ['micro_recall']),
  m('f1_micro', true, BM, 'F1 over all decisions pooled', ['micro_f1']),
  m('precision_weighted', true, BM, "classes' precision weighted by support", ['weighted_precision']),
  m('recall_weighted', true, BM, "classes' recall weighted by support", ['weighted_recall']),
  m('f1_weighted', true, BM, "classes' F1 weighted by support", ['weighted_f1']),
  m('true_negative_rate', true, B, 'recall of the negative class (specificity)', ['tnr', 'specificity']),
  m('false_positive_rate', false, B, 'share of negatives predicted positive', ['fpr']),
  m('false_negative_rate', false, B, 'share of positives predicted negative', ['fnr']),
  m('roc_auc', true, BM, 'area under the ROC curve (sklearn roc_auc_score; multiclass: one-vs-rest, macro)', [
    'auc',
    'roc_auc_score',
    'auroc',
  ]),
  m('roc_auc_weighted', true, ['multiclass-classification'], 'one-vs-rest ROC AUC weighted by class support'),
  m(
    'pr_auc',
    true,
    BM,
    'average precision (sklearn average_precision_score; multiclass: one-vs-rest, macro)',
    ['average_precision', 'average_precision_score', 'precision_recall_auc', 'auprc'],
  ),
  m('log_loss', false, BM, 'cross-entropy of the predicted probabilities (sklearn log_loss)', [
    'logloss',
    'cross_entropy',
  ]),
  m('brier', false, B, 'mean squared error of the positive-class probability (sklearn brier_score_loss)', [
    'brier_score',
    'brier_score_loss',
  ]),
  m('tp', true, B, 'true positives (weighted count)', ['true_positives']),
  m('fp', false, B, 'false positives (weighted count)', ['false_positives']),
  m('tn', true, B, 'true negatives (weighted count)', ['true_negatives']),
  m('fn', false, B, 'false negatives (weighted count)', ['false_negatives']),
  m('mae', false, R, 'mean absolute error', ['mean_absolute_error']),
  m('mse', false, R, 'mean squared error', ['mean_squared_error']),
  m('rmse', false, R, 'root mean squared error', ['root_mean_squared_error']),
  m('r2', true, R, 'coefficient of determination (sklearn r2_score)', ['r2_score', 'r_squared']),
  m('mape', false, R, 'mean absolute percentage error, as a fraction (sklearn)', [
    'mean_absolute_percentage_error',
  ]),
  m(
    'demographic_parity_difference',
    false,
    [],
    'largest minus smallest selection rate between groups (Fairlearn)',
  ),
  m('demographic_parity_ratio', true, [], 'smallest over largest selection rate between groups (Fairlearn)'),
  m(
    'equalized_odds_difference',
    false,
    [],
    'larger of the TPR and FPR differences between groups (Fairlearn)',
  ),
  m('equalized_odds_ratio', true, [], 'smaller of the TPR and FPR ratios between groups (Fairlearn)'),
  m('selection_rate', true, B, 'share of rows predicted positive (Fairlearn selection_rate)'),
];

const BY_NAME = new Map<string, MetricInfo>();
for (const info of METRICS) {
  BY_NAME.set(info.name, info);
  for (const alias of info.aliases) BY_NAME.set(alias, info);
}

/** The catalogue entry of a name or alias (case-insensitive, `-` read as `_`), if known. */
export function metricInfo(name: string): MetricInfo | undefined {
  return BY_NAME.get(normalizeName(name));
}

/** The canonical name of a metric, or the name normalised when the gate does not know it. */
export function canonicalMetric(name: string): string {
  return metricInfo(name)?.name ?? normalizeName(name);
}

/** Lower case with `-` and spaces as `_`: `ROC-AUC` and `roc_auc` are one metric. */
export function normalizeName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** The metrics a predictions file of a task yields. */
export function metricsFor(task: Task): MetricInfo[] {
  return METRICS.filter((info) => info.tasks.includes(task));
}

/** The fairness gaps slices may bound. */
export const FAIRNESS_METRICS = [
  'demographic_parity_difference',
  'demographic_parity_ratio',
  'equalized_odds_difference',
  'equalized_odds_ratio',
] as const;

/** One of the fairness gaps. */
export type FairnessMetric = (typeof FAIRNESS_METRICS)[number];

/** The metric a model is judged by when the config names none: the usual headline of its task. */
export function defaultPrimaryMetric(task: Task): string {
  if (task === 'regression') return 'rmse';
  return task === 'binary-classification' ? 'roc_auc' : 'accuracy';
}
