import type { Finding } from '../../result/types.js';
import type { RuleLevel, RuleName } from './settings.js';

/** What a check reports: the rule, where in the notebook, what and what to do. */
export interface Draft {
  rule: RuleName;
  message: string;
  /** Line of the `.ipynb` file. */
  line?: number;
  fix: string;
}

/** Findings of one notebook, after severities and the per-notebook cap. */
export interface NotebookFindings {
  findings: Finding[];
  /** Per rule, how many drafts there were (turned-off rules excluded), listed or not. */
  counts: Partial<Record<RuleName, number>>;
}

/**
 * Turns a notebook's drafts into findings: each rule gets its configured severity (rules set to
 * `off` disappear), findings are ordered by line, and past `cap` the rest are counted in one
 * notice, so one leaky 5,000-cell notebook cannot drown the report.
 */
export function toFindings(
  path: string,
  drafts: readonly Draft[],
  severity: Readonly<Record<RuleName, RuleLevel>>,
  cap: number,
): NotebookFindings {
  const counts: Partial<Record<RuleName, number>> = {};
  const kept: Finding[] = [];
  for (const draft of drafts) {
    const level = severity[draft.rule];
    if (level === 'off') continue;
    counts[draft.rule] = (counts[draft.rule] ?? 0) + 1;
    kept.push({
      severity: level,
      rule: `notebooks/${draft.rule}`,
      path,
      ...(draft.line !== undefined ? { line: draft.line } : {}),
      // Messages that start with a place (`cell 4, line 2: …`) read as sentences.
      message: draft.message.startsWith('cell ') ? `C${draft.message.slice(1)}` : draft.message,
      fix: draft.fix,
    });
  }
  // Errors first so a cap never hides what fails the gate, then by line.
  kept.sort((a, b) => rank(a) - rank(b) || (a.line ?? 0) - (b.line ?? 0));
  if (kept.length <= cap) return { findings: kept, counts };
  const rest = kept.slice(cap);
  const byRule = new Map<string, number>();
  for (const f of rest) byRule.set(f.rule ?? '', (byRule.get(f.rule ?? '') ?? 0) + 1);
  const listed = [...byRule].map(([rule, n]) => `${n} ${rule}`).join(', ');
  return {
    findings: [
      ...kept.slice(0, cap),
      {
        severity: 'notice',
        rule: 'notebooks/more-findings',
        path,
        message: `${rest.length} more finding(s) in this notebook are not listed (${listed}).`,
        fix: 'Fix the findings above and re-run, or raise notebooks.max-findings-per-notebook.',
      },
    ],
    counts,
  };
}

function rank(f: Finding): number {
  return f.severity === 'error' ? 0 : f.severity === 'warning' ? 1 : 2;
}

/** `cell 4, line 2` (both 1-based) for messages. */
export function where(cellIndex: number, textLine?: number): string {
  return textLine === undefined ? `cell ${cellIndex + 1}` : `cell ${cellIndex + 1}, line ${textLine}`;
}
