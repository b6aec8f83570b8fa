import { canonicalMetric, metricInfo, normalizeName } from '../catalog.js';
import type { ReportedMetrics, ReportedValue } from './reported-metrics.js';

/** A reported value under the gate's metric name, with the key it was found under. */
export interface ResolvedValue extends ReportedValue {
  key: string;
}

/** A metrics file's values by the gate's metric names. */
export interface ResolvedMetrics {
  path: string;
  format: string;
  values: Map<string, ResolvedValue>;
  /** Wanted metrics that could not be found, and why (`ambiguous: train.auc, test.auc`). */
  problems: Array<{ metric: string; message: string; line?: number }>;
}

/** `/test/roc_auc` → `test.roc_auc`; a dotted path stays as it is. */
export function pointerToKey(pointer: string): string {
  if (!pointer.startsWith('/')) return pointer;
  return pointer
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

/**
 * Maps raw keys onto metric names: an explicit `keys` entry first (a JSON pointer or dotted
 * path); else a key whose whole name, or last segment (`test.roc_auc`, `metrics/auc`), is the
 * metric or one of its aliases. Two keys for one wanted metric (`train.auc` and `test.auc`) are
 * ambiguous: the gate will not guess which split is the evaluation. Keys that are no known
 * metric are kept only when a rule asks for them (by their full name, `test.latency_score`).
 */
export function resolveNames(
  reported: ReportedMetrics,
  keys: Readonly<Record<string, string>>,
  wanted: readonly string[],
): ResolvedMetrics {
  const byMetric = new Map<string, string[]>();
  for (const key of reported.values.keys()) {
    // A key names a known metric by its whole name or its last segment (`test.roc_auc`); any
    // other key is a custom metric under its full (dotted) name.
    const whole = metricInfo(key)?.name;
    const last = metricInfo(key.split(/[./]/).pop() ?? key)?.name;
    const name = whole ?? last ?? normalizeName(key);
    byMetric.set(name, [...(byMetric.get(name) ?? []), key]);
  }
  const values = new Map<string, ResolvedValue>();
  const problems: ResolvedMetrics['problems'] = [];
  const explicit = new Map(Object.entries(keys).map(([m, k]) => [canonicalMetric(m), pointerToKey(k)]));
  for (const [metric, key] of explicit) {
    const v = reported.values.get(key);
    if (v) values.set(metric, { ...v, key });
    else
      problems.push({
        metric,
        message: `${reported.path} has no number at ${JSON.stringify(key)} (keys.${metric})`,
      });
  }
  for (const [metric, candidates] of byMetric) {
    if (explicit.has(metric)) continue;
    if (!metricInfo(metric) && !wanted.includes(metric)) continue;
    const exact = candidates.find((k) => canonicalMetric(k) === metric && !/[./]/.test(k));
    const chosen = exact ?? (candidates.length === 1 ? candidates[0] : undefined);
    if (chosen !== undefined)
      values.set(metric, { ...(reported.values.get(chosen) as ReportedValue), key: chosen });
    else if (wanted.includes(metric)) {
      problems.push({
        metric,
        message: `${reported.path} has ${candidates.length} values that could be ${metric} (${candidates.slice(0, 4).join(', ')})`,
      });
    }
  }
  return { path: reported.path, format: reported.format, values, problems };
}
