import type { Finding } from '../../../result/types.js';
import { FAIRNESS_METRICS, type FairnessMetric } from '../catalog.js';
import type { PredictionRows, SliceColumn } from '../prediction-rows.js';
import type { SliceSettings } from '../settings.js';
import { fmt } from './change.js';
import { disparities, groupRates } from './fairness.js';
import type { GapRow, SliceRow } from './rows.js';

/** The model whose slices are judged: its name, its rows, primary metric and file. */
export interface SliceSubject {
  model: string;
  rows: PredictionRows;
  primary: string;
  /** The predictions file, for findings. */
  path: string;
}

/** What judging the slices of a model gave. */
export interface SliceOutcome {
  slices: SliceRow[];
  gaps: GapRow[];
  findings: Finding[];
}

/** The metrics each slice row shows: the primary metric and every metric a slice rule names. */
function sliceMetrics(settings: SliceSettings, primary: string): string[] {
  const named = [...Object.keys(settings.min), ...Object.keys(settings.max), ...Object.keys(settings.maxGap)];
  return [...new Set([primary, ...named])].filter(
    (m) => !(FAIRNESS_METRICS as readonly string[]).includes(m),
  );
}

/**
 * Metrics per value of each group column, each judged slice held to the per-slice bounds; slices with fewer than
 * `min-rows` rows are listed but not judged. Then the gaps between judged slices: a metric's
 * largest − smallest value, and Fairlearn's disparities (binary tasks).
 */
export function judgeSlices(subject: SliceSubject, settings: SliceSettings): SliceOutcome {
  const { model, rows, path } = subject;
  const out: SliceOutcome = { slices: [], gaps: [], findings: [] };
  const scope: SliceScope = { rows, names: sliceMetrics(settings, subject.primary), settings };
  for (const columnName of settings.columns) {
    const index = rows.slices.findIndex((g) => g.name === columnName);
    const column = rows.slices[index];
    if (!column) continue;
    const judged: number[] = [];
    column.values.forEach((_, code) => {
      const row = sliceRow(scope, index, code);
      out.slices.push(row);
      if (row.judged) judged.push(code);
      const findings = sliceFindings(model, row, settings, path);
      if (findings.length > 0) row.verdict = 'fail';
      out.findings.push(...findings);
    });
    const judgedRows = out.slices.filter((s) => s.column === columnName && s.judged);
    for (const [metric, limit] of Object.entries(settings.maxGap)) {
      if ((FAIRNESS_METRICS as readonly string[]).includes(metric)) continue;
      out.gaps.push(metricGap(columnName, metric, limit, judgedRows));
    }
    if (rows.task === 'binary-classification') out.gaps.push(...fairnessGaps(rows, index, judged, settings));
  }
  for (const gap of out.gaps) if (gap.verdict === 'fail') out.findings.push(gapFinding(model, gap, path));
  return out;
}

/** What every slice of a model is measured with. */
interface SliceScope {
  rows: PredictionRows;
  /** Metrics each slice row shows. */
  names: string[];
  settings: SliceSettings;
}

function sliceRow({ rows: all, names, settings }: SliceScope, index: number, code: number): SliceRow {
  const column = all.slices[index] as SliceColumn;
  const rows = column.rows[code] as number;
  const ev = all.evaluator({ column: index, code });
  const metrics: Record<string, number | null> = {};
  const unmeasurable: string[] = [];
  for (const name of names) {
    const v = ev.value(name);
    metrics[name] = v?.value ?? null;
    if (v && v.value === null) unmeasurable.push(`${name}: ${v.reason ?? 'no value'}`);
  }
  const judged = rows >= settings.minRows;
  return {
    column: column.name,
    value: column.values[code] ?? String(code),
    rows,
    judged,
    metrics,
    verdict: judged ? 'pass' : 'not judged',
    ...(judged
      ? unmeasurable.length > 0
        ? { note: `not measurable: ${unmeasurable.join('; ')}` }
        : {}
      : { note: `fewer than ${settings.minRows} rows` }),
  };
}

