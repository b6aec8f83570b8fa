import type { Gate } from '../../result/gate.js';
import { MODEL_EVALUATION_OPTIONS } from './options.js';
import type { ModelEvaluationSettings } from './settings.js';

/**
 * The model evaluation gate: a model that scores worse than its thresholds or its baseline
 * (significantly, where a paired bootstrap can tell), treats a group unfairly, or outgrows its
 * size and latency budgets does not merge or ship. Its implementation loads on first use.
 */
export const MODEL_EVALUATION_GATE: Gate<ModelEvaluationSettings> = {
  id: 'model-evaluation',
  title: 'Model evaluation',
  summary:
    'Every model’s metrics, computed from its predictions, meet their thresholds, do not regress against the baseline (with bootstrap intervals), hold per slice and for fairness gaps, and fit size and latency budgets',
  // Read only when the config schema is composed (npm run generate): never at start-up.
  configSchema: async () => (await import('./config.schema.json', { with: { type: 'json' } })).default,
  options: MODEL_EVALUATION_OPTIONS,
  settings: async (section, options, ctx) =>
    (await import('./parse-settings.js')).modelEvaluationSettings(section, options, ctx),
  evaluate: async (settings, ctx) => (await import('./evaluate.js')).evaluateModelEvaluation(settings, ctx),
  // It reads repository files (as data: nothing from them is executed) and, at most, a registry;
  // credentials go only to the tracking server the workflow names (parse-baseline.ts), never to
  // one a pull request's config names.
  recomputable: true,
  secrets: (settings) =>
    settings.models.flatMap((m) =>
      m.baseline.kind === 'mlflow'
        ? [m.baseline.token, m.baseline.password].filter((s): s is string => s !== undefined && s !== '')
        : [],
    ),
};
