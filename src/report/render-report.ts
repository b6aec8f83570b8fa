import type { Finding, GateResult } from '../result/types.js';
import { resultId } from '../result/types.js';
import { clip, clipLines, escapeHtmlText, escapeMarkdown } from './escape.js';
import { decidedBy } from './deciding.js';
import { keyMetricCells } from './key-metric.js';
import { checksTable, gateTables, metricsTable, renderFinding, STATUS_LABEL } from './render-gate.js';
import type { Verdict } from './verdict.js';

/** Where the report is shown and what it links to; every field is optional. */
export interface ReportContext {
  /** Heading after the verdict icon (default `ML quality gates`). */
  title?: string;
  /** The commit the verdict is for (shown shortened). */
  sha?: string;
  /** The workflow run, linked in the footer and in the note about anything cut. */
  runUrl?: string;
  /** Where the complete report is, in words (e.g. "the job summary of the workflow run"). */
  fullReportHint?: string;
  /** Shown in the footer, e.g. `0.1.0`. */
  version?: string;
}

/** Limits of one rendering. */
export interface RenderOptions {
  /** Maximum size, as `measure` counts it. */
  limit: number;
  /**
   * How size is counted: UTF-16 code units by default (never less than the characters GitHub
   * counts); the job summary's limit is in bytes.
   */
  measure?: (text: string) => number;
  /** Findings shown per gate at most, before the size budget. */
  maxFindingsPerGate: number;
  /** Name of the limit in the "shortened" note, e.g. "GitHub's 65,536-character comment limit". */
  limitName: string;
  context: ReportContext;
}

/** A rendered report and what had to be left out of it. */
export interface RenderedReport {
  /** The whole Markdown, footer included, within `limit`. */
  markdown: string;
  /** The Markdown without the footer (commit, run link): what changes only when the verdict does. */
  content: string;
  /** Findings left out (by the per-gate cap or the size budget). */
  omittedFindings: number;
  /** What the size budget removed, in words; empty when nothing was cut for size. */
  cuts: string[];
}

/** How much of each gate's detail is shown; each level drops the least important part left. */
type Detail = 'full' | 'no-tables' | 'summaries' | 'table-only';
const DETAIL_LEVELS: readonly Detail[] = ['full', 'no-tables', 'summaries', 'table-only'];
const CUT_WORDS: Record<Detail, string> = {
  full: '',
  'no-tables': "the gates' metric tables",
  summaries: "every gate's details",
  'table-only': "every gate's details",
};

const CLIP = { title: 300, summary: 2000, heading: 200 } as const;
const SEVERITY_RANK: Record<Finding['severity'], number> = { error: 0, warning: 1, notice: 2 };

/** One finding with its place, in the order findings are kept when space runs out. */
interface Ranked {
  gate: number;
  index: number;
  finding: Finding;
}

/**
 * Renders the combined report: a verdict heading, one table row per gate (status, key metric,
 * change, threshold), then a collapsed `<details>` per gate with its summary, tables and each
 * finding with its fix. Text from results is escaped. When the Markdown exceeds `limit`, the
 * least important detail goes first — notices, then warnings, then errors of passing gates
 * before failing ones, then tables, then the details — and a note says what was cut and where
 * the full report is.
 */
