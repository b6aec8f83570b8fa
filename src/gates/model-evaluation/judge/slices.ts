import type { Finding } from '../../../result/types.js';
import { FAIRNESS_METRICS, type FairnessMetric } from '../catalog.js';
import type { RankCache } from '../metrics/curves.js';
import { Evaluator } from '../metrics/evaluator.js';
import type { SliceSettings } from '../settings.js';
import type { GroupColumn, PredictionTable } from '../table.js';
import { fmt } from './change.js';
import { disparities, groupRates } from './fairness.js';
import type { GapRow, SliceRow } from './rows.js';

/** The model whose slices are judged: its name, its table (through its cache), primary metric and file. */
export interface SliceSubject {
  model: string;
  ranks: RankCache;
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
 * Metrics per value of each group column (a 0/1 multiplicity over the rows, so curves reuse the
 * table's sort), each judged slice held to the per-slice bounds; slices with fewer than
 * `min-rows` rows are listed but not judged. Then the gaps between judged slices: a metric's
 * largest − smallest value, and Fairlearn's disparities (binary tasks).
 */
export function judgeSlices(subject: SliceSubject, settings: SliceSettings): SliceOutcome {
  const { model, ranks, path } = subject;
  const table = ranks.table;
  const out: SliceOutcome = { slices: [], gaps: [], findings: [] };
  const scope: SliceScope = { ranks, names: sliceMetrics(settings, subject.primary), settings };
  for (const columnName of settings.columns) {
    const column = table.groups.find((g) => g.name === columnName);
    if (!column) continue;
    const judged: number[] = [];
    const rows = countRows(column);
    column.values.forEach((value, code) => {
      const row = sliceRow(scope, column, code, rows[code] as number);
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
    if (table.task === 'binary-classification')
      out.gaps.push(...fairnessGaps(table, column, judged, settings));
  }
  for (const gap of out.gaps) if (gap.verdict === 'fail') out.findings.push(gapFinding(model, gap, path));
  return out;
}

function countRows(column: GroupColumn): Uint32Array {
  const rows = new Uint32Array(column.values.length);
  for (const code of column.codes) rows[code] = (rows[code] as number) + 1;
  return rows;
}

/** What every slice of a model is measured with. */
interface SliceScope {
  ranks: RankCache;
  /** Metrics each slice row shows. */
  names: string[];
  settings: SliceSettings;
}

function sliceRow(
  { ranks, names, settings }: SliceScope,
  column: GroupColumn,
  code: number,
  rows: number,
): SliceRow {
  const table = ranks.table;
  const mask = new Uint8Array(table.n);
  for (let i = 0; i < table.n; i++) if (column.codes[i] === code) mask[i] = 1;
  const ev = new Evaluator(table, ranks, mask);
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
  table: PredictionTable,
  column: GroupColumn,
  judged: number[],
  settings: SliceSettings,
): GapRow[] {
  const wanted = FAIRNESS_METRICS.filter(
    (m) => settings.maxGap[m] !== undefined || settings.minRatio[m] !== undefined,
  );
  if (wanted.length === 0) return [];
  const d = disparities(groupRates(table, column, judged));
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
