import { formatPercent } from '../../result/percent.js';
import type { GateStatus, KeyMetric } from '../../result/types.js';
import type { NotebookReport } from './judge-notebook.js';

/** Which notebooks were judged, for the headline and the summary. */
export type Scope =
  | { kind: 'all' }
  /** changed-only was asked for, but there is no base to compare with. */
  | { kind: 'all-no-base' }
  | { kind: 'changed'; base: string; changedFiles: number };

/** A notebook is clean when it has no error and no warning (notices allowed). */
export function isClean(report: NotebookReport): boolean {
  return report.status === 'pass';
}

/** The combined report's figure: the share of judged notebooks that are clean. */
export function keyMetric(reports: readonly NotebookReport[]): KeyMetric {
  const clean = reports.filter(isClean).length;
  return {
    label: 'clean notebooks',
    value: reports.length === 0 ? null : (clean / reports.length) * 100,
    unit: '%',
    threshold: 100,
  };
}

/** One-line headline. */
export function title(status: GateStatus, reports: readonly NotebookReport[], scope: Scope): string {
  if (reports.length === 0) {
    return scope.kind === 'changed' ? 'Notebooks: no notebook changed' : 'Notebooks: no notebook found';
  }
  const clean = reports.filter(isClean).length;
  const verdict = status === 'fail' ? 'Notebooks need work' : 'Notebooks';
  const which = scope.kind === 'changed' ? 'changed notebook(s)' : 'notebook(s)';
  return `${verdict}: ${clean} of ${reports.length} ${which} clean (${formatPercent((clean / reports.length) * 100)})`;
}

/** What was judged and what is wrong, in words, without Markdown. */
export function summary(reports: readonly NotebookReport[], scope: Scope): string {
  const scopeText =
    scope.kind === 'changed'
      ? `Judged the ${reports.length} notebook(s) among the ${scope.changedFiles} file(s) changed since the merge base with ${scope.base}.`
      : scope.kind === 'all-no-base'
        ? `changed-only is set but no base ref was given (no option, no config, not a pull request), so all ${reports.length} notebook(s) were judged.`
        : `Judged all ${reports.length} notebook(s).`;
  const byRule = new Map<string, number>();
  for (const report of reports) {
    for (const [rule, n] of Object.entries(report.problems)) byRule.set(rule, (byRule.get(rule) ?? 0) + n);
  }
  const problems = [...byRule]
    .sort(([, a], [, b]) => b - a)
    .map(([rule, n]) => `${rule} ${n}`)
    .join(', ');
  const notClean = reports.filter((r) => !isClean(r));
  const names = notClean
    .slice(0, 5)
    .map((r) => `${r.path} (${r.status})`)
    .join(', ');
  const more = notClean.length > 5 ? ` and ${notClean.length - 5} more` : '';
  return [
    scopeText,
    problems === '' ? 'No problem found.' : `Findings by rule: ${problems}.`,
    notClean.length > 0 ? `Not clean: ${names}${more}.` : '',
  ]
    .filter((s) => s !== '')
    .join(' ');
}
