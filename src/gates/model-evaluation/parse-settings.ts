import type { GateContext, OptionValues } from '../../result/gate.js';
import { ConfigurationError } from '../../util/errors.js';
import type { ModelConfig, ModelEvaluationConfig, RuleConfig } from './config-section.js';
import { parseModel } from './parse-model.js';
import { parseDropOption, parseThresholdOption } from './parse-rules.js';
import { formatOf } from './readers/format.js';
import type { ModelEvaluationSettings } from './settings.js';

function str(options: OptionValues, name: string): string | undefined {
  const v = options[name];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function list(options: OptionValues, name: string): string[] {
  const v = options[name];
  return Array.isArray(v) ? v : typeof v === 'string' && v !== '' ? [v] : [];
}

function num(options: OptionValues, name: string): number | undefined {
  const v = options[name];
  return typeof v === 'number' ? v : undefined;
}

/** The options that describe or change one model. */
const MODEL_OPTIONS = [
  'predictions',
  'metrics-file',
  'task',
  'name',
  'label-column',
  'score-column',
  'prediction-column',
  'id-column',
  'weight-column',
  'group-columns',
  'positive-class',
  'baseline',
  'threshold',
  'max-drop',
  'benchmark-file',
];

/** Applies the one-model options to a model config (a configured model, or a new one). */
function applyModelOptions(base: ModelConfig, options: OptionValues): ModelConfig {
  const m: ModelConfig = { ...base, columns: { ...base.columns } };
  const predictions = str(options, 'predictions');
  const metricsFile = str(options, 'metrics-file');
  if (predictions) m.predictions = predictions;
  if (metricsFile) m['metrics-file'] = metricsFile;
  const cols = m.columns ?? {};
  for (const [option, column] of [
    ['label-column', 'label'],
    ['score-column', 'score'],
    ['prediction-column', 'prediction'],
    ['id-column', 'id'],
    ['weight-column', 'weight'],
  ] as const) {
    const v = str(options, option);
    if (v) cols[column] = v;
  }
  if (list(options, 'group-columns').length > 0) cols.groups = list(options, 'group-columns');
  const positive = str(options, 'positive-class');
  if (positive) m['positive-class'] = positive;
  const baseline = str(options, 'baseline');
  if (baseline)
    m.baseline =
      baseline === 'base' || baseline === 'none'
        ? { from: baseline }
        : formatOf(baseline)
          ? { from: 'file', predictions: baseline }
          : { from: 'file', 'metrics-file': baseline };
  const thresholds: Record<string, RuleConfig> = { ...m.thresholds };
  for (const t of list(options, 'threshold')) {
    const { metric, config } = parseThresholdOption(t);
    thresholds[metric] = { ...thresholds[metric], ...config };
  }
  for (const d of list(options, 'max-drop')) {
    const { metric, drop } = parseDropOption(d);
    thresholds[metric] = { ...thresholds[metric], 'max-drop': drop };
  }
  m.thresholds = thresholds;
  const bench = str(options, 'benchmark-file');
  if (bench) m.budgets = { ...m.budgets, 'benchmark-file': bench };
  return m;
}

/** The configured models, narrowed by `--models`, with the one-model options applied. */
function selectModels(section: ModelEvaluationConfig, options: OptionValues): ModelConfig[] {
  let models: ModelConfig[] = section.models ?? [];
  const names = list(options, 'models');
  for (const n of names) {
    if (!models.some((m) => m.name === n))
      throw new ConfigurationError(
        `--models: no model named ${JSON.stringify(n)} in model-evaluation.models (${models.map((m) => m.name).join(', ') || 'none'})`,
        undefined,
        'Pass names from the config.',
      );
  }
  if (names.length > 0) models = models.filter((m) => names.includes(m.name));
  const given = MODEL_OPTIONS.filter((o) => options[o] !== undefined);
  if (given.length === 0) return models;
  if (models.length === 0) {
    const task = str(options, 'task');
    if (!task)
      throw new ConfigurationError(
        '--task is required when the model is described by options (no model-evaluation.models in the config)',
        undefined,
        'Pass --task binary-classification, multiclass-classification or regression.',
      );
    return [
      applyModelOptions(
        { name: str(options, 'name') ?? 'model', task: task as ModelConfig['task'] },
        options,
      ),
    ];
  }
  if (models.length > 1) {
    throw new ConfigurationError(
      `--${given[0] ?? ''} applies to one model, but ${models.length} are configured`,
      undefined,
      'Pick one with --models <name>, or set the value in the config.',
    );
  }
  return [applyModelOptions(models[0] as ModelConfig, options)];
}

/**
 * The config section and options merged into settings, every value checked; a mistake is a
 * ConfigurationError naming the key and the fix. Credentials come from the environment the
 * context carries (MLFLOW_TRACKING_TOKEN, AWS_REGION), or the mlflow-token option.
 */
export function modelEvaluationSettings(
  section: unknown,
  options: OptionValues,
  ctx: GateContext,
): ModelEvaluationSettings {
  const config = (section ?? {}) as ModelEvaluationConfig;
  const token = str(options, 'mlflow-token');
  const env = token ? { ...ctx.env, MLFLOW_TRACKING_TOKEN: token } : ctx.env;
  const models = selectModels(config, options).map((m, i) =>
    parseModel(m, i, config.thresholds, { ...ctx, env }),
  );
  if (models.length === 0) {
    throw new ConfigurationError(
      'model-evaluation.models is empty: there is no model to evaluate',
      undefined,
      'Declare each model (name, task, predictions) under model-evaluation.models, or pass --predictions and --task.',
    );
  }
  const seen = new Set<string>();
  for (const m of models) {
    if (seen.has(m.name))
      throw new ConfigurationError(
        `model-evaluation.models: the name ${JSON.stringify(m.name)} is used twice`,
        undefined,
        'Give every model its own name; it keys the report.',
      );
    seen.add(m.name);
  }
  const b = config.bootstrap ?? {};
  const resamples = num(options, 'resamples') ?? b.resamples ?? 1000;
  const confidence = num(options, 'confidence') ?? b.confidence ?? 0.95;
  const seed = num(options, 'seed') ?? b.seed ?? 42;
  if (!Number.isInteger(resamples) || resamples < 10 || resamples > 100_000)
    throw new ConfigurationError(
      `bootstrap.resamples: ${resamples} is not a whole number from 10 to 100000`,
      undefined,
      'Use 1000 (the default) or more for stable 95% intervals.',
    );
  if (!(confidence > 0 && confidence < 1))
    throw new ConfigurationError(
      `bootstrap.confidence: ${confidence} is not between 0 and 1`,
      undefined,
      'Write the level as a fraction, e.g. 0.95.',
    );
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new ConfigurationError(
      `bootstrap.seed: ${seed} is not a whole number from 0 to 4294967295`,
      undefined,
      'Use any fixed whole number, e.g. 42.',
    );
  const pr = ctx.event.pullRequest;
  const base = str(options, 'base') ?? config.base ?? (pr ? `origin/${pr.baseRef}` : undefined);
  return {
    cwd: ctx.cwd,
    models,
    ...(base ? { base } : {}),
    bootstrap: { enabled: b.enabled ?? true, resamples, confidence, seed },
    maxFindingsPerFile: config['max-findings-per-file'] ?? 20,
  };
}