export function renderReport(
  results: readonly GateResult[],
  verdict: Verdict,
  options: RenderOptions,
): RenderedReport {
  const size = options.measure ?? ((text: string) => text.length);
  const fits = (r: RenderedReport) => size(r.markdown) <= options.limit;
  const ranked = rankFindings(results, options.maxFindingsPerGate);
  const cappedOut = results.reduce((n, r) => n + r.findings.length, 0) - ranked.length;
  const attempt = (keep: number, detail: Detail): RenderedReport => {
    const kept = new Set(ranked.slice(0, keep));
    const omitted = cappedOut + ranked.length - keep;
    const cuts = [
      // Every finding left out, those past the per-gate cap included, so the count is the truth.
      ...(keep < ranked.length ? [`${omitted} finding(s)`] : []),
      ...(detail === 'full' ? [] : [CUT_WORDS[detail]]),
    ];
    return compose({ results, verdict, options }, { kept, detail, omitted, cuts });
  };
  for (const detail of DETAIL_LEVELS) {
    const withAll = attempt(ranked.length, detail);
    if (fits(withAll)) return withAll;
    if (!fits(attempt(0, detail))) continue;
    // The most findings that fit: rendering grows with every finding kept, so bisect.
    let lo = 0;
    let hi = ranked.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (fits(attempt(mid, detail))) lo = mid;
      else hi = mid - 1;
    }
    return attempt(lo, detail);
  }
  // Even the bare table does not fit (thousands of results): cut the text itself.
  const last = attempt(0, 'table-only');
  const note = `\n\n> ✂️ Truncated at ${options.limitName}.${whereFull(options.context)}\n`;
  let keep = options.limit - size(note);
  let markdown = clipLines(last.markdown, keep) + note;
  // Bytes can exceed characters (emoji): shrink until the measure agrees.
  while (size(markdown) > options.limit && keep > 0) {
    keep = Math.floor(keep * 0.9);
    markdown = clipLines(last.markdown, keep) + note;
  }
  return { ...last, markdown, content: markdown, cuts: [...last.cuts, 'the end of the gate table'] };
}

/** Findings in the order they are kept: errors first, within that failing gates first. */
function rankFindings(results: readonly GateResult[], perGate: number): Ranked[] {
  const gateRank = (r: GateResult) =>
    r.status === 'fail' || r.status === 'error' ? 0 : r.status === 'warn' ? 1 : 2;
  const all: Ranked[] = [];
  results.forEach((result, gate) => {
    const sorted = result.findings
      .map((finding, index) => ({ gate, index, finding }))
      .sort(
        (a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || a.index - b.index,
      );
    all.push(...sorted.slice(0, Math.max(0, perGate)));
  });
  return all.sort(
    (a, b) =>
      SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] ||
      gateRank(results[a.gate] as GateResult) - gateRank(results[b.gate] as GateResult) ||
      a.gate - b.gate ||
      a.index - b.index,
  );
}

/** One attempt at a rendering: what is kept of the findings, at which level of detail. */
interface Attempt {
  kept: ReadonlySet<Ranked>;
  detail: Detail;
  omitted: number;
  cuts: string[];
}

