import { ConfigurationError } from '../../util/errors.js';
import type { MetricsFileConfig, ModelConfig, PredictionsConfig } from './config-section.js';
import { formatOf } from './readers/format.js';
import type { ColumnNames, MetricsFileSpec, PredictionsSpec } from './settings.js';

/** Default of `max-rows`: far more than an evaluation set, far less than memory. */
export const DEFAULT_MAX_ROWS = 20_000_000;

/**
 * A repository-relative path from the config: no absolute paths, no `..`. The config arrives
 * with the pull request, and a predictions file outside the checkout would put its content
 * (quoted in bad-row findings) into a public comment.
 */
export function safePath(path: string, key: string): string {
  const p = path.replace(/\\/g, '/').replace(/^\.\//, '');
  if (p.startsWith('/') || /^[A-Za-z]:/.test(p) || p.split('/').includes('..') || p === '') {
    throw new ConfigurationError(
      `${key}: ${JSON.stringify(path)} is not a path inside the repository`,
      undefined,
      `Write ${key} relative to the repository root, without "..".`,
    );
  }
  return p;
}

/** A predictions file entry with its format decided. */
export function parsePredictions(
  config: PredictionsConfig,
  columns: ColumnNames,
  key: string,
): PredictionsSpec {
  const c = typeof config === 'string' ? { file: config } : config;
  const path = safePath(c.file, typeof config === 'string' ? key : `${key}.file`);
  const format = c.format ?? formatOf(path);
  if (!format) {
    throw new ConfigurationError(
      `${key}: cannot tell the format of ${JSON.stringify(path)} from its extension`,
      undefined,
      `Name the file .csv, .tsv, .jsonl or .parquet, or set ${key}.format.`,
    );
  }
  return {
    path,
    format,
    columns,
    invalidRows: c['invalid-rows'] ?? 'error',
    maxRows: c['max-rows'] ?? DEFAULT_MAX_ROWS,
  };
}

/** A metrics file entry. */
export function parseMetricsFile(config: MetricsFileConfig, key: string): MetricsFileSpec {
  const c = typeof config === 'string' ? { file: config } : config;
  return {
    path: safePath(c.file, typeof config === 'string' ? key : `${key}.file`),
    format: c.format ?? 'auto',
    keys: c.keys ?? {},
  };
}

/**
 * Column names with the task's defaults: `label`, and `score` (binary) or `prediction`
 * (multiclass without probabilities, regression) when the config names neither; the slice
 * columns are read as group columns.
 */
export function parseColumns(model: ModelConfig, key: string): ColumnNames {
  const c = model.columns ?? {};
  const groups = [...new Set([...(c.groups ?? []), ...(model.slices?.columns ?? [])])];
  const out: ColumnNames = { label: c.label ?? 'label', groups };
  if (c.prediction) out.prediction = c.prediction;
  if (c.score) out.score = c.score;
  if (c.probabilities) out.probabilities = c.probabilities;
  if (c.weight) out.weight = c.weight;
  if (c.id) out.id = c.id;
  if (model.task === 'binary-classification' && !out.score && !out.prediction) out.score = 'score';
  if (model.task !== 'binary-classification' && !out.prediction && !out.probabilities)
    out.prediction = 'prediction';
  if (model.task === 'regression' && (out.score || out.probabilities)) {
    throw new ConfigurationError(
      `${key}.columns: a regression has no score or class probabilities`,
      undefined,
      `Name the predicted value in ${key}.columns.prediction.`,
    );
  }
  if (model.task === 'multiclass-classification' && out.score) {
    throw new ConfigurationError(
      `${key}.columns.score: a multiclass model has one probability column per class`,
      undefined,
      `Use ${key}.columns.probabilities: {class: column, ...}.`,
    );
  }
  if (
    model.task === 'multiclass-classification' &&
    out.probabilities &&
    Object.keys(out.probabilities).length < 3
  ) {
    throw new ConfigurationError(
      `${key}.columns.probabilities: two classes make a binary task`,
      undefined,
      `Set ${key}.task: binary-classification with columns.score.`,
    );
  }
  return out;
}
