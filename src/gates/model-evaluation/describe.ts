import type { GateResult, GateStatus, KeyMetric } from '../../result/types.js';
import { fmt, pct } from './judge/change.js';
import type { MetricRow } from './judge/rows.js';
import type { ModelReport } from './judge-model.js';
import type { ModelEvaluationSettings } from './settings.js';

const BAD: GateStatus[] = ['error', 'fail', 'warn'];

/** The model whose verdict decides the gate: the first of the worst status. */
function decidingModel(reports: readonly ModelReport[]): ModelReport | undefined {
  for (const status of BAD) {
    const r = reports.find((m) => m.status === status);
    if (r) return r;
  }
  return reports[0];
}

/** The row that explains a model's verdict: its first failing row, else its primary metric. */
function decidingRow(report: ModelReport): MetricRow | undefined {
  return (
    report.table.find((r) => r.verdict === 'error' || r.verdict === 'fail') ??
    report.table.find((r) => r.verdict === 'warn') ??
    report.table.find((r) => r.metric === report.primaryMetric)
  );
}

/**
 * The combined report's figure: the deciding metric of the deciding model, candidate value
 * against its bound, with the change against the baseline as delta.
 */
export function keyMetric(
  reports: readonly ModelReport[],
  settings: ModelEvaluationSettings,
): KeyMetric | undefined {
  const model = decidingModel(reports);
  const row = model ? decidingRow(model) : undefined;
  if (!model || !row) return undefined;
  const rule = settings.models.find((m) => m.name === model.name)?.rules.find((r) => r.metric === row.metric);
  const bound =
    rule?.min !== undefined
      ? { threshold: rule.min, direction: 'min' as const }
      : rule?.max !== undefined
        ? { threshold: rule.max, direction: 'max' as const }
        : {};
  return {
    label: `${model.name} ${row.metric}`,
    value: row.candidate,
    ...bound,
    ...(row.delta !== null ? { delta: row.delta } : {}),
    ...(row.baseline !== null ? { baseline: row.baseline } : {}),
    ...(row.ci
      ? { interval: { lower: row.ci.lower, upper: row.ci.upper, confidence: row.ci.confidence } }
      : {}),
  };
}

/** One-line headline. */
export function title(status: GateStatus, reports: readonly ModelReport[]): string {
  if (reports.length === 0) return 'Model evaluation: no model declared';
  // A model without an evaluation is only a warning on a pull request, but it met nothing.
  const evaluated = (r: ModelReport) =>
    r.evaluation.predictions !== undefined || r.evaluation.metricsFile !== undefined;
  const unevaluated = reports.filter((r) => !evaluated(r)).length;
  const passing = reports.filter((r) => evaluated(r) && (r.status === 'pass' || r.status === 'warn')).length;
  const verb =
    status === 'error'
      ? 'could not be judged'
      : status === 'fail'
        ? 'failed'
        : status === 'warn'
          ? 'passed with warnings'
          : 'passed';
  const missing = unevaluated > 0 ? `, ${unevaluated} without an evaluation` : '';
  return `Model evaluation ${verb}: ${passing} of ${reports.length} model(s) meet their thresholds${missing}`;
}

function rowSummary(row: MetricRow | undefined): string {
  if (!row) return 'no metric';
  const value = row.candidate === null ? 'not measurable' : fmt(row.candidate);
  const vs = row.baseline !== null ? ` vs ${fmt(row.baseline)} baseline` : '';
  const ci = row.ci
    ? `, ${Math.round(row.ci.confidence * 100)}% CI of the difference [${fmt(row.ci.lower)}, ${fmt(row.ci.upper)}]`
    : '';
  return `${row.metric} ${value}${vs}${ci}`;
}

/** Per model, its status and the figure that explains it, in plain words. */
export function summary(reports: readonly ModelReport[], release: boolean): string {
  if (reports.length === 0) return 'No model is declared in model-evaluation.models, so nothing was judged.';
  const parts = reports.map((r) => `${r.name}: ${r.status} (${rowSummary(decidingRow(r))}).`);
  return `${reports.length} model(s) evaluated${release ? ' for a release' : ''}. ${parts.join(' ')}`;
}

