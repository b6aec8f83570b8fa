import { ConfigurationError } from '../../util/errors.js';
import { canonicalMetric, metricInfo } from './catalog.js';
import type { RuleConfig } from './config-section.js';
import type { MetricRule } from './settings.js';

/**
 * A metric rule from the config, checked: a known direction (or `greater-is-better` for a
 * custom metric), min ≤ max, MLflow's own limits on its change rules (min_absolute_change > 0,
 * min_relative_change in [0, 1]).
 */
export function parseRule(metricName: string, config: RuleConfig, key: string): MetricRule {
  const metric = canonicalMetric(metricName);
  const info = metricInfo(metric);
  const greaterIsBetter = config['greater-is-better'] ?? info?.greaterIsBetter;
  if (greaterIsBetter === undefined) {
    throw new ConfigurationError(
      `${key}: ${JSON.stringify(metricName)} is not a metric the gate knows, so whether more is better is unknown`,
      undefined,
      `Add greater-is-better: true (or false) to ${key}, or use a built-in name (roc_auc, f1, log_loss, rmse, …).`,
    );
  }
  if (config.min !== undefined && config.max !== undefined && config.min > config.max) {
    throw new ConfigurationError(
      `${key}: min ${config.min} is above max ${config.max}; no value can pass`,
      undefined,
      `Swap or fix ${key}.min and ${key}.max.`,
    );
  }
  for (const k of ['max-drop', 'max-relative-drop'] as const) {
    const v = config[k];
    if (v !== undefined && !(v >= 0))
      throw new ConfigurationError(
        `${key}.${k}: ${v} is negative`,
        undefined,
        `Write the allowed drop as a positive amount (${key}.${k}: 0.01).`,
      );
  }
  const mac = config['min-absolute-change'];
  if (mac !== undefined && !(mac > 0)) {
    throw new ConfigurationError(
      `${key}.min-absolute-change: ${mac} must be positive (as in MLflow)`,
      undefined,
      `To allow a drop instead, use ${key}.max-drop.`,
    );
  }
  const mrc = config['min-relative-change'];
  if (mrc !== undefined && !(mrc >= 0 && mrc <= 1)) {
    throw new ConfigurationError(
      `${key}.min-relative-change: ${mrc} must be between 0 and 1 (as in MLflow)`,
      undefined,
      `To allow a relative drop instead, use ${key}.max-relative-drop.`,
    );
  }
  const rule: MetricRule = { metric, greaterIsBetter };
  if (config.min !== undefined) rule.min = config.min;
  if (config.max !== undefined) rule.max = config.max;
  if (config['max-drop'] !== undefined) rule.maxDrop = config['max-drop'];
  if (config['max-relative-drop'] !== undefined) rule.maxRelativeDrop = config['max-relative-drop'];
  if (mac !== undefined) rule.minAbsoluteChange = mac;
  if (mrc !== undefined) rule.minRelativeChange = mrc;
  return rule;
}

/** The section's default rules, overridden per metric by a model's own. */
export function mergeRules(
  defaults: Record<string, RuleConfig> | undefined,
  own: Record<string, RuleConfig> | undefined,
  key: string,
): MetricRule[] {
  const byMetric = new Map<string, { config: RuleConfig; key: string; name: string }>();
  for (const [name, config] of Object.entries(defaults ?? {}))
    byMetric.set(canonicalMetric(name), { config, key: `model-evaluation.thresholds.${name}`, name });
  for (const [name, config] of Object.entries(own ?? {})) {
    const metric = canonicalMetric(name);
    const inherited = byMetric.get(metric);
    byMetric.set(metric, {
      config: { ...inherited?.config, ...config },
      key: `${key}.thresholds.${name}`,
      name,
    });
  }
  return [...byMetric.values()].map((r) => parseRule(r.name, r.config, r.key));
}

/** Parses `roc_auc>=0.8` / `log_loss<=0.45` (the `threshold` option) into a rule. */
export function parseThresholdOption(text: string): { metric: string; config: RuleConfig } {
  const m = /^\s*([A-Za-z0-9_.-]+)\s*(>=|<=)\s*([-+]?\d*\.?\d+(?:[eE][-+]?\d+)?)\s*$/.exec(text);
  if (!m) {
    throw new ConfigurationError(
      `--threshold: ${JSON.stringify(text)} is not "metric>=value" or "metric<=value"`,
      undefined,
      'Write e.g. --threshold "roc_auc>=0.8".',
    );
  }
  const value = Number(m[3]);
  return { metric: m[1] as string, config: m[2] === '>=' ? { min: value } : { max: value } };
}

/** Parses `roc_auc=0.01` (the `max-drop` option). */
export function parseDropOption(text: string): { metric: string; drop: number } {
  const m = /^\s*([A-Za-z0-9_.-]+)\s*=\s*(\d*\.?\d+(?:[eE][-+]?\d+)?)\s*$/.exec(text);
  if (!m)
    throw new ConfigurationError(
      `--max-drop: ${JSON.stringify(text)} is not "metric=amount"`,
      undefined,
      'Write e.g. --max-drop roc_auc=0.01.',
    );
  return { metric: m[1] as string, drop: Number(m[2]) };
}