function sliceFindings(model: string, row: SliceRow, settings: SliceSettings, path: string): Finding[] {
  if (!row.judged) return [];
  const findings: Finding[] = [];
  const slice = `${row.column}=${row.value} (${row.rows} rows)`;
  const check = (metric: string, limit: number, below: boolean) => {
    const v = row.metrics[metric];
    if (v === null || v === undefined) return;
    if (below ? v >= limit : v <= limit) return;
    findings.push({
      severity: 'error',
      rule: 'model-evaluation/slice-threshold',
      path,
      message: `${model}: ${metric} on ${slice} is ${fmt(v)}, ${below ? 'below the slice minimum' : 'above the slice maximum'} ${fmt(limit)}.`,
      fix: `Look at the rows of ${row.column}=${row.value}: collect more training data for it, or reweight; raise the bound only with a reason.`,
    });
  };
  for (const [metric, limit] of Object.entries(settings.min)) check(metric, limit, true);
  for (const [metric, limit] of Object.entries(settings.max)) check(metric, limit, false);
  return findings;
}

function metricGap(column: string, metric: string, limit: number, rows: SliceRow[]): GapRow {
  const values = rows.filter((r) => typeof r.metrics[metric] === 'number') as Array<
    SliceRow & { metrics: Record<string, number> }
  >;
  if (values.length < 2)
    return {
      column,
      metric: `${metric} gap`,
      value: null,
      limit: `≤ ${fmt(limit)}`,
      verdict: 'not judged',
      note: 'fewer than two judged slices with a value',
    };
  const lo = values.reduce((a, b) => ((b.metrics[metric] as number) < (a.metrics[metric] as number) ? b : a));
  const hi = values.reduce((a, b) => ((b.metrics[metric] as number) > (a.metrics[metric] as number) ? b : a));
  const value = (hi.metrics[metric] as number) - (lo.metrics[metric] as number);
  return {
    column,
    metric: `${metric} gap`,
    value,
    limit: `≤ ${fmt(limit)}`,
    verdict: value <= limit ? 'pass' : 'fail',
    between: [lo.value, hi.value],
  };
}

function fairnessGaps(
  rows: PredictionRows,
  index: number,
  judged: number[],
  settings: SliceSettings,
): GapRow[] {
  const wanted = FAIRNESS_METRICS.filter(
    (m) => settings.maxGap[m] !== undefined || settings.minRatio[m] !== undefined,
  );
  if (wanted.length === 0) return [];
  const column = rows.slices[index] as SliceColumn;
  const d = disparities(groupRates(rows, index, judged));
  return wanted.map((metric: FairnessMetric) => {
    const limit = settings.maxGap[metric] ?? settings.minRatio[metric] ?? 0;
    const isRatio = metric.endsWith('_ratio');
    const v = d[metric];
    const base = {
      column: column.name,
      metric,
      value: v.value,
      limit: `${isRatio ? '≥' : '≤'} ${fmt(limit)}`,
      ...(v.between ? { between: v.between } : {}),
    };
    if (v.value === null)
      return { ...base, verdict: 'not judged' as const, note: v.note ?? 'not measurable' };
    return {
      ...base,
      verdict: (isRatio ? v.value >= limit : v.value <= limit) ? ('pass' as const) : ('fail' as const),
    };
  });
}

function gapFinding(model: string, gap: GapRow, path: string): Finding {
  const ends = gap.between
    ? ` (between ${gap.column}=${gap.between[0]} and ${gap.column}=${gap.between[1]})`
    : '';
  return {
    severity: 'error',
    rule: 'model-evaluation/fairness',
    path,
    message: `${model}: ${gap.metric} over ${gap.column} is ${fmt(gap.value ?? Number.NaN)}${ends}; the limit is ${gap.limit}.`,
    fix: `Compare the groups of ${gap.column}: a gap this large means the model treats them differently. Rebalance or reweight the training data, or adjust per-group decision thresholds.`,
  };
}
