import picomatch from 'picomatch';
import type { Finding } from '../../result/types.js';
import type { CardMetadata } from './metadata.js';
import { agrees, describeTolerance, toleranceFor, type ToleranceRule } from './tolerance.js';

/** A figure the card states: from model-index, a Markdown metrics table, or a toolkit card. */
export interface MetricClaim {
  /** The metric's id or label as written (`accuracy`, `ROC AUC`). */
  name: string;
  /** Other names of the same claim (model-index `name` besides `type`). */
  aliases: string[];
  /** A split or dataset the figure is for (`test`), when the card says. */
  split?: string;
  /**
   * The subgroup of the data the figure is for (a Model Card Toolkit `slice`, e.g. `cat` or
   * `gender_female`); absent for the overall figure. A sliced figure is compared only with the
   * same slice of the metrics file, never with the overall one.
   */
  slice?: string;
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

/**
 * Metric figures a Model Card Toolkit card states (`quantitative_analysis.performance_metrics`).
 * The schema's `slice` is "the name of the slice this metric was computed on. By default,
 * assume this metric is not sliced"; the toolkit writes the overall figure with slice `""`
 * (tf_utils.py joins an empty TFMA slice key) and its own test data with `"overall"`
 * (TFMA's name for it is `Overall`), so those three are the overall figure.
 */
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
        ...(typeof m.slice === 'string' && !isOverallSlice(m.slice) ? { slice: m.slice } : {}),
        value: m.value,
        line: metadata.lineOf(`/quantitative_analysis/performance_metrics/${i}/value`),
        source: 'toolkit' as const,
      },
    ];
  });
}

function isOverallSlice(slice: string): boolean {
  return slice.trim() === '' || slice.trim().toLowerCase() === 'overall';
}

/** A metric name for matching: lower case, letters and digits only (`ROC AUC` = `roc_auc`). */
export function metricKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * A claimed value as a number on the file's scale candidates: `91.2%` is 91.2 or 0.912. Text
 * may carry Markdown emphasis, a currency sign (`$12,345.60`, `€ 9.5`) and thousands
 * separators in groups of three (`12,345`); anything else is not a number.
 */
export function claimedNumbers(value: unknown): number[] | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return [value];
  if (typeof value !== 'string') return undefined;
  const m =
    /^\s*([-+]?)\s*[$€£¥]?\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:e[-+]?\d+)?)\s*(%?)\s*$/i.exec(
      value.replace(/\*\*|__|`/g, ''),
    );
  if (!m) return undefined;
  const n = Number(`${m[1] ?? ''}${(m[2] ?? '').replace(/,/g, '')}`);
  return m[3] === '%' ? [n / 100, n] : [n];
}

/** Options of the comparison. */
export interface ConsistencyOptions {
  /** Default absolute tolerance (`metrics.tolerance`). */
  tolerance: number;
  /** Per-metric tolerances (`metrics.tolerances`); a metric none names takes the default. */
  tolerances?: readonly ToleranceRule[];
  ignore: string[];
  cardPath: string;
  metricsPath: string;
}

/** What the comparison found, with the counts the report shows. */
export interface Comparison {
  findings: Finding[];
  checked: number;
  mismatched: number;
  missing: number;
}

/**
 * Compares the card's figures with the metrics file: a claim that agrees (within the metric's
 * tolerance) with none of the file figures it names is a mismatch (error); a file metric the
 * card never states is missing (warning); a claim with no figure in the file is only noted (the
 * card may cite other studies). A file key `test.accuracy` matches a claim of `accuracy` on
 * split `test`, else any unsliced `accuracy`; a sliced claim (`accuracy`, slice `cat`) matches
 * only a key of that slice (`cat.accuracy`, `slices.cat.accuracy`, `cat_accuracy`).
 */
export function compareMetrics(
  claims: MetricClaim[],
  file: Map<string, number>,
  options: ConsistencyOptions,
): Comparison {
  const ignored = options.ignore.length > 0 ? picomatch(options.ignore, { dot: true }) : () => false;
  const slices = new Set(claims.flatMap((c) => (c.slice !== undefined ? [metricKey(c.slice)] : [])));
  const keysOf = new Map<MetricClaim, Array<[string, number]>>();
  const missing: Finding[] = [];
  let checked = 0;
  for (const [key, actual] of file) {
    if (ignored(key)) continue;
    const candidates = claims.filter((c) => namesKey(c, key, slices));
    if (candidates.length === 0) {
      missing.push(missingFinding(key, actual, options));
      continue;
    }
    checked++;
    for (const c of candidates) keysOf.set(c, [...(keysOf.get(c) ?? []), [key, actual]]);
  }
  const judged = claims.flatMap((c) => judgeClaim(c, keysOf.get(c), options));
  return {
    findings: [...missing, ...judged],
    checked,
    mismatched: judged.filter((f) => f.rule === 'model-card/metric-mismatch').length,
    missing: missing.length,
  };
}

function missingFinding(key: string, actual: number, options: ConsistencyOptions): Finding {
  const { cardPath, metricsPath } = options;
  return {
    severity: 'warning',
    rule: 'model-card/metric-missing',
    path: cardPath,
    message: `${cardPath}: ${metricsPath} reports ${key} = ${actual}, but the card does not state it.`,
    fix: `Add ${key} (${actual}) to the card's model-index or metrics table, or list it in model-card.metrics.ignore.`,
  };
}

