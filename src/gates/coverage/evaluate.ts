import { statusOf } from '../../result/status-policy.js';
import picomatch from 'picomatch';
import { type Ratio, ROUNDING_NOTE, ratio } from '../../result/percent.js';
import type { Finding, GateResult, KeyMetric } from '../../result/types.js';
import type { CoverageThresholds } from './settings.js';
import { UserError } from '../../util/errors.js';
import { type BaselineDelta, compareBaseline, dropFinding, readBaseline } from './baseline.js';
import { type CollectedCoverage, collectCoverage } from './collect.js';
import { errorResult, patchMetrics, summary, title } from './describe.js';
import {
  absentFileFindings,
  checkMapping,
  fixFor,
  inputErrorFinding,
  uncoveredRangeFindings,
} from './findings.js';
import { type PatchCoverage, patchCoverage } from './patch.js';
import type { CoverageSettings } from './settings.js';
import { fileBranchCount, fileLineCount, type MergedFile } from './store.js';
import {
  checkMinimum,
  checkPathRule,
  configuredThresholds,
  type FileFigures,
  failureFinding,
  type ThresholdCheck,
} from './thresholds.js';

/** Whole-report figures. `overall` is lines and branches together, coverage.py's TOTAL. */
interface Totals {
  lines: Ratio;
  branches?: Ratio;
  overall?: Ratio;
}

/**
 * Runs the coverage gate: reads every report, maps paths, computes totals and patch coverage,
 * checks thresholds, and returns the result document. Bad input yields status `error` with
 * findings that say which file and what to do; it never throws for user mistakes.
 */
export async function evaluateCoverage(settings: CoverageSettings): Promise<GateResult> {
  try {
    const collected = await collectCoverage(settings);
    if (collected.errors.length > 0) return errorResult(collected.errors, collected.reports);
    const nothing = nothingMeasured(collected);
    if (nothing) return errorResult([nothing], collected.reports);
    return await judge(settings, collected);
  } catch (error) {
    if (error instanceof UserError) return errorResult([inputErrorFinding(error)]);
    throw error;
  }
}

async function judge(settings: CoverageSettings, collected: CollectedCoverage): Promise<GateResult> {
  const { store, reports, changed } = collected;
  const files = [...store.files.values()];
  const totals = computeTotals(files);
  const findings: Finding[] = [];
  const checks = totalChecks(settings, totals, findings);

  let patch: PatchCoverage | undefined;
  if (changed) {
    patch = patchCoverage(store, changed);
    const mapping = checkMapping(patch, changed, files);
    if (mapping) return errorResult([mapping], reports, { ...totals });
    findings.push(...absentFileFindings(patch, files));
    checks.push(...patchChecks(settings, patch, findings));
  }

  const figures = fileFigures(files, patch);
  for (const f of patch ? figures.filter((x) => x.patch) : []) {
    push(
      checks,
      checkMinimum(`file:${f.path}`, `Line coverage of ${f.path}`, f.lines, settings.thresholds.file),
    );
  }
  const pathResults = settings.paths.map((rule) =>
    checkPathRule(rule, figures, picomatch(rule.glob, { dot: true }), settings.minChangedLines),
  );
  for (const r of pathResults) checks.push(...r.checks);
  const baseline = await baselineDeltas(settings, totals, findings);

  const failed = checks.filter((c) => !c.passed);
  for (const c of failed) {
    findings.push(failureFinding(c, fixFor(c.id), c.id.startsWith('file:') ? c.id.slice(5) : undefined));
  }
  for (const d of baseline ?? []) if (!d.passed) findings.push(dropFinding(d));
  const patchFailed = failed.some((c) => c.id === 'patch' || c.id.endsWith(':patch'));
  const failedFiles = new Set(failed.filter((c) => c.id.startsWith('file:')).map((c) => c.id.slice(5)));
  findings.push(...uncoveredRangeFindings(patch, patchFailed, failedFiles));

  const status = statusOf(findings);
  const t = settings.thresholds;
  return {
    schemaVersion: 1,
    gate: 'coverage',
    status,
    title: title(status, totals.lines, totals.branches, patch),
    summary: summary(totals.lines, totals.branches, patch, failed.length, files.length, reports.length),
    keyMetric: keyMetric(totals.lines, patch, t, baseline),
    metrics: {
      lines: totals.lines,
      ...(totals.branches ? { branches: totals.branches, overall: totals.overall } : {}),
      ...(patch ? { patch: patchMetrics(patch) } : {}),
      files: files.length,
      reports,
      thresholds: {
        ...configuredThresholds(t),
        ...(t.patch !== undefined ? { minChangedLines: settings.minChangedLines } : {}),
      },
      checks: checks.map((c) => ({
        id: c.id,
        label: c.label,
        percent: c.actual.percent,
        minimum: c.minimum,
        passed: c.passed,
      })),
      ...(pathResults.length > 0
        ? { paths: pathResults.map((r) => ({ name: r.name, files: r.files, lines: r.lines, branches: r.branches, patch: r.patch })) }
        : {}),
      ...(baseline ? { baseline } : {}),
      rounding: ROUNDING_NOTE,
    },
    findings,
  };
}

