import type { CoveragePathRule, CoverageThresholds } from './settings.js';
import { formatPercent, meets, type Ratio, ratio } from '../../result/percent.js';
import type { Finding } from '../../result/types.js';

/** The outcome of one threshold check, for the report table and the findings. */
export interface ThresholdCheck {
  /** `lines`, `branches`, `patch`, `file`, `path:<name>:<metric>`, `baseline:<metric>`. */
  id: string;
  label: string;
  actual: Ratio;
  minimum: number;
  passed: boolean;
}

/** Checks a measured ratio against a minimum; a ratio with nothing measured is not judged. */
export function checkMinimum(
  id: string,
  label: string,
  actual: Ratio,
  minimum: number | undefined,
): ThresholdCheck | undefined {
  if (minimum === undefined || actual.total === 0) return undefined;
  return { id, label, actual, minimum, passed: meets(actual.covered, actual.total, minimum) };
}

/** The finding for a failed check, with the numbers and what to do. */
export function failureFinding(check: ThresholdCheck, fix: string, path?: string): Finding {
  const { covered, total, percent } = check.actual;
  return {
    severity: 'error',
    rule: `coverage/${check.id.split(':')[0]}-threshold`,
    message: `${check.label} is ${formatPercent(percent)} (${covered}/${total}), below the minimum of ${check.minimum}%`,
    ...(path ? { path } : {}),
    fix,
  };
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
    checkMinimum(`path:${name}:lines`, `Line coverage of ${name}`, lines, rule.lines),
    checkMinimum(`path:${name}:branches`, `Branch coverage of ${name}`, branches, rule.branches),
    pt >= Math.max(1, minChangedLines)
      ? checkMinimum(`path:${name}:patch`, `Patch coverage of ${name}`, patch, rule.patch)
      : undefined,
  ].filter((c): c is ThresholdCheck => c !== undefined);
  return { name, files: count, lines, branches, patch, checks };
}

/** Which configured minima exist, for the result's metrics. */
export function configuredThresholds(t: CoverageThresholds): CoverageThresholds {
  const entries: Array<[string, number | undefined]> = Object.entries(t);
  return Object.fromEntries(entries.filter(([, v]) => v !== undefined));
}
