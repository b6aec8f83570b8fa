import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import picomatch from 'picomatch';
import { formatPercent, type Ratio, ratio, ROUNDING_NOTE } from '../../result/percent.js';
import type { Finding, GateResult, GateStatus } from '../../result/types.js';
import { InputError, UserError } from '../../util/errors.js';
import { diffSinceMergeBase, gitTopLevel, trackedFiles } from '../../util/git.js';
import { compareBaseline, dropFinding, readBaseline } from './baseline.js';
import { type ChangedFile, changedLines } from './diff.js';
import { type PatchCoverage, patchCoverage } from './patch.js';
import { PathMapper } from './path-mapper.js';
import { expandReports, type ReportInfo, readReport } from './read-reports.js';
import type { CoverageSettings } from './settings.js';
import { CoverageStore, fileBranchCount, fileLineCount, type MergedFile } from './store.js';
import {
  checkMinimum,
  checkPathRule,
  configuredThresholds,
  type FileFigures,
  failureFinding,
  type ThresholdCheck,
} from './thresholds.js';

/** How many uncovered ranges become findings; the rest are counted in the summary. */
const MAX_RANGE_FINDINGS = 500;

/**
 * Runs the coverage gate: reads every report, maps paths, computes totals and patch coverage,
 * checks thresholds, and returns the result document. Bad input yields status `error` with
 * findings that say which file and what to do; it never throws for user mistakes.
 */
export async function evaluateCoverage(settings: CoverageSettings): Promise<GateResult> {
  try {
    return await evaluate(settings);
  } catch (error) {
    if (error instanceof UserError) return errorResult([inputErrorFinding(error)]);
    throw error;
  }
}