/** Inline code with backticks and line breaks removed, and table pipes escaped. */
function code(text: string): string {
  const clean = text
    .replace(/`/g, "'")
    .replace(/[\r\n]+/g, ' ')
    .replace(/\|/g, '\\|');
  return clean === '' ? '' : `\`${clean}\``;
}

/** Prose with every Markdown-significant character backslash-escaped (CommonMark allows it for all ASCII punctuation). */
function prose(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (c) => (c === '&' ? '&amp;' : `\\${c}`));
}

function num(x: number | null | undefined): string {
  return x === null || x === undefined ? '–' : fmt(x);
}

function signed(x: number | null): string {
  return x === null ? '–' : `${x > 0 ? '+' : ''}${fmt(x)}`;
}

const ICON: Record<string, string> = {
  pass: '✅ pass',
  fail: '❌ fail',
  warn: '⚠️ warn',
  error: '⛔ error',
  'not judged': '➖ not judged',
  info: '',
};

function metricTable(report: ModelReport): string[] {
  const lines = [
    '| Metric | Candidate | Baseline | Δ | CI of Δ | Threshold | Verdict |',
    '|---|---:|---:|---:|---|---|---|',
  ];
  for (const r of report.table) {
    const ci = r.ci
      ? `[${fmt(r.ci.lower)}, ${fmt(r.ci.upper)}] (${Math.round(r.ci.confidence * 100)}%)`
      : '–';
    const verdict = `${ICON[r.verdict] ?? r.verdict}${r.note ? ` ${prose(r.note)}` : ''}`;
    lines.push(
      `| ${code(r.metric)} | ${num(r.candidate)} | ${num(r.baseline)} | ${signed(r.delta)} | ${ci} | ${r.threshold ? prose(r.threshold) : '–'} | ${verdict} |`,
    );
  }
  return lines;
}

function sliceTable(report: ModelReport): string[] {
  if (report.slices.length === 0) return [];
  const names = [...new Set(report.slices.flatMap((s) => Object.keys(s.metrics)))];
  const lines = [
    '',
    `| Slice | Rows | ${names.map(code).join(' | ')} | Verdict |`,
    `|---|---:|${names.map(() => '---:|').join('')}---|`,
  ];
  for (const s of report.slices) {
    const verdict = `${ICON[s.verdict] ?? s.verdict}${s.note ? ` ${prose(s.note)}` : ''}`;
    lines.push(
      `| ${code(`${s.column}=${s.value}`)} | ${s.rows} | ${names.map((n) => num(s.metrics[n])).join(' | ')} | ${verdict} |`,
    );
  }
  return lines;
}

function gapTable(report: ModelReport): string[] {
  if (report.gaps.length === 0) return [];
  const lines = ['', '| Gap between slices | Value | Between | Limit | Verdict |', '|---|---:|---|---|---|'];
  for (const g of report.gaps) {
    const ends = g.between ? `${code(g.between[0])} and ${code(g.between[1])}` : '–';
    const verdict = `${ICON[g.verdict] ?? g.verdict}${g.note ? ` ${prose(g.note)}` : ''}`;
    lines.push(
      `| ${code(`${g.column}: ${g.metric}`)} | ${num(g.value)} | ${ends} | ${prose(g.limit)} | ${verdict} |`,
    );
  }
  return lines;
}

function budgetTable(report: ModelReport): string[] {
  if (report.budgets.length === 0) return [];
  const lines = [
    '',
    '| Budget | Candidate | Baseline | Growth | Limit | Verdict |',
    '|---|---:|---:|---:|---|---|',
  ];
  for (const b of report.budgets) {
    lines.push(
      `| ${prose(b.budget)} (${prose(b.unit)}) | ${num(b.candidate)} | ${num(b.baseline)} | ${b.growth === null ? '–' : pct(b.growth)} | ${b.limit ? prose(b.limit) : '–'} | ${ICON[b.verdict] ?? b.verdict}${b.note ? ` ${prose(b.note)}` : ''} |`,
    );
  }
  return lines;
}

/**
 * The gate's section of a report in Markdown: per model a heading, the metric table (metric,
 * candidate, baseline, Δ, interval, threshold, verdict), the slice and gap table and the budget
 * table; then every finding with its fix. User text (model, metric, slice and file names,
 * messages) is kept in code spans or backslash-escaped.
 */
