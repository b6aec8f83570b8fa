import { InputError } from '../../../util/errors.js';
import type { MetricsFileSpec } from '../settings.js';
import { readMetricsCsv } from './metrics-csv.js';
import { readMetricsDocument } from './metrics-document.js';
import { readMlflowRunDir } from './mlflow-run-dir.js';
import { MAX_SMALL_FILE_BYTES, type ReportedMetrics } from './reported-metrics.js';
import { fileSource, type Source, sourceText } from './source.js';

/** The format a metrics path implies when the config says `auto`. */
export function metricsFormatOf(
  spec: MetricsFileSpec,
): 'json' | 'yaml' | 'csv' | 'sagemaker' | 'mlflow-run' | 'auto' {
  if (spec.format !== 'auto') return spec.format;
  const lower = spec.path.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  if (lower.endsWith('.json')) return 'auto';
  return 'mlflow-run';
}

/**
 * Reads a metrics file from the checkout (or, with `text`, its content at another commit).
 * Undefined when it does not exist. MLflow run directories exist only in the checkout.
 */
export async function loadMetricsFile(
  cwd: string,
  spec: MetricsFileSpec,
  atCommit?: Source,
): Promise<ReportedMetrics | undefined> {
  const format = metricsFormatOf(spec);
  if (format === 'mlflow-run') {
    if (atCommit) {
      throw new InputError(
        `${atCommit.path}: an MLflow run directory at another commit cannot be compared`,
        { path: spec.path },
        'Use baseline.metrics-file (a file) or a registry baseline for MLflow runs.',
      );
    }
    return readMlflowRunDir(cwd, spec.path);
  }
  const source = atCommit ?? (await fileSource(cwd, spec.path, MAX_SMALL_FILE_BYTES));
  if (!source) return undefined;
  const text = await sourceText(source);
  if (format === 'csv') return readMetricsCsv(text, source.path);
  return readMetricsDocument(text, source.path, format);
}