async function evaluate(settings: CoverageSettings): Promise<GateResult> {
  const cwd = settings.cwd;
  const gitRoot = await gitTopLevel(settings.root ? resolve(cwd, settings.root) : cwd);
  const root = settings.root ? resolve(cwd, settings.root) : (gitRoot ?? cwd);
  const excluded = settings.exclude.length > 0 ? picomatch(settings.exclude, { dot: true }) : () => false;

  const changed = (await readChangedLines(settings, root))?.filter((c) => !excluded(c.path));
  const known = new Set<string>(gitRoot ? await trackedUnder(gitRoot, root) : []);
  for (const c of changed ?? []) known.add(c.path);
  const store = new CoverageStore(new PathMapper(root, known, settings.pathMap));

  const reportFiles = await expandReports(settings.reports, cwd);
  const reports: ReportInfo[] = [];
  const errors: Finding[] = [];
  for (const file of reportFiles) {
    try {
      reports.push(await readReport(file, cwd, store));
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      errors.push(inputErrorFinding(error));
    }
  }
  if (errors.length > 0) return errorResult(errors, reports);

  for (const path of store.files.keys()) if (excluded(path)) store.files.delete(path);
  const files = [...store.files.values()];
  const findings: Finding[] = [];
  const checks: ThresholdCheck[] = [];

  const lines = sumRatio(files.map(fileLineCount));
  const hasBranches = files.some((f) => fileBranchCount(f) !== undefined);
  const branches = hasBranches ? sumRatio(files.map((f) => fileBranchCount(f) ?? { covered: 0, total: 0 })) : undefined;
  // coverage.py's TOTAL counts statements and branches together.
  const overall = branches ? ratio(lines.covered + branches.covered, lines.total + branches.total) : undefined;
  const t = settings.thresholds;
  push(checks, checkMinimum('lines', 'Line coverage', lines, t.lines));
  if (branches) {
    push(checks, checkMinimum('branches', 'Branch coverage', branches, t.branches));
    push(checks, checkMinimum('overall', 'Line and branch coverage', overall ?? lines, t.overall));
  } else if (t.overall !== undefined) {
    push(checks, checkMinimum('overall', 'Line coverage (no branch data)', lines, t.overall));
  }
  if (!branches && t.branches !== undefined) {
    findings.push({
      severity: 'warning',
      rule: 'coverage/no-branch-data',
      message: `A branch threshold (${t.branches}%) is set but no report has branch data.`,
      fix: 'Enable branch coverage (pytest --cov-branch, coverage run --branch) or remove thresholds.branches.',
    });
  }

  let patch: PatchCoverage | undefined;
  if (changed) {
    patch = patchCoverage(store, changed);
    const mapping = checkMapping(patch, changed, files);
    if (mapping) return errorResult([mapping], reports, { lines, branches });
    findings.push(...absentFileFindings(patch, files));
    if (patch.total >= Math.max(1, settings.minChangedLines)) {
      push(checks, checkMinimum('patch', 'Patch coverage', ratio(patch.covered, patch.total), t.patch));
    } else if (t.patch !== undefined && patch.total > 0) {
      findings.push({
        severity: 'notice',
        rule: 'coverage/patch-too-small',
        message: `Only ${patch.total} measured line(s) changed, fewer than min-changed-lines (${settings.minChangedLines}); the patch threshold was not applied.`,
      });
    }
  }

  const figures = fileFigures(files, patch);
  const changedFigures = patch ? figures.filter((f) => f.patch) : [];
  for (const f of changedFigures) {
    const check = checkMinimum(`file:${f.path}`, `Line coverage of ${f.path}`, f.lines, t.file);
    if (check) checks.push(check);
  }
  const pathResults = settings.paths.map((rule) =>
    checkPathRule(rule, figures, picomatch(rule.glob, { dot: true }), settings.minChangedLines),
  );
  for (const r of pathResults) checks.push(...r.checks);

  let baseline: ReturnType<typeof compareBaseline> | undefined;
  if (settings.baseline) {
    const loaded = await readBaseline(settings.baseline.file, cwd, settings.baseline.required);
    if (loaded.notice) findings.push(loaded.notice);
    if (loaded.metrics) baseline = compareBaseline({ lines, branches }, loaded.metrics, settings.baseline.maxDrop);
  }

  const failed = checks.filter((c) => !c.passed);
  for (const c of failed) findings.push(failureFinding(c, fixFor(c.id), c.id.startsWith('file:') ? c.id.slice(5) : undefined));
  for (const d of baseline ?? []) if (!d.passed) findings.push(dropFinding(d));
  const patchFailed = failed.some((c) => c.id === 'patch' || c.id.endsWith(':patch'));
  const failedFiles = new Set(failed.filter((c) => c.id.startsWith('file:')).map((c) => c.id.slice(5)));
  findings.push(...uncoveredRangeFindings(patch, patchFailed, failedFiles));

  const status: GateStatus =
    failed.length > 0 || baseline?.some((d) => !d.passed)
      ? 'fail'
      : findings.some((f) => f.severity === 'warning')
        ? 'warn'
        : 'pass';
  return {
    schemaVersion: 1,
    gate: 'coverage',
    status,
    title: title(status, lines, branches, patch),
    summary: summary(lines, branches, patch, failed.length, files.length, reports.length),
    metrics: {
      lines,
      ...(branches ? { branches, overall } : {}),
      ...(patch ? { patch: patchMetrics(patch) } : {}),
      files: files.length,
      reports,
      thresholds: { ...configuredThresholds(t), ...(t.patch !== undefined ? { minChangedLines: settings.minChangedLines } : {}) },
      checks: checks.map((c) => ({ id: c.id, label: c.label, percent: c.actual.percent, minimum: c.minimum, passed: c.passed })),
      ...(pathResults.length > 0
        ? { paths: pathResults.map(({ checks: _c, ...rest }) => rest) }
        : {}),
      ...(baseline ? { baseline } : {}),
      rounding: ROUNDING_NOTE,
    },
    findings,
  };
}