/**
 * A claim holds when it agrees with one of the file's figures it names (an unsplit "accuracy"
 * may stand for test.accuracy or val.accuracy), each within that key's tolerance.
 */
function judgeClaim(
  c: MetricClaim,
  keys: Array<[string, number]> | undefined,
  options: ConsistencyOptions,
): Finding[] {
  const { cardPath, metricsPath } = options;
  const at = c.line !== undefined ? { line: c.line } : {};
  if (!keys) {
    return [
      {
        severity: 'notice',
        rule: 'model-card/metric-unverified',
        path: cardPath,
        ...at,
        message: `${cardPath}: ${claimLabel(c)} = ${JSON.stringify(c.value)} is not in ${metricsPath}, so it could not be checked.`,
      },
    ];
  }
  const tolerance = (key: string) => toleranceFor(key, options.tolerances ?? [], options.tolerance);
  const numbers = claimedNumbers(c.value) ?? [];
  if (keys.some(([key, actual]) => numbers.some((n) => agrees(n, actual, tolerance(key))))) return [];
  const [key, actual] = keys[0] as [string, number];
  return [
    {
      severity: 'error',
      rule: 'model-card/metric-mismatch',
      path: cardPath,
      ...at,
      message: `${cardPath}${c.line !== undefined ? `:${c.line}` : ''}: the card states ${claimLabel(c)} = ${JSON.stringify(c.value)}, but ${metricsPath} reports ${key} = ${actual} (${describeTolerance(actual, tolerance(key))}).`,
      fix: `Update the card to the figure the evaluation wrote (${actual}), or re-run the evaluation if the card is right.`,
    },
  ];
}

/** `accuracy`, `accuracy (test)`, `accuracy (slice cat)`. */
function claimLabel(c: MetricClaim): string {
  return `${c.name}${c.split ? ` (${c.split})` : ''}${c.slice !== undefined ? ` (slice ${c.slice})` : ''}`;
}

/**
 * Whether a claim names a file key. Unsliced: the same name, split + name equal to the key, or
 * the key's last segment on a compatible split — but never a key of one of the card's slices
 * (a dotted segment before the name that is a slice some claim names). Sliced: the key's last
 * segment is the name and one segment before it is the slice, or the key is slice and name run
 * together either way round.
 */
function namesKey(c: MetricClaim, key: string, slices: ReadonlySet<string>): boolean {
  const segments = key.split('.');
  const full = metricKey(key);
  const last = metricKey(segments[segments.length - 1] ?? '');
  const keySlice = segments
    .slice(0, -1)
    .map(metricKey)
    .find((s) => slices.has(s));
  const names = [c.name, ...c.aliases].map(metricKey);
  if (c.slice !== undefined) {
    const slice = metricKey(c.slice);
    return names.some((n) => (n === last && keySlice === slice) || full === slice + n || full === n + slice);
  }
  if (keySlice !== undefined) return false;
  const split = c.split ? metricKey(c.split) : '';
  return names.some(
    (n) =>
      n === full ||
      (split !== '' && split + n === full) ||
      (n === last && (split === '' || full.startsWith(split))),
  );
}
