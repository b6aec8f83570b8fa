import picomatch from 'picomatch';
import type { Finding } from '../../result/types.js';
import type { CardMetadata } from './metadata.js';

/** A figure the card states: from model-index, a Markdown metrics table, or a toolkit card. */
export interface MetricClaim {
  /** The metric's id or label as written (`accuracy`, `ROC AUC`). */
  name: string;
  /** Other names of the same claim (model-index `name` besides `type`). */
  aliases: string[];
  /** A split or dataset the figure is for (`test`), when the card says. */
  split?: string;
  /** The value as written: a number or text like "91.2%". */
  value: unknown;
  line?: number;
  source: 'model-index' | 'table' | 'toolkit';
}

/** Metric figures a Hugging Face `model-index` states. */
export function modelIndexClaims(metadata: CardMetadata): MetricClaim[] {
  const claims: MetricClaim[] = [];
  const index = metadata.value['model-index'];
  if (!Array.isArray(index)) return claims;
  index.forEach((entry: unknown, i) => {
    const results = (entry as { results?: unknown } | null)?.results;
    if (!Array.isArray(results)) return;
    results.forEach((result: unknown, j) => {
      const r = result as { dataset?: { split?: unknown }; metrics?: unknown } | null;
      const split = typeof r?.dataset?.split === 'string' ? r.dataset.split : undefined;
      if (!Array.isArray(r?.metrics)) return;
      r.metrics.forEach((metric: unknown, k) => {
        const m = metric as { type?: unknown; name?: unknown; value?: unknown } | null;
        if (typeof m?.type !== 'string') return;
        claims.push({
          name: m.type,
          aliases: typeof m.name === 'string' ? [m.name] : [],
          ...(split ? { split } : {}),
          value: m.value,
          line: metadata.lineOf(`/model-index/${i}/results/${j}/metrics/${k}/value`),
          source: 'model-index',
        });
      });
    });
  });
  return claims;
}

/** Metric figures a Model Card Toolkit card states (`quantitative_analysis.performance_metrics`). */
export function toolkitClaims(metadata: CardMetadata): MetricClaim[] {
  const qa = metadata.value.quantitative_analysis as { performance_metrics?: unknown } | undefined;
  if (!Array.isArray(qa?.performance_metrics)) return [];
  return qa.performance_metrics.flatMap((metric: unknown, i) => {
    const m = metric as { type?: unknown; value?: unknown; slice?: unknown } | null;
    if (typeof m?.type !== 'string') return [];
    return [
      {
        name: m.type,
        aliases: [],
        ...(typeof m.slice === 'string' && m.slice !== '' ? { split: m.slice } : {}),
        value: m.value,
        line: metadata.lineOf(`/quantitative_analysis/performance_metrics/${i}/value`),
        source: 'toolkit' as const,
      },
    ];
  });
}

/** A metric name for matching: lower case, letters and digits only (`ROC AUC` = `roc_auc`). */
export function metricKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A claimed value as a number on the file's scale candidates: `91.2%` is 91.2 or 0.912. */
export function claimedNumbers(value: unknown): number[] | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return [value];
  if (typeof value !== 'string') return undefined;
  const m = /^\s*([-+]?\d+(?:\.\d+)?(?:e[-+]?\d+)?)\s*(%?)\s*$/i.exec(value.replace(/\*\*|__|`/g, ''));
  if (!m) return undefined;
  const n = Number(m[1]);
  return m[2] === '%' ? [n / 100, n] : [n];
}

/** Options of the comparison. */
export interface ConsistencyOptions {
  tolerance: number;
  ignore: string[];
  cardPath: string;
  metricsPath: string;
}

/**
 * Compares the card's figures with the metrics file: a file metric whose claims all differ by
 * more than `tolerance` from every file figure it names is a mismatch (error); a file metric the card never states is missing
 * (warning); a claim with no figure in the file is only noted (the card may cite other studies).
 * A file key `test.accuracy` matches a claim of `accuracy` on split `test`, else any `accuracy`.
 */
export function compareMetrics(
  claims: MetricClaim[],
  file: Map<string, number>,
  options: ConsistencyOptions,
): { findings: Finding[]; checked: number; mismatched: number; missing: number } {
  const { cardPath, metricsPath, tolerance } = options;
  const ignored = options.ignore.length > 0 ? picomatch(options.ignore, { dot: true }) : () => false;
  const findings: Finding[] = [];
  const keysOf = new Map<MetricClaim, Array<[string, number]>>();
  let checked = 0;
  let mismatched = 0;
  let missing = 0;
  for (const [key, actual] of file) {
    if (ignored(key)) continue;
    const candidates = claimsFor(key, claims);
    if (candidates.length === 0) {
      missing++;
      findings.push({
        severity: 'warning',
        rule: 'model-card/metric-missing',
        path: cardPath,
        message: `${cardPath}: ${metricsPath} reports ${key} = ${actual}, but the card does not state it.`,
        fix: `Add ${key} (${actual}) to the card's model-index or metrics table, or list it in model-card.metrics.ignore.`,
      });
      continue;
    }
    checked++;
    for (const c of candidates) keysOf.set(c, [...(keysOf.get(c) ?? []), [key, actual]]);
  }
  // A claim holds when it agrees with one of the file's figures it names (an unsplit
  // "accuracy" may stand for test.accuracy or val.accuracy).
  for (const c of claims) {
    const keys = keysOf.get(c);
    if (!keys) {
      findings.push({
        severity: 'notice',
        rule: 'model-card/metric-unverified',
        path: cardPath,
        ...(c.line !== undefined ? { line: c.line } : {}),
        message: `${cardPath}: ${c.name}${c.split ? ` (${c.split})` : ''} = ${JSON.stringify(c.value)} is not in ${metricsPath}, so it could not be checked.`,
      });
      continue;
    }
    const numbers = claimedNumbers(c.value) ?? [];
    if (keys.some(([, actual]) => numbers.some((n) => Math.abs(n - actual) <= tolerance))) continue;
    mismatched++;
    const [key, actual] = keys[0] as [string, number];
    findings.push({
      severity: 'error',
      rule: 'model-card/metric-mismatch',
      path: cardPath,
      ...(c.line !== undefined ? { line: c.line } : {}),
      message: `${cardPath}${c.line !== undefined ? `:${c.line}` : ''}: the card states ${c.name} = ${JSON.stringify(c.value)}, but ${metricsPath} reports ${key} = ${actual} (tolerance ${tolerance}).`,
      fix: `Update the card to the figure the evaluation wrote (${actual}), or re-run the evaluation if the card is right.`,
    });
  }
  return { findings, checked, mismatched, missing };
}

/** Claims for a file key: same name, or split + name equal to the key, or the key's last segment on a compatible split. */
function claimsFor(key: string, claims: MetricClaim[]): MetricClaim[] {
  const names = (c: MetricClaim) => [c.name, ...c.aliases].map(metricKey);
  const full = metricKey(key);
  const last = metricKey(key.slice(key.lastIndexOf('.') + 1));
  return claims.filter((c) => {
    const split = c.split ? metricKey(c.split) : '';
    return names(c).some(
      (n) =>
        n === full ||
        (split !== '' && split + n === full) ||
        (n === last && (split === '' || full.startsWith(split))),
    );
  });
}