async function readChangedLines(settings: CoverageSettings, root: string): Promise<ChangedFile[] | undefined> {
  if (settings.diffFile) {
    let text: string;
    try {
      text = await readFile(resolve(settings.cwd, settings.diffFile), 'utf8');
    } catch {
      throw new InputError(`diff file ${settings.diffFile} cannot be read`, { path: settings.diffFile });
    }
    return changedLines(text, settings.diffFile);
  }
  if (settings.base) return changedLines(await diffSinceMergeBase(root, settings.base), `git diff ${settings.base}...HEAD`);
  return undefined;
}

/** Tracked files relative to `root` (which may be a subdirectory of the git work tree). */
async function trackedUnder(gitRoot: string, root: string): Promise<string[]> {
  const all = await trackedFiles(root);
  const prefix = root === gitRoot ? '' : `${root.slice(gitRoot.length + 1).replace(/\\/g, '/')}/`;
  return prefix === '' ? all : all.filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length));
}

/**
 * diff-cover answers "No lines with coverage information" when report paths do not match the
 * repository, and the PR passes. Here: when source files changed and not one of them is in
 * any report, the gate cannot judge, and says which paths it tried.
 */
function checkMapping(patch: PatchCoverage, changed: ChangedFile[], files: MergedFile[]): Finding | undefined {
  if (patch.files.length > 0) return undefined;
  const sources = changedSources(changed, files);
  if (sources.length === 0 || files.length === 0) return undefined;
  const samples = files.slice(0, 3).map((f) => `"${f.reportPath}" → tried ${f.tried.map((t) => `"${t}"`).join(', ')}`);
  return {
    severity: 'error',
    rule: 'coverage/paths-do-not-match',
    message:
      `No changed line maps onto the coverage reports: ${sources.length} changed source file(s) (e.g. ${sources
        .slice(0, 3)
        .map((c) => c.path)
        .join(', ')}) appear in no report. ` + `Report paths seen: ${samples.join('; ')}.`,
    fix: 'Make report paths repository-relative (coverage.py: relative_files = true), set coverage.root, or add a coverage.path-map entry.',
  };
}

/** Changed files that look like source the reports would measure (same file extensions). */
function changedSources(changed: ChangedFile[], files: MergedFile[]): ChangedFile[] {
  const extensions = new Set(files.map((f) => extension(f.path)).filter((e) => e !== ''));
  return changed.filter((c) => c.addedLines.length > 0 && extensions.has(extension(c.path)) && !isTestPath(c.path));
}

function absentFileFindings(patch: PatchCoverage, files: MergedFile[]): Finding[] {
  return changedSources(patch.absent, files).map((c) => ({
    severity: 'warning' as const,
    rule: 'coverage/file-not-in-report',
    path: c.path,
    message: `${c.path} changed (${c.addedLines.length} line(s)) but is in no coverage report: no test imports it.`,
    fix: 'Add a test that imports it, or list it under coverage.exclude if it is not meant to be measured.',
  }));
}

function uncoveredRangeFindings(patch: PatchCoverage | undefined, patchFailed: boolean, failedFiles: Set<string>): Finding[] {
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
        message: start === end ? `Changed line ${start} is not covered by tests.` : `Changed lines ${start}–${end} are not covered by tests.`,
        fix: 'Add a test that executes these lines.',
      });
    }
  }
  return out;
}

function fileFigures(files: MergedFile[], patch: PatchCoverage | undefined): FileFigures[] {
  const patchByPath = new Map(patch?.files.map((f) => [f.path, f]));
  return files.map((f) => {
    const l = fileLineCount(f);
    const b = fileBranchCount(f);
    const p = patchByPath.get(f.path);
    return {
      path: f.path,
      lines: ratio(l.covered, l.total),
      ...(b ? { branches: ratio(b.covered, b.total) } : {}),
      ...(p ? { patch: ratio(p.covered, p.total) } : {}),
    };
  });
}

