import { userErrorFinding } from '../../result/error-result.js';
import type { Finding } from '../../result/types.js';
import type { UserError } from '../../util/errors.js';
import type { ChangedFile } from './diff.js';
import type { PatchCoverage } from './patch.js';
import type { MergedFile } from './store.js';

/** How many uncovered ranges become findings; the rest are counted in the summary. */
const MAX_RANGE_FINDINGS = 500;

/**
 * diff-cover answers "No lines with coverage information" when report paths do not match the
 * repository, and the PR passes. Here: when source files changed and not one of them is in
 * any report, the gate cannot judge, and says which paths it tried.
 */
export function checkMapping(
  patch: PatchCoverage,
  changed: ChangedFile[],
  files: MergedFile[],
): Finding | undefined {
  if (patch.files.length > 0) return undefined;
  const sources = changedSources(changed, files);
  if (sources.length === 0 || files.length === 0) return undefined;
  return {
    severity: 'error',
    rule: 'coverage/paths-do-not-match',
    message:
      `No changed line maps onto the coverage reports: ${sources.length} changed source file(s) (e.g. ${sources
        .slice(0, 3)
        .map((c) => c.path)
        .join(', ')}) appear in no report. ` + `Report paths seen: ${triedSamples(files)}.`,
    fix: PATHS_FIX,
  };
}

const PATHS_FIX =
  'Make report paths repository-relative (coverage.py: relative_files = true), set coverage.root, or add a coverage.path-map entry.';

/**
 * The same failure seen from the repository, for a run without a base (or a change with no
 * source file): when not one report path maps onto a file of the repository (its tracked
 * files, or a file on disk under the root), the reports measured some other tree — a build's
 * copy, another checkout — and their figures say nothing about this one. An error that names
 * the paths tried, not a pass on them.
 */
export function checkRepositoryMapping(files: MergedFile[]): Finding | undefined {
  if (files.length === 0 || files.some((f) => f.matched)) return undefined;
  return {
    severity: 'error',
    rule: 'coverage/paths-do-not-match',
    message:
      `No coverage report path maps onto a file of the repository: none of the ${files.length} file(s) the reports measure ` +
      `is among its tracked files or on disk. Report paths seen: ${triedSamples(files)}.`,
    fix: `${PATHS_FIX} Run the gate in the checked-out repository the tests ran on (actions/checkout first).`,
  };
}

/** Up to three report paths and the repository paths each was tried as. */
function triedSamples(files: MergedFile[]): string {
  return files
    .slice(0, 3)
    .map((f) => `"${f.reportPath}" → tried ${f.tried.map((t) => `"${t}"`).join(', ')}`)
    .join('; ');
}

/** Changed files that look like source the reports would measure (same file extensions). */
function changedSources(changed: ChangedFile[], files: MergedFile[]): ChangedFile[] {
  const extensions = new Set(files.map((f) => extension(f.path)).filter((e) => e !== ''));
  return changed.filter(
    (c) => c.addedLines.length > 0 && extensions.has(extension(c.path)) && !isTestPath(c.path),
  );
}

/** A warning per changed source file that no report mentions at all (never imported by a test). */
export function absentFileFindings(patch: PatchCoverage, files: MergedFile[]): Finding[] {
  return changedSources(patch.absent, files).map((c) => ({
    severity: 'warning' as const,
    rule: 'coverage/file-not-in-report',
    path: c.path,
    message: `${c.path} changed (${c.addedLines.length} line(s)) but is in no coverage report: no test imports it.`,
    fix: 'Add a test that imports it, or list it under coverage.exclude if it is not meant to be measured.',
  }));
}

/**
 * One finding per uncovered changed range, for annotations: a warning when it contributes to a
 * failed patch or file minimum, else a notice.
 */
export function uncoveredRangeFindings(
  patch: PatchCoverage | undefined,
  { patchFailed, failedFiles }: { patchFailed: boolean; failedFiles: ReadonlySet<string> },
): Finding[] {
  if (!patch) return [];
  const out: Finding[] = [];
  for (const f of patch.files) {
    for (const [start, end] of f.ranges) {
      if (out.length >= MAX_RANGE_FINDINGS) return out;
      out.push({
        severity: patchFailed || failedFiles.has(f.path) ? 'warning' : 'notice',
        rule: 'coverage/patch-uncovered',
        path: f.path,
        line: start,
        endLine: end,
        message:
          start === end
            ? `Changed line ${start} is not covered by tests.`
            : `Changed lines ${start}–${end} are not covered by tests.`,
        fix: 'Add a test that executes these lines.',
      });
    }
  }
  return out;
}

/** A user error (unreadable report, bad diff) as a finding of this gate. */
export function inputErrorFinding(error: UserError): Finding {
  return userErrorFinding('coverage', error);
}

function extension(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot).toLowerCase();
}

/** Test files are rarely in a coverage report and are not "untested source". */
function isTestPath(path: string): boolean {
  return (
    /(^|\/)(tests?|__tests__|spec)\//.test(path) ||
    /(^|\/)(test_[^/]*|[^/]*_test\.[^/]+|[^/]*\.(test|spec)\.[^/]+|conftest\.py)$/.test(path)
  );
}
