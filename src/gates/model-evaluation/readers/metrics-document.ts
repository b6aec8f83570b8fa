import { InputError } from '../../../util/errors.js';
import { parseYaml, type YamlDocument } from '../../../util/yaml.js';
import { MAX_METRIC_KEYS, type ReportedMetrics, type ReportedValue } from './reported-metrics.js';

/** SageMaker Model Monitor / Clarify model-quality sections. */
const SAGEMAKER_SECTIONS = [
  'binary_classification_metrics',
  'multiclass_classification_metrics',
  'regression_metrics',
];

/**
 * Reads a JSON or YAML metrics document (through the repo's safe YAML parser: depth, alias and
 * duplicate-key limits; JSON is YAML): a flat or nested mapping whose numeric leaves become
 * dotted keys (`test.roc_auc`) with their line, or a SageMaker model-quality report, whose
 * `{"value": …, "standard_deviation": …}` leaves become `auc`, `mse`, … .
 */
export function readMetricsDocument(
  text: string,
  path: string,
  format: 'json' | 'yaml' | 'sagemaker' | 'auto',
): ReportedMetrics {
  const doc = parseYaml(text, path);
  const root = doc.value;
  if (root === null || typeof root !== 'object' || Array.isArray(root)) {
    throw new InputError(
      `${path}: not a mapping of metric names to numbers`,
      { path, line: 1 },
      'Write the metrics as {"accuracy": 0.91, ...} (JSON) or accuracy: 0.91 (YAML).',
    );
  }
  const record = root as Record<string, unknown>;
  const sagemaker =
    format === 'sagemaker' || (format === 'auto' && SAGEMAKER_SECTIONS.some((s) => isObject(record[s])));
  const values = new Map<string, ReportedValue>();
  if (sagemaker) readSageMaker(record, doc, values, path);
  else flatten(record, { prefix: '', pointer: '' }, doc, values, path);
  return {
    path,
    values,
    format: sagemaker ? 'SageMaker model quality' : format === 'yaml' ? 'YAML' : 'JSON',
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function put(values: Map<string, ReportedValue>, key: string, entry: ReportedValue, path: string): void {
  if (values.size >= MAX_METRIC_KEYS) {
    throw new InputError(
      `${path}: more than ${MAX_METRIC_KEYS} numeric values; not an evaluation summary`,
      { path },
      'Point the setting at the summary the evaluation writes.',
    );
  }
  values.set(key, entry);
}

function flatten(
  node: Record<string, unknown>,
  where: { prefix: string; pointer: string },
  doc: YamlDocument,
  values: Map<string, ReportedValue>,
  path: string,
): void {
  for (const [key, value] of Object.entries(node)) {
    const name = where.prefix ? `${where.prefix}.${key}` : key;
    const pointer = `${where.pointer}/${escapePointer(key)}`;
    if (typeof value === 'number' && Number.isFinite(value)) {
      const line = doc.lineOf(pointer);
      put(values, name, { value, ...(line !== undefined ? { line } : {}) }, path);
    } else if (isObject(value)) flatten(value, { prefix: name, pointer }, doc, values, path);
  }
}

/**
 * `{"binary_classification_metrics": {"auc": {"value": 0.9, "standard_deviation": 0.01}, …}}`:
 * each metric's `value`, keyed by the metric's own name; matrices and curves are skipped.
 */
function readSageMaker(
  root: Record<string, unknown>,
  doc: YamlDocument,
  values: Map<string, ReportedValue>,
  path: string,
): void {
  for (const section of SAGEMAKER_SECTIONS) {
    const metrics = root[section];
    if (!isObject(metrics)) continue;
    for (const [name, entry] of Object.entries(metrics)) {
      if (!isObject(entry) || typeof entry.value !== 'number' || !Number.isFinite(entry.value)) continue;
      const line = doc.lineOf(`/${section}/${escapePointer(name)}/value`);
      const sd = entry.standard_deviation;
      put(
        values,
        name,
        {
          value: entry.value,
          ...(line !== undefined ? { line } : {}),
          ...(typeof sd === 'number' && Number.isFinite(sd) ? { standardDeviation: sd } : {}),
        },
        path,
      );
    }
  }
}