function patchMetrics(patch: PatchCoverage) {
  return {
    ...ratio(patch.covered, patch.total),
    files: patch.files.map((f) => ({ path: f.path, ...ratio(f.covered, f.total), missing: f.missing })),
    absent: patch.absent.map((c) => c.path),
  };
}

function title(status: GateStatus, lines: Ratio, branches: Ratio | undefined, patch: PatchCoverage | undefined): string {
  const parts = [`${formatPercent(lines.percent)} of lines`];
  if (branches) parts.push(`${formatPercent(branches.percent)} of branches`);
  if (patch) parts.push(patch.total > 0 ? `${formatPercent(ratio(patch.covered, patch.total).percent)} of changed lines` : 'no measured changed lines');
  const verdict = status === 'fail' ? 'Coverage below threshold' : 'Coverage';
  return `${verdict}: ${parts.join(', ')}`;
}

function summary(
  lines: Ratio,
  branches: Ratio | undefined,
  patch: PatchCoverage | undefined,
  failures: number,
  fileCount: number,
  reportCount: number,
): string {
  const s = [
    `${lines.covered} of ${lines.total} lines covered (${formatPercent(lines.percent)}) in ${fileCount} file(s) from ${reportCount} report(s).`,
  ];
  if (branches) s.push(`${branches.covered} of ${branches.total} branches covered (${formatPercent(branches.percent)}).`);
  if (patch) {
    s.push(
      patch.total > 0
        ? `${patch.covered} of ${patch.total} changed lines covered (${formatPercent(ratio(patch.covered, patch.total).percent)}) in ${patch.files.length} file(s).`
        : 'No changed line is measured by the reports.',
    );
  }
  s.push(failures === 0 ? 'All thresholds met.' : `${failures} threshold(s) not met.`);
  return s.join(' ');
}

function fixFor(id: string): string {
  if (id === 'patch' || id.endsWith(':patch')) return 'Add tests that execute the uncovered changed lines listed below.';
  if (id.startsWith('file:')) return 'Add tests for this file; the uncovered lines are annotated.';
  if (id === 'branches' || id.endsWith(':branches')) return 'Add tests for the untaken branches (coverage html shows them).';
  return 'Add tests for the least-covered files, or lower the threshold deliberately in the config.';
}

function errorResult(findings: Finding[], reports: ReportInfo[] = [], partial: Record<string, unknown> = {}): GateResult {
  return {
    schemaVersion: 1,
    gate: 'coverage',
    status: 'error',
    title: 'Coverage could not be judged',
    summary: `${findings.length} problem(s) with the input; fix them and re-run. ${findings[0]?.message ?? ''}`.trim(),
    metrics: { reports, ...Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined)) },
    findings,
  };
}

function inputErrorFinding(error: UserError): Finding {
  return {
    severity: 'error',
    rule: 'coverage/bad-input',
    message: error.message,
    ...(error.location?.path && !error.location.path.startsWith('git ') ? { path: error.location.path } : {}),
    ...(error.location?.line !== undefined ? { line: error.location.line } : {}),
    ...(error.fix ? { fix: error.fix } : {}),
  };
}

function sumRatio(counts: Array<{ covered: number; total: number }>): Ratio {
  let covered = 0;
  let total = 0;
  for (const c of counts) {
    covered += c.covered;
    total += c.total;
  }
  return ratio(covered, total);
}

function push<T>(list: T[], item: T | undefined): void {
  if (item !== undefined) list.push(item);
}

function extension(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot).toLowerCase();
}

/** Test files are rarely in a coverage report and are not "untested source". */
function isTestPath(path: string): boolean {
  return /(^|\/)(tests?|__tests__|spec)\//.test(path) || /(^|\/)(test_[^/]*|[^/]*_test\.[^/]+|[^/]*\.(test|spec)\.[^/]+|conftest\.py)$/.test(path);
}
