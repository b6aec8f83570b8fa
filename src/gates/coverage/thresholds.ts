import type { CoveragePathRule, CoverageThresholds } from './settings.js';
import { formatPercent, meets, type Ratio, ratio } from '../../result/percent.js';
import type { Finding } from '../../result/types.js';

/** What a threshold check measures; a structured value, never an id parsed back. */
export type CheckSubject =
  | { scope: 'total'; metric: 'lines' | 'branches' | 'overall' }
  | { scope: 'patch' }
  | { scope: 'file'; path: string }
  | { scope: 'path'; name: string; metric: 'lines' | 'branches' | 'patch' };

/** The outcome of one threshold check, for the report table and the findings. */
export interface ThresholdCheck {
  subject: CheckSubject;
  label: string;
  actual: Ratio;
  minimum: number;
  passed: boolean;
}

/**
 * The check's id in the result document (`metrics.checks[].id`): `lines`, `branches`, `overall`,
 * `patch`, `file:<path>`, `path:<name>:<metric>`. Written for readers of the result, never parsed.
 */
export function checkId(subject: CheckSubject): string {
  switch (subject.scope) {
    case 'total':
      return subject.metric;
    case 'patch':
      return 'patch';
    case 'file':
      return `file:${subject.path}`;
    case 'path':
      return `path:${subject.name}:${subject.metric}`;
  }
}

/** True when the check is on changed lines (the gate's patch minimum or a path rule's). */
export function isPatchCheck(subject: CheckSubject): boolean {
  return subject.scope === 'patch' || (subject.scope === 'path' && subject.metric === 'patch');
}

/** Checks a measured ratio against a minimum; a ratio with nothing measured is not judged. */
export function checkMinimum(
  subject: CheckSubject,
  label: string,
  actual: Ratio,
  minimum: number | undefined,
): ThresholdCheck | undefined {
  if (minimum === undefined || actual.total === 0) return undefined;
  return { subject, label, actual, minimum, passed: meets(actual.covered, actual.total, minimum) };
}

/** The finding for a failed check, with the numbers and what to do. */
export function failureFinding(check: ThresholdCheck): Finding {
  const { covered, total, percent } = check.actual;
  const { subject } = check;
  const kind = subject.scope === 'total' ? subject.metric : subject.scope;
  return {
    severity: 'error',
    rule: `coverage/${kind}-threshold`,
    message: `${check.label} is ${formatPercent(percent)} (${covered}/${total}), below the minimum of ${check.minimum}%`,
    ...(subject.scope === 'file' ? { path: subject.path } : {}),
    fix: fixFor(subject),
  };
}

/** The fix sentence for a failed threshold check. */
function fixFor(subject: CheckSubject): string {
  if (isPatchCheck(subject)) return 'Add tests that execute the uncovered changed lines listed below.';
  if (subject.scope === 'file') return 'Add tests for this file; the uncovered lines are annotated.';
  if (subject.scope !== 'patch' && subject.metric === 'branches')
    return 'Add tests for the untaken branches (coverage html shows them).';
  return 'Add tests for the least-covered files, or lower the threshold deliberately in the config.';
}

/** Per-file figures the per-path rules aggregate over. */
export interface FileFigures {
  path: string;
  lines: Ratio;
  branches?: Ratio;
  /** Patch figures when the file changed. */
  patch?: Ratio;
}

/** Aggregates a per-path rule over the files it matches and checks each minimum it sets. */
export function checkPathRule(
  rule: CoveragePathRule,
  files: FileFigures[],
  matches: (path: string) => boolean,
  minChangedLines: number,
): { name: string; files: number; lines: Ratio; branches: Ratio; patch: Ratio; checks: ThresholdCheck[] } {
  const name = rule.name ?? (typeof rule.glob === 'string' ? rule.glob : rule.glob.join(', '));
  let lc = 0;
  let lt = 0;
  let bc = 0;
  let bt = 0;
  let pc = 0;
  let pt = 0;
  let count = 0;
  for (const f of files) {
    if (!matches(f.path)) continue;
    count++;
    lc += f.lines.covered;
    lt += f.lines.total;
    bc += f.branches?.covered ?? 0;
    bt += f.branches?.total ?? 0;
    pc += f.patch?.covered ?? 0;
    pt += f.patch?.total ?? 0;
  }
  const lines = ratio(lc, lt);
  const branches = ratio(bc, bt);
  const patch = ratio(pc, pt);
  const checks = [
    checkMinimum({ scope: 'path', name, metric: 'lines' }, `Line coverage of ${name}`, lines, rule.lines),
    checkMinimum(
      { scope: 'path', name, metric: 'branches' },
      `Branch coverage of ${name}`,
      branches,
      rule.branches,
    ),
    pt >= Math.max(1, minChangedLines)
      ? checkMinimum({ scope: 'path', name, metric: 'patch' }, `Patch coverage of ${name}`, patch, rule.patch)
      : undefined,
  ].filter((c): c is ThresholdCheck => c !== undefined);
  return { name, files: count, lines, branches, patch, checks };
}

/** Which configured minima exist, for the result's metrics. */
export function configuredThresholds(t: CoverageThresholds): CoverageThresholds {
  const entries: Array<[string, number | undefined]> = Object.entries(t);
  return Object.fromEntries(entries.filter(([, v]) => v !== undefined));
}
