import type { GateOption } from '../../result/gate.js';
import { TASKS } from './tasks.js';

/**
 * The CLI options of `ml-quality-gates model-evaluation`, which are also the inputs of
 * `actions/model-evaluation` (passed as `MLQG_<NAME>`). Each overrides the config file; with no
 * config section, `predictions` (or `metrics-file`) and `task` describe one model.
 */
export const MODEL_EVALUATION_OPTIONS = [
  { name: 'models', kind: 'list', description: 'Names of configured models to evaluate (default: all)' },
  {
    name: 'base',
    kind: 'string',
    description: 'Git ref; baseline.from: base compares with the files at its merge base',
  },
  {
    name: 'predictions',
    kind: 'string',
    description: 'Predictions file (CSV, TSV, JSON Lines, Parquet) of the one model',
  },
  {
    name: 'metrics-file',
    kind: 'string',
    description: 'Metrics file (JSON, YAML, SageMaker, CSV) or MLflow run directory',
  },
  {
    name: 'task',
    kind: 'string',
    choices: TASKS,
    description: 'binary-classification, multiclass-classification or regression',
  },
  { name: 'name', kind: 'string', description: 'Name of the one model (default: model)' },
  { name: 'label-column', kind: 'string', description: 'Column of the true label (default: label)' },
  {
    name: 'score-column',
    kind: 'string',
    description: 'Binary: column of the positive-class score (default: score)',
  },
  { name: 'prediction-column', kind: 'string', description: 'Column of the predicted class or value' },
  { name: 'id-column', kind: 'string', description: 'Row id column, to pair candidate and baseline rows' },
  { name: 'weight-column', kind: 'string', description: 'Sample weight column' },
  { name: 'group-columns', kind: 'list', description: 'Group column to report slices for' },
  {
    name: 'positive-class',
    kind: 'string',
    description: 'Binary: the class the score is for (default: 1 or true)',
  },
  {
    name: 'baseline',
    kind: 'string',
    description: 'base, none, or the champion’s predictions or metrics file',
  },
  { name: 'threshold', kind: 'list', description: 'Bound such as roc_auc>=0.8 or log_loss<=0.45' },
  { name: 'max-drop', kind: 'list', description: 'Allowed drop against the baseline such as roc_auc=0.01' },
  {
    name: 'benchmark-file',
    kind: 'string',
    description: 'Benchmark results (latency percentiles, throughput)',
  },
  { name: 'resamples', kind: 'number', description: 'Bootstrap resamples (default 1000)' },
  { name: 'confidence', kind: 'number', description: 'Bootstrap interval level (default 0.95)' },
  { name: 'seed', kind: 'number', description: 'Bootstrap seed (default 42)' },
  {
    name: 'mlflow-token',
    kind: 'string',
    secret: true,
    description: 'MLflow token for a registry baseline (default: MLFLOW_TRACKING_TOKEN)',
  },
] as const satisfies readonly GateOption[];
