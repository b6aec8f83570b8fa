import { notMeasuredFinding, NO_BASE_FIX } from '../../result/not-measured.js';
import { type Ratio, ratio } from '../../result/percent.js';
import type { Finding } from '../../result/types.js';
import type { PatchCoverage } from './patch.js';
import type { CoverageSettings, CoverageThresholds } from './settings.js';
import { checkMinimum, type FileFigures, type ThresholdCheck } from './thresholds.js';

/** Whole-report figures. `overall` is lines and branches together, coverage.py's TOTAL. */
export interface Totals {
  lines: Ratio;
  branches?: Ratio;
  overall?: Ratio;
}

/** Checks on the whole-report figures. */
export function totalChecks(t: CoverageThresholds, totals: Totals): ThresholdCheck[] {
  const overallLabel = totals.overall ? 'Line and branch coverage' : 'Line coverage (no branch data)';
  return defined([
    checkMinimum({ scope: 'total', metric: 'lines' }, 'Line coverage', totals.lines, t.lines),
    totals.branches
      ? checkMinimum({ scope: 'total', metric: 'branches' }, 'Branch coverage', totals.branches, t.branches)
      : undefined,
    checkMinimum({ scope: 'total', metric: 'overall' }, overallLabel, totals.overall ?? totals.lines, t.overall),
  ]);
}

/** The patch minimum, applied only from `min-changed-lines` measured changed lines. */
export function patchChecks(settings: CoverageSettings, patch: PatchCoverage): ThresholdCheck[] {
  if (patch.total < Math.max(1, settings.minChangedLines)) return [];
  const actual = ratio(patch.covered, patch.total);
  return defined([checkMinimum({ scope: 'patch' }, 'Patch coverage', actual, settings.thresholds.patch)]);
}

/** The per-file minimum, over each changed file that the reports measure. */
export function fileChecks(figures: FileFigures[], minimum: number | undefined): ThresholdCheck[] {
  return defined(
    figures
      .filter((f) => f.patch)
      .map((f) => checkMinimum({ scope: 'file', path: f.path }, `Line coverage of ${f.path}`, f.lines, minimum)),
  );
}

/**
 * Thresholds that were set but could not be evaluated, each named: nothing unmeasured reads as
 * met. Without a base (or diff) the patch cannot be measured at all: an error inside a pull
 * request, a warning outside one. With a base but no measured changed line, or fewer than
 * `min-changed-lines`, the patch minimum is not applied, which a notice says.
 */
export function unmeasuredFindings(
  settings: CoverageSettings,
  totals: Totals,
  patch: PatchCoverage | undefined,
): Finding[] {
  const t = settings.thresholds;
  const out: Finding[] = [];
  if (!totals.branches && t.branches !== undefined) {
    out.push({
      severity: 'warning',
      rule: 'coverage/no-branch-data',
      message: `branch coverage: not measured (a branch threshold of ${t.branches}% is set but no report has branch data)`,
      fix: 'Enable branch coverage (pytest --cov-branch, coverage run --branch) or remove thresholds.branches.',
    });
  }
  const needsChanges = [
    t.patch !== undefined ? 'patch coverage' : undefined,
    t.file !== undefined ? 'changed-file coverage' : undefined,
    settings.paths.some((p) => p.patch !== undefined) ? 'per-path patch coverage' : undefined,
  ].filter((w): w is string => w !== undefined);
  if (!patch && needsChanges.length > 0) {
    out.push(
      notMeasuredFinding({
        gate: 'coverage',
        what: needsChanges.join(', '),
        reason: 'no base ref',
        fix: NO_BASE_FIX,
        inPullRequest: settings.inPullRequest,
      }),
    );
  } else if (patch && t.patch !== undefined && patch.total < Math.max(1, settings.minChangedLines)) {
    out.push({
      severity: 'notice',
      rule: 'coverage/patch-too-small',
      message:
        patch.total === 0
          ? 'patch coverage: not measured (no changed line is measured by the reports); the patch threshold was not applied.'
          : `patch coverage: not measured (only ${patch.total} measured line(s) changed, fewer than min-changed-lines ${settings.minChangedLines}); the patch threshold was not applied.`,
    });
  }
  return out;
}

function defined<T>(items: Array<T | undefined>): T[] {
  return items.filter((i): i is T => i !== undefined);
}
