import type { ModelEvaluationConfig } from './config.generated.js';

/**
 * Names for the parts of the `model-evaluation:` section, taken from the type generated from
 * `config.schema.json` (scripts/generate.mjs), so the schema stays the one description.
 */
export type { ModelEvaluationConfig };

/** One entry of `models`. */
export type ModelConfig = NonNullable<ModelEvaluationConfig['models']>[number];

/** One metric's rule under `thresholds`. */
export type RuleConfig = NonNullable<ModelConfig['thresholds']>[string];

/** A model's `baseline`. */
export type BaselineConfig = NonNullable<ModelConfig['baseline']>;

/** A predictions file: a path, or `{file, format, invalid-rows, max-rows}`. */
export type PredictionsConfig = NonNullable<ModelConfig['predictions']>;

/** A metrics file: a path, or `{file, format, keys}`. */
export type MetricsFileConfig = NonNullable<ModelConfig['metrics-file']>;
