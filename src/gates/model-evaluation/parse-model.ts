import type { GateContext } from '../../result/gate.js';
import { ConfigurationError } from '../../util/errors.js';
import { canonicalClass } from './cells.js';
import { canonicalMetric, defaultPrimaryMetric, FAIRNESS_METRICS, metricInfo } from './catalog.js';
import type { ModelConfig, RuleConfig } from './config-section.js';
import { parseBaseline } from './parse-baseline.js';
import { parseColumns, parseMetricsFile, parsePredictions, safePath } from './parse-files.js';
import { mergeRules } from './parse-rules.js';
import type { BudgetSettings, ClassSettings, ColumnNames, ModelSpec, SliceSettings } from './settings.js';

/** One model's settings from its config entry (and the section's default thresholds). */
export function parseModel(
  config: ModelConfig,
  index: number,
  defaults: Record<string, RuleConfig> | undefined,
  ctx: GateContext,
): ModelSpec {
  const key = `model-evaluation.models[${index}]`;
  if (!config.predictions && !config['metrics-file']) {
    throw new ConfigurationError(
      `${key} (${config.name}): neither predictions nor metrics-file is set, so there is nothing to evaluate`,
      undefined,
      `Set ${key}.predictions (preferred: the gate computes the metrics) or ${key}.metrics-file.`,
    );
  }
  const columns = parseColumns(config, key);
  const classes = parseClasses(config, columns, key);
  const rules = mergeRules(defaults, config.thresholds, key);
  const spec: ModelSpec = {
    name: config.name,
    task: config.task,
    ...(config.path ? { path: safePath(config.path, `${key}.path`) } : {}),
    ...(config.predictions
      ? { predictions: parsePredictions(config.predictions, columns, `${key}.predictions`) }
      : {}),
    ...(config['metrics-file']
      ? { metricsFile: parseMetricsFile(config['metrics-file'], `${key}.metrics-file`) }
      : {}),
    classes,
    primaryMetric: canonicalMetric(
      config['primary-metric'] ??
        (config.task === 'binary-classification' && !columns.score
          ? 'accuracy'
          : defaultPrimaryMetric(config.task)),
    ),
    rules,
    baseline: parseBaseline(config.baseline, columns, ctx, key),
    ...(config.slices ? { slices: parseSlices(config.slices, config.task, key) } : {}),
    ...(config.budgets ? { budgets: parseBudgets(config, key) } : {}),
  };
  checkComputable(spec, key);
  return spec;
}

function parseClasses(config: ModelConfig, columns: ColumnNames, key: string): ClassSettings {
  const classes = (config.classes ?? []).map((c) => canonicalClass(String(c)));
  const positive =
    config['positive-class'] === undefined ? undefined : canonicalClass(String(config['positive-class']));
  if (config.task === 'binary-classification' && classes.length > 0 && classes.length !== 2) {
    throw new ConfigurationError(
      `${key}.classes: a binary task has two classes, not ${classes.length}`,
      undefined,
      `List the two classes, or set ${key}.task: multiclass-classification.`,
    );
  }
  if (positive !== undefined && classes.length > 0 && !classes.includes(positive)) {
    throw new ConfigurationError(
      `${key}.positive-class: ${JSON.stringify(positive)} is not one of the classes ${classes.join(', ')}`,
      undefined,
      `Make ${key}.positive-class one of ${key}.classes.`,
    );
  }
  if (positive !== undefined && config.task !== 'binary-classification') {
    throw new ConfigurationError(
      `${key}.positive-class only applies to binary-classification`,
      undefined,
      `Remove ${key}.positive-class.`,
    );
  }
  if (columns.probabilities && classes.length > 0) {
    const cols = Object.keys(columns.probabilities).map(canonicalClass).sort();
    if (cols.join('\n') !== [...classes].sort().join('\n')) {
      throw new ConfigurationError(
        `${key}: classes and columns.probabilities name different classes`,
        undefined,
        `Give one probability column per class in ${key}.classes.`,
      );
    }
  }
  const scoreKind = config.scores ?? 'probability';
  return {
    classes,
    ...(positive !== undefined ? { positiveClass: positive } : {}),
    decisionThreshold: config['decision-threshold'] ?? (scoreKind === 'margin' ? 0 : 0.5),
    scoreKind,
  };
}