/**
 * The figure the combined report shows: patch coverage when the change has measured lines (what
 * a reviewer acts on), else total line coverage, with its minimum and the drop from the baseline.
 */
function keyMetric(
  lines: Ratio,
  patch: PatchCoverage | undefined,
  thresholds: CoverageThresholds,
  baseline: BaselineDelta[] | undefined,
): KeyMetric {
  if (patch && patch.total > 0) {
    return {
      label: 'patch coverage',
      value: ratio(patch.covered, patch.total).percent,
      unit: '%',
      ...(thresholds.patch !== undefined ? { threshold: thresholds.patch } : {}),
    };
  }
  const delta = baseline?.find((d) => d.metric === 'lines')?.delta;
  return {
    label: 'line coverage',
    value: lines.percent,
    unit: '%',
    ...(thresholds.lines !== undefined ? { threshold: thresholds.lines } : {}),
    ...(delta !== undefined ? { delta } : {}),
  };
}

/**
 * Reports that list files but measure no line at all (or whose every file was excluded) say
 * nothing about the tests; judging them would read as a pass on 0 of 0 lines.
 */
function nothingMeasured({ store, reports }: CollectedCoverage): Finding | undefined {
  for (const file of store.files.values()) if (fileLineCount(file).total > 0) return undefined;
  return {
    severity: 'error',
    rule: 'coverage/nothing-measured',
    message: `The report(s) ${reports.map((r) => r.path).join(', ')} measure no line${store.files.size === 0 ? ' once excluded paths are removed' : ''}: ${store.files.size} file(s), 0 measured lines.`,
    fix: 'Check that the tests ran with coverage on and that coverage.exclude does not remove every file.',
  };
}

function computeTotals(files: MergedFile[]): Totals {
  const lines = sumRatio(files.map(fileLineCount));
  const branchCounts = files.map(fileBranchCount);
  if (!branchCounts.some((b) => b !== undefined)) return { lines };
  const branches = sumRatio(branchCounts.map((b) => b ?? { covered: 0, total: 0 }));
  const overall = ratio(lines.covered + branches.covered, lines.total + branches.total);
  return { lines, branches, overall };
}

/** Checks on the whole-report figures; a branch minimum without branch data is a warning. */
function totalChecks(settings: CoverageSettings, totals: Totals, findings: Finding[]): ThresholdCheck[] {
  const t = settings.thresholds;
  const checks: ThresholdCheck[] = [];
  push(checks, checkMinimum('lines', 'Line coverage', totals.lines, t.lines));
  if (totals.branches) push(checks, checkMinimum('branches', 'Branch coverage', totals.branches, t.branches));
  const overallLabel = totals.overall ? 'Line and branch coverage' : 'Line coverage (no branch data)';
  push(checks, checkMinimum('overall', overallLabel, totals.overall ?? totals.lines, t.overall));
  if (!totals.branches && t.branches !== undefined) {
    findings.push({
      severity: 'warning',
      rule: 'coverage/no-branch-data',
      message: `A branch threshold (${t.branches}%) is set but no report has branch data.`,
      fix: 'Enable branch coverage (pytest --cov-branch, coverage run --branch) or remove thresholds.branches.',
    });
  }
  return checks;
}

/** The patch minimum, applied only from `min-changed-lines` measured changed lines. */
function patchChecks(
  settings: CoverageSettings,
  patch: PatchCoverage,
  findings: Finding[],
): ThresholdCheck[] {
  const minimum = settings.thresholds.patch;
  if (patch.total >= Math.max(1, settings.minChangedLines)) {
    const check = checkMinimum('patch', 'Patch coverage', ratio(patch.covered, patch.total), minimum);
    return check ? [check] : [];
  }
  if (minimum !== undefined && patch.total > 0) {
    findings.push({
      severity: 'notice',
      rule: 'coverage/patch-too-small',
      message: `Only ${patch.total} measured line(s) changed, fewer than min-changed-lines (${settings.minChangedLines}); the patch threshold was not applied.`,
    });
  }
  return [];
}

async function baselineDeltas(
  settings: CoverageSettings,
  totals: Totals,
  findings: Finding[],
): Promise<BaselineDelta[] | undefined> {
  if (!settings.baseline) return undefined;
  const loaded = await readBaseline(settings.baseline.file, settings.cwd, settings.baseline.required);
  if (loaded.notice) findings.push(loaded.notice);
  if (!loaded.metrics) return undefined;
  return compareBaseline(
    { lines: totals.lines, branches: totals.branches },
    loaded.metrics,
    settings.baseline.maxDrop,
  );
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
