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

/** The shape gates use for `metrics.checks` (see schema/result.schema.json). */
interface CheckSummary {
  label: string;
  percent: number | null;
  minimum: number;
  passed: boolean;
}