function parseSlices(
  s: NonNullable<ModelConfig['slices']>,
  task: ModelConfig['task'],
  key: string,
): SliceSettings {
  const canon = (r: Record<string, number> | undefined) =>
    Object.fromEntries(Object.entries(r ?? {}).map(([m, v]) => [canonicalMetric(m), v]));
  const maxGap = canon(s['max-gap']);
  const minRatio = canon(s['min-ratio']);
  const fairness = [...Object.keys(maxGap), ...Object.keys(minRatio)].filter((m) =>
    (FAIRNESS_METRICS as readonly string[]).includes(m),
  );
  if (fairness.length > 0 && task !== 'binary-classification') {
    throw new ConfigurationError(
      `${key}.slices: ${fairness.join(', ')} are defined for binary classifiers (Fairlearn)`,
      undefined,
      `Bound per-slice metrics with ${key}.slices.min/max-gap instead.`,
    );
  }
  for (const m of Object.keys(minRatio)) {
    if (!m.endsWith('_ratio'))
      throw new ConfigurationError(
        `${key}.slices.min-ratio.${m}: only demographic_parity_ratio and equalized_odds_ratio are ratios`,
        undefined,
        `Use ${key}.slices.max-gap.${m} for a difference.`,
      );
  }
  for (const m of Object.keys(maxGap)) {
    if (m.endsWith('_ratio'))
      throw new ConfigurationError(
        `${key}.slices.max-gap.${m}: a ratio has a minimum, not a maximum gap`,
        undefined,
        `Use ${key}.slices.min-ratio.${m}.`,
      );
  }
  return {
    columns: s.columns,
    minRows: s['min-rows'] ?? 30,
    min: canon(s.min),
    max: canon(s.max),
    maxGap,
    minRatio,
  };
}

function parseBudgets(config: ModelConfig, key: string): BudgetSettings {
  const b = config.budgets ?? {};
  if (b['size-mb'] && !config.path && !(b.artifacts && b.artifacts.length > 0)) {
    throw new ConfigurationError(
      `${key}.budgets.size-mb: the model has no path and no budgets.artifacts, so its size is unknown`,
      undefined,
      `Set ${key}.path to the model directory, or ${key}.budgets.artifacts to its files.`,
    );
  }
  if ((b['latency-ms'] || b['throughput-rps']) && !b['benchmark-file']) {
    throw new ConfigurationError(
      `${key}.budgets: latency and throughput come from budgets.benchmark-file, which is not set`,
      undefined,
      `Set ${key}.budgets.benchmark-file to the benchmark step's results.`,
    );
  }
  const latencyMs = Object.fromEntries(
    Object.entries(b['latency-ms'] ?? {}).map(([p, r]) => [
      p,
      {
        ...(r.max !== undefined ? { max: r.max } : {}),
        ...(r['max-growth'] !== undefined ? { maxGrowth: r['max-growth'] } : {}),
      },
    ]),
  );
  const size = b['size-mb'];
  const tp = b['throughput-rps'];
  return {
    artifacts: (b.artifacts ?? []).map((a, i) => safePath(a, `${key}.budgets.artifacts[${i}]`)),
    ...(size
      ? {
          sizeMb: {
            ...(size.max !== undefined ? { max: size.max } : {}),
            ...(size['max-growth'] !== undefined ? { maxGrowth: size['max-growth'] } : {}),
          },
        }
      : {}),
    ...(b['benchmark-file']
      ? { benchmarkFile: safePath(b['benchmark-file'], `${key}.budgets.benchmark-file`) }
      : {}),
    latencyMs,
    ...(tp
      ? {
          throughputRps: {
            ...(tp.min !== undefined ? { min: tp.min } : {}),
            ...(tp['max-drop'] !== undefined ? { maxGrowth: tp['max-drop'] } : {}),
          },
        }
      : {}),
  };
}

/** A rule on a metric the predictions cannot give, with no metrics file to give it, is a config mistake. */
function checkComputable(spec: ModelSpec, key: string): void {
  if (spec.metricsFile || !spec.predictions) return;
  const cols = spec.predictions.columns;
  for (const metric of [
    spec.primaryMetric,
    ...spec.rules.map((r) => r.metric),
    ...Object.keys(spec.slices?.min ?? {}),
    ...Object.keys(spec.slices?.max ?? {}),
  ]) {
    const info = metricInfo(metric);
    if (!info || !info.tasks.includes(spec.task)) {
      throw new ConfigurationError(
        `${key}: ${metric} is not computed for ${spec.task} predictions and there is no metrics-file to read it from`,
        undefined,
        `Use a metric of the task (see docs/model-evaluation.md), or add ${key}.metrics-file.`,
      );
    }
    const needsScores = ['roc_auc', 'roc_auc_weighted', 'pr_auc', 'log_loss', 'brier'].includes(metric);
    if (needsScores && !cols.score && !cols.probabilities) {
      throw new ConfigurationError(
        `${key}: ${metric} needs scores, but the predictions have only decisions`,
        undefined,
        `Name the score column (${key}.columns.score, or columns.probabilities for multiclass).`,
      );
    }
    if ((metric === 'log_loss' || metric === 'brier') && spec.classes.scoreKind === 'margin') {
      throw new ConfigurationError(
        `${key}: ${metric} needs probabilities, but scores: margin`,
        undefined,
        'Bound roc_auc or pr_auc instead, or write calibrated probabilities.',
      );
    }
  }
}
