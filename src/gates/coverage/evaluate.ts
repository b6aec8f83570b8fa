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
  checkRepositoryMapping,
  inputErrorFinding,
  uncoveredRangeFindings,
} from './findings.js';
import { type PatchCoverage, patchCoverage } from './patch.js';
import type { CoverageSettings } from './settings.js';
import { fileBranchCount, fileLineCount, type MergedFile } from './store.js';
import { fileChecks, patchChecks, type Totals, totalChecks, unmeasuredFindings } from './checks.js';
import {
  checkId,
  checkPathRule,
  configuredThresholds,
  type FileFigures,
  failureFinding,
  isPatchCheck,
  type ThresholdCheck,
} from './thresholds.js';


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
  const patch = changed ? patchCoverage(store, changed) : undefined;
  // With a base, the changed files test the mapping; without (or when no source changed), the
  // repository's files do: a report of some other tree is an error either way, never a pass.
  const mapping = (patch && changed ? checkMapping(patch, changed, files) : undefined) ?? checkRepositoryMapping(files);
  if (mapping) return errorResult([mapping], reports, { ...totals });

  const t = settings.thresholds;
  const figures = fileFigures(files, patch);
  const pathResults = settings.paths.map((rule) =>
    checkPathRule(rule, figures, picomatch(rule.glob, { dot: true }), settings.minChangedLines),
  );
  const checks = [
    ...totalChecks(t, totals),
    ...(patch ? patchChecks(settings, patch) : []),
    ...fileChecks(figures, t.file),
    ...pathResults.flatMap((r) => r.checks),
  ];
  const baseline = settings.baseline ? await baselineDeltas(settings.baseline, settings.cwd, totals) : undefined;
  const failed = checks.filter((c) => !c.passed);
  const unmeasured = unmeasuredFindings(settings, totals, patch);
  const findings = [
    ...unmeasured,
    ...(collected.baseNote ? [baseNoteFinding(collected.baseNote)] : []),
    ...(patch ? absentFileFindings(patch, files) : []),
    ...(baseline?.notice ? [baseline.notice] : []),
    ...failed.map(failureFinding),
    ...(baseline?.deltas ?? []).filter((d) => !d.passed).map(dropFinding),
    ...uncoveredRangeFindings(patch, {
      patchFailed: failed.some((c) => isPatchCheck(c.subject)),
      failedFiles: new Set(failed.flatMap((c) => (c.subject.scope === 'file' ? [c.subject.path] : []))),
    }),
  ];
  const status = statusOf(findings, { couldNotJudge: unmeasured.some((f) => f.severity === 'error') });
  return {
    schemaVersion: 1,
    gate: 'coverage',
    status,
    title: title(status, totals.lines, totals.branches, patch),
    summary: summary(
      { ...totals, patch, files: files.length, reports: reports.length },
      {
        failed: failed.length,
        unmeasured: unmeasured.filter((f) => f.severity !== 'notice').length,
        notApplied: unmeasured.filter((f) => f.severity === 'notice').length,
      },
    ),
    keyMetric: keyMetric(totals.lines, patch, t, baseline?.deltas),
    metrics: resultMetrics(settings, { totals, patch, files: files.length, reports, checks, pathResults, baseline }),
    findings,
  };
}

/** What `judge` measured, for `metrics`. */
interface Measured {
  totals: Totals;
  patch: PatchCoverage | undefined;
  files: number;
  reports: CollectedCoverage['reports'];
  checks: ThresholdCheck[];
  pathResults: Array<ReturnType<typeof checkPathRule>>;
  baseline: { deltas?: BaselineDelta[] } | undefined;
}

/** The result's `metrics`: figures, thresholds, each check, per-path figures, baseline deltas. */
function resultMetrics(settings: CoverageSettings, m: Measured): Record<string, unknown> {
  const t = settings.thresholds;
  return {
    lines: m.totals.lines,
    ...(m.totals.branches ? { branches: m.totals.branches, overall: m.totals.overall } : {}),
    ...(m.patch ? { patch: patchMetrics(m.patch) } : {}),
    files: m.files,
    reports: m.reports,
    thresholds: {
      ...configuredThresholds(t),
      ...(t.patch !== undefined ? { minChangedLines: settings.minChangedLines } : {}),
    },
    checks: m.checks.map((c) => ({
      id: checkId(c.subject),
      label: c.label,
      percent: c.actual.percent,
      minimum: c.minimum,
      passed: c.passed,
    })),
    ...(m.pathResults.length > 0
      ? {
          paths: m.pathResults.map((r) => ({
            name: r.name,
            files: r.files,
            lines: r.lines,
            branches: r.branches,
            patch: r.patch,
          })),
        }
      : {}),
    ...(m.baseline?.deltas ? { baseline: m.baseline.deltas } : {}),
    rounding: ROUNDING_NOTE,
  };
}

/** The base ref was not used as given (`main` → `origin/main`): said in the result, not guessed silently. */
function baseNoteFinding(note: string): Finding {
  return { severity: 'notice', rule: 'coverage/base-resolved', message: `${note}.` };
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

async function baselineDeltas(
  baseline: NonNullable<CoverageSettings['baseline']>,
  cwd: string,
  totals: Totals,
): Promise<{ deltas?: BaselineDelta[]; notice?: Finding }> {
  const loaded = await readBaseline(baseline.file, cwd, baseline.required);
  return {
    ...(loaded.notice ? { notice: loaded.notice } : {}),
    ...(loaded.metrics
      ? { deltas: compareBaseline({ lines: totals.lines, branches: totals.branches }, loaded.metrics, baseline.maxDrop) }
      : {}),
  };
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