export function renderModelEvaluationMarkdown(result: GateResult): string {
  const models = (result.metrics.models ?? []) as ModelReport[];
  const out: string[] = [];
  for (const m of models) {
    const baseline = m.baseline ? ` against ${prose(m.baseline.label)}` : '';
    const pairing = m.pairing
      ? `; paired bootstrap over ${m.pairing.rows} rows, ${m.pairing.resamples} resamples, seed ${m.pairing.seed}`
      : '';
    out.push(
      `#### ${code(m.name)} ${ICON[m.status] ?? m.status}`,
      '',
      `${prose(m.task)}${baseline}${pairing}`,
      '',
      ...metricTable(m),
      ...sliceTable(m),
      ...gapTable(m),
      ...budgetTable(m),
      '',
    );
  }
  if (result.findings.length > 0) {
    out.push('**Findings**', '');
    for (const f of result.findings) {
      const where = f.path ? ` (${code(`${f.path}${f.line ? `:${f.line}` : ''}`)})` : '';
      out.push(
        `- ${f.severity === 'error' ? '❌' : f.severity === 'warning' ? '⚠️' : 'ℹ️'} ${f.rule ? `${code(f.rule)} ` : ''}${prose(f.message)}${where}${f.fix ? ` Fix: ${prose(f.fix)}` : ''}`,
      );
    }
  }
  return `${out.join('\n').trim()}\n`;
}

/** A table the report renders (`metrics.tables` in schema/result.schema.json); cells are plain text. */
export interface ResultTable {
  title: string;
  columns: string[];
  rows: Array<Array<string | null>>;
}

/** A verdict and its note as plain text. */
function verdictText(verdict: string, note?: string): string {
  return `${ICON[verdict] ?? verdict}${note ? ` ${note}` : ''}`.trim();
}

function plain(x: number | null | undefined): string | null {
  return x === null || x === undefined ? null : fmt(x);
}

/**
 * The report's tables for every model (issue 14 item 7): metric, candidate, baseline, Δ, CI,
 * threshold and verdict; then its slices, fairness gaps and budgets when there are any.
 */
export function modelTables(reports: readonly ModelReport[]): ResultTable[] {
  const out: ResultTable[] = [];
  for (const m of reports) {
    const against = m.baseline ? ` against ${m.baseline.label}` : '';
    out.push({
      title: `${m.name}: ${m.status}${against}`,
      columns: ['Metric', 'Candidate', 'Baseline', 'Δ', 'CI of Δ', 'Threshold', 'Verdict'],
      rows: m.table.map((r) => [
        r.metric,
        plain(r.candidate),
        plain(r.baseline),
        r.delta === null ? null : signed(r.delta),
        r.ci ? `[${fmt(r.ci.lower)}, ${fmt(r.ci.upper)}] (${Math.round(r.ci.confidence * 100)}%)` : null,
        r.threshold,
        verdictText(r.verdict, r.note),
      ]),
    });
    if (m.slices.length > 0) {
      const names = [...new Set(m.slices.flatMap((s) => Object.keys(s.metrics)))];
      out.push({
        title: `${m.name}: slices`,
        columns: ['Slice', 'Rows', ...names, 'Verdict'],
        rows: m.slices.map((s) => [
          `${s.column}=${s.value}`,
          String(s.rows),
          ...names.map((n) => plain(s.metrics[n])),
          verdictText(s.verdict, s.note),
        ]),
      });
    }
    if (m.gaps.length > 0) {
      out.push({
        title: `${m.name}: gaps between slices`,
        columns: ['Gap', 'Value', 'Between', 'Limit', 'Verdict'],
        rows: m.gaps.map((g) => [
          `${g.column}: ${g.metric}`,
          plain(g.value),
          g.between ? `${g.between[0]} and ${g.between[1]}` : null,
          g.limit,
          verdictText(g.verdict, g.note),
        ]),
      });
    }
    if (m.budgets.length > 0) {
      out.push({
        title: `${m.name}: budgets`,
        columns: ['Budget', 'Candidate', 'Baseline', 'Growth', 'Limit', 'Verdict'],
        rows: m.budgets.map((b) => [
          `${b.budget} (${b.unit})`,
          plain(b.candidate),
          plain(b.baseline),
          b.growth === null ? null : pct(b.growth),
          b.limit || null,
          verdictText(b.verdict, b.note),
        ]),
      });
    }
  }
  return out;
}