function compose(
  { results, verdict, options }: { results: readonly GateResult[]; verdict: Verdict; options: RenderOptions },
  { kept, detail, omitted, cuts }: Attempt,
): RenderedReport {
  const byGate = new Map<number, Ranked[]>();
  for (const r of kept) byGate.set(r.gate, [...(byGate.get(r.gate) ?? []), r]);
  const parts = [heading(results, verdict, options.context), gateTable(results)];
  if (detail !== 'table-only') {
    results.forEach((result, gate) => {
      const shown = (byGate.get(gate) ?? []).sort(
        (a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || a.index - b.index,
      );
      parts.push(gateDetails(result, shown, detail));
    });
  }
  if (cuts.length > 0) {
    parts.push(
      `> ✂️ **Shortened to fit ${options.limitName}:** not shown here: ${cuts.join(', ')}.${whereFull(options.context)}`,
    );
  } else if (omitted > 0) {
    parts.push(`<sub>${omitted} more finding(s) are not listed here.${whereFull(options.context)}</sub>`);
  }
  const content = `${parts.join('\n\n')}\n`;
  return { markdown: `${content}\n${footer(options.context)}\n`, content, omittedFindings: omitted, cuts };
}

function whereFull(context: ReportContext): string {
  const where = context.fullReportHint ? ` The full report is in ${context.fullReportHint}` : '';
  const run = context.runUrl ? ` ([workflow run](${safeUrl(context.runUrl)}))` : '';
  return where || run ? `${where || ' See the'}${run}${where ? '' : ' for the full report'}.` : '';
}

function heading(results: readonly GateResult[], verdict: Verdict, context: ReportContext): string {
  const title = escapeMarkdown(clip(context.title ?? 'ML quality gates', CLIP.heading));
  const gates = results.length;
  if (verdict.blocking) {
    const icon = verdict.exitCode === 2 ? '🛑' : '❌';
    const names = verdict.blockingIds.map((id) => `**${escapeMarkdown(id)}**`).join(', ');
    return `## ${icon} ${title}: blocked\n\n${verdict.blockingIds.length} of ${gates} gate(s) block this change: ${names}.`;
  }
  const words: Record<Verdict['status'], string> = {
    pass: 'passed',
    warn: 'passed with warnings',
    fail: 'failed (not blocking)',
    error: 'could not judge every gate (not blocking)',
    skip: 'every gate skipped',
  };
  const label = STATUS_LABEL[verdict.status].split(' ')[0] ?? '';
  return `## ${label} ${title}: ${words[verdict.status]}\n\n${gates} gate(s) reported; none blocks this change.`;
}

function gateTable(results: readonly GateResult[]): string {
  const rows = results.map((r) => {
    const cells = keyMetricCells(r);
    return `| ${escapeMarkdown(resultId(r))}${provenanceLabel(r)} | ${STATUS_LABEL[r.status]} | ${escapeMarkdown(cells.metric)} | ${escapeMarkdown(cells.delta)} | ${escapeMarkdown(cells.threshold)} | ${escapeMarkdown(decidedBy(r))} |`;
  });
  return [
    '| Gate | Status | Key metric | Change | Threshold | Decided by |',
    '| --- | --- | --- | ---: | ---: | --- |',
    ...rows,
  ].join('\n');
}

/**
 * In the workflow_run flow, who produced the row: the trusted job's re-run on the pull request's
 * files, or the pull request's own run (which its author controls, so it is labelled as such).
 */
function provenanceLabel(result: GateResult): string {
  const source = result.provenance?.source;
  if (source === 'trusted-rerun') return '<br><sub>re-run by the trusted workflow_run job</sub>';
  if (source === 'untrusted-run') return "<br><sub>reported by the pull request's own run</sub>";
  return '';
}

function gateDetails(result: GateResult, shown: Ranked[], detail: Detail): string {
  const count = result.findings.length;
  const label = STATUS_LABEL[result.status];
  const summaryLine =
    `${escapeHtmlText(label)} <b>${escapeHtmlText(resultId(result))}</b> — ` +
    `${escapeHtmlText(clip(result.title, CLIP.title))}${count > 0 ? ` (${count} finding${count === 1 ? '' : 's'})` : ''}`;
  const body: string[] = [escapeMarkdown(clip(result.summary, CLIP.summary))];
  if (detail === 'full') {
    const metrics = metricsTable(result);
    if (metrics) body.push(metrics);
    const checks = checksTable(result);
    if (checks) body.push(checks);
    const tables = gateTables(result);
    if (tables) body.push(tables);
  }
  if (detail !== 'summaries' && (shown.length > 0 || count > 0)) {
    const items = shown.map((r) => `- ${renderFinding(r.finding)}`);
    if (count > shown.length) items.push(`- … ${count - shown.length} more finding(s) not shown here`);
    body.push(items.join('\n'));
  } else if (count > 0) {
    body.push(`${count} finding(s) not shown here.`);
  }
  return `<details><summary>${summaryLine}</summary>\n\n${body.join('\n\n')}\n\n</details>`;
}

function footer(context: ReportContext): string {
  const parts: string[] = [];
  if (context.sha && /^[0-9a-f]{7,64}$/i.test(context.sha))
    parts.push(`commit \`${context.sha.slice(0, 7)}\``);
  if (context.runUrl) parts.push(`[workflow run](${safeUrl(context.runUrl)})`);
  parts.push(`ml-quality-gates${context.version ? ` ${escapeMarkdown(context.version)}` : ''}`);
  return `<sub>${parts.join(' · ')}</sub>`;
}

/** Only http(s) URLs, with the characters that would end a Markdown link destination encoded. */
function safeUrl(url: string): string {
  if (!/^https?:\/\//i.test(url)) return '#';
  return url.replace(/[\s()<>]/g, (c) => encodeURIComponent(c));
}
