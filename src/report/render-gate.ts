import { formatPercent, isRatio, meets } from '../result/percent.js';
import type { Finding, GateResult, GateStatus } from '../result/types.js';
import { clip, codeSpan, escapeMarkdown } from './escape.js';

/** Icon and word for a status, used in every rendering. */
export const STATUS_LABEL: Record<GateStatus, string> = {
  pass: '✅ pass',
  warn: '⚠️ warn',
  fail: '❌ fail',
  error: '🛑 error',
  skip: '⏭️ skip',
};

/** Default number of findings listed per gate before "and N more". */
export const DEFAULT_MAX_FINDINGS = 50;

/** One gate's section of a Markdown summary (job summary, PR comment). */
export function renderGateMarkdown(result: GateResult, maxFindings = DEFAULT_MAX_FINDINGS): string {
  const out: string[] = [];
  out.push(
    `### ${STATUS_LABEL[result.status]} — ${escapeMarkdown(result.gate)}: ${escapeMarkdown(result.title)}`,
    '',
  );
  out.push(escapeMarkdown(result.summary), '');
  const table = metricsTable(result);
  if (table) out.push(table, '');
  const checks = checksTable(result);
  if (checks) out.push(checks, '');
  const tables = gateTables(result);
  if (tables) out.push(tables, '');
  if (result.findings.length > 0) {
    out.push(`<details><summary>Findings (${result.findings.length})</summary>`, '');
    for (const f of result.findings.slice(0, maxFindings)) out.push(`- ${renderFinding(f)}`);
    if (result.findings.length > maxFindings) {
      out.push(`- … and ${result.findings.length - maxFindings} more (see the result file)`);
    }
    out.push('', '</details>', '');
  }
  const rounding = result.metrics.rounding;
  if (typeof rounding === 'string') out.push(`<sub>${escapeMarkdown(rounding)}</sub>`, '');
  return out.join('\n');
}

/** Longest texts a finding shows (a result from an artifact is untrusted and may be huge). */
const FINDING_CLIP = { path: 300, message: 1000, fix: 600 } as const;

/** A finding as one Markdown list item: severity, location, message, fix. */
export function renderFinding(f: Finding): string {
  const icon = f.severity === 'error' ? '❌' : f.severity === 'warning' ? '⚠️' : 'ℹ️';
  const where = f.path
    ? `${codeSpan(clip(f.path, FINDING_CLIP.path) + (f.line !== undefined ? `:${f.line}${f.endLine && f.endLine !== f.line ? `-${f.endLine}` : ''}` : ''), false)} `
    : '';
  const fix = f.fix ? ` — *Fix:* ${escapeMarkdown(clip(f.fix, FINDING_CLIP.fix))}` : '';
  return `${icon} ${where}${escapeMarkdown(clip(f.message, FINDING_CLIP.message))}${fix}`;
}

/** A table of the ratio-shaped metrics (`{covered,total,percent}`) with their thresholds. */
export function metricsTable(result: GateResult): string | undefined {
  // Thresholds are not covered by the result schema; a result from an artifact is untrusted, so
  // only numbers are shown.
  const raw = result.metrics.thresholds;
  const thresholds = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const rows: string[] = [];
  for (const [name, value] of Object.entries(result.metrics)) {
    if (!isRatio(value) || rows.length >= MAX_TABLE_ROWS) continue;
    const min = thresholds[name];
    const hasMin = typeof min === 'number' && Number.isFinite(min);
    const verdict =
      !hasMin || value.percent === null ? '' : meets(value.covered, value.total, min) ? ' ✅' : ' ❌';
    rows.push(
      `| ${escapeMarkdown(clip(name, 100))} | ${formatPercent(value.percent)} | ${value.covered} / ${value.total} | ${hasMin ? `${min}%${verdict}` : '—'} |`,
    );
  }
  if (rows.length === 0) return undefined;
  return ['| Metric | Percent | Count / total | Minimum |', '| --- | ---: | ---: | ---: |', ...rows].join(
    '\n',
  );
}

/** Rows a metrics or checks table shows at most; the result file has them all. */
const MAX_TABLE_ROWS = 50;

/** The gate's threshold checks (`metrics.checks`), failed ones first, when there are any. */
export function checksTable(result: GateResult): string | undefined {
  const checks = result.metrics.checks;
  if (!Array.isArray(checks) || checks.length === 0) return undefined;
  const rows = (checks as CheckSummary[])
    .filter((c) => typeof c.label === 'string' && typeof c.minimum === 'number')
    .sort((a, b) => Number(a.passed) - Number(b.passed))
    .slice(0, MAX_TABLE_ROWS)
    .map(
      (c) =>
        `| ${c.passed ? '✅' : '❌'} | ${escapeMarkdown(clip(c.label, 200))} | ${formatPercent(c.percent ?? null)} | ${c.minimum}% |`,
    );
  if (rows.length === 0) return undefined;
  return ['| | Check | Actual | Minimum |', '| --- | --- | ---: | ---: |', ...rows].join('\n');
}

/** Tables a section shows at most, and the longest text of one cell. */
const MAX_TABLES = 20;
const CELL_CLIP = 200;

function cellText(cell: unknown): string {
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '–';
  if (typeof cell !== 'string' || cell === '') return '–';
  // A plain number needs no escape (escaping would write 0\.81 and \-0.2 in the source).
  if (/^[-+]?\d[\d.,]{0,30}(?:e[-+]?\d{1,3})?%?$/i.test(cell)) return cell;
  return escapeMarkdown(clip(cell, CELL_CLIP));
}

/**
 * A gate's own tables (`metrics.tables`: a title, column names and rows of plain-text cells,
 * e.g. the model evaluation gate's per-model metric, slice and budget tables). A result from an
 * artifact is untrusted: every cell is escaped and clipped, anything not of that shape is skipped,
 * and at most MAX_TABLES tables of MAX_TABLE_ROWS rows are shown.
 */
export function gateTables(result: GateResult): string | undefined {
  const raw = result.metrics.tables;
  if (!Array.isArray(raw)) return undefined;
  const out: string[] = [];
  for (const table of raw.slice(0, MAX_TABLES) as unknown[]) {
    if (typeof table !== 'object' || table === null) continue;
    const { title, columns, rows } = table as Record<string, unknown>;
    if (!Array.isArray(columns) || columns.length === 0 || !Array.isArray(rows)) continue;
    const head = `| ${columns.map(cellText).join(' | ')} |`;
    const rule = `| ${columns.map(() => '---').join(' | ')} |`;
    const body = (rows as unknown[])
      .slice(0, MAX_TABLE_ROWS)
      .map(
        (row) =>
          `| ${columns.map((_, i) => cellText(Array.isArray(row) ? row[i] : undefined)).join(' | ')} |`,
      );
    if (rows.length > MAX_TABLE_ROWS)
      body.push(`| … ${rows.length - MAX_TABLE_ROWS} more row(s) in the result file |`);
    out.push(
      [
        ...(typeof title === 'string' && title ? [`**${cellText(title)}**`, ''] : []),
        head,
        rule,
        ...body,
      ].join('\n'),
    );
  }
  return out.length > 0 ? out.join('\n\n') : undefined;
}

/** The shape gates use for `metrics.checks` (see schema/result.schema.json). */
interface CheckSummary {
  label: string;
  percent: number | null;
  minimum: number;
  passed: boolean;
}
