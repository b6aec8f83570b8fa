import { errorGateResult } from '../../result/error-result.js';
import { formatPercent, type Ratio, ratio } from '../../result/percent.js';
import type { Finding, GateResult, GateStatus } from '../../result/types.js';
import type { PatchCoverage } from './patch.js';
import type { ReportInfo } from './read-reports.js';

/** `metrics.patch`: diff-cover's figures, per file with the uncovered lines. */
export function patchMetrics(patch: PatchCoverage) {
  return {
    ...ratio(patch.covered, patch.total),
    files: patch.files.map((f) => ({ path: f.path, ...ratio(f.covered, f.total), missing: f.missing })),
    absent: patch.absent.map((c) => c.path),
  };
}

/** One-line headline: the figures, and whether a threshold failed. */
export function title(
  status: GateStatus,
  lines: Ratio,
  branches: Ratio | undefined,
  patch: PatchCoverage | undefined,
): string {
  const parts = [`${formatPercent(lines.percent)} of lines`];
  if (branches) parts.push(`${formatPercent(branches.percent)} of branches`);
  if (patch)
    parts.push(
      patch.total > 0
        ? `${formatPercent(ratio(patch.covered, patch.total).percent)} of changed lines`
        : 'no measured changed lines',
    );
  const verdict = status === 'fail' ? 'Coverage below threshold' : 'Coverage';
  return `${verdict}: ${parts.join(', ')}`;
}

/** The figures a summary describes. */
export interface SummaryFigures {
  lines: Ratio;
  branches?: Ratio;
  patch: PatchCoverage | undefined;
  files: number;
  reports: number;
}

/**
 * A short paragraph of the figures, in words. It says "All thresholds met" only when every set
 * threshold was measured and met; an unmeasured or unapplied one is named as such.
 */
export function summary(
  figures: SummaryFigures,
  /** `notApplied`: minima skipped for too few measured changed lines (a notice, not a warning). */
  outcome: { failed: number; unmeasured: number; notApplied?: number },
): string {
  const { lines, branches, patch } = figures;
  const s = [
    `${lines.covered} of ${lines.total} lines covered (${formatPercent(lines.percent)}) in ${figures.files} file(s) from ${figures.reports} report(s).`,
  ];
  if (branches)
    s.push(`${branches.covered} of ${branches.total} branches covered (${formatPercent(branches.percent)}).`);
  if (patch) {
    s.push(
      patch.total > 0
        ? `${patch.covered} of ${patch.total} changed lines covered (${formatPercent(ratio(patch.covered, patch.total).percent)}) in ${patch.files.length} file(s).`
        : 'No changed line is measured by the reports.',
    );
  }
  if (outcome.failed > 0) s.push(`${outcome.failed} threshold(s) not met.`);
  if (outcome.unmeasured > 0) s.push(`${outcome.unmeasured} threshold(s) not measured (see the findings).`);
  if (outcome.failed === 0 && outcome.unmeasured === 0) {
    // A minimum that was not applied was not met either: say what was, and what was not.
    s.push(
      (outcome.notApplied ?? 0) > 0
        ? 'Every measured threshold met; the patch minimum was not applied (see the findings).'
        : 'All thresholds met.',
    );
  }
  return s.join(' ');
}

/** The result when the gate could not judge (bad input), with what was read so far. */
export function errorResult(
  findings: Finding[],
  reports: ReportInfo[] = [],
  partial: Record<string, unknown> = {},
): GateResult {
  return errorGateResult('coverage', 'Coverage could not be judged', findings, { reports, ...partial });
}
