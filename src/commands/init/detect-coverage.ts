import type { CoverageFindings, CoverageFormat, CoverageReport, Project } from './findings.js';
import { readHead } from './read.js';
import { dirOf, nameOf } from './scan.js';

/** Report file names per format, and what the first bytes of such a report look like. */
const REPORT_KINDS: ReadonlyArray<{ name: RegExp; format: CoverageFormat; head: RegExp }> = [
  {
    name: /^(coverage|cobertura(-coverage)?|.+\.cobertura)\.xml$/i,
    format: 'Cobertura',
    head: /<coverage[\s>]/,
  },
  { name: /^(jacoco|jacocoTestReport|.+[.-]jacoco)\.xml$/i, format: 'JaCoCo', head: /<report[\s>]/ },
  { name: /(^lcov\.info$|\.lcov\.info$|\.lcov$)/i, format: 'LCOV', head: /^(TN|SF):/m },
  { name: /^coverage-final\.json$/, format: 'Istanbul', head: /"statementMap"\s*:/ },
  { name: /^coverage-summary\.json$/, format: 'Istanbul summary', head: /"total"\s*:/ },
  { name: /^coverage\.json$/, format: 'coverage.py JSON', head: /^\s*\{\s*"meta"\s*:/ },
  {
    name: /^(coverage|cover)\.(out|txt)$|\.coverprofile$/,
    format: 'Go coverprofile',
    head: /^mode: (set|count|atomic)\s*$/m,
  },
];

/** Folders whose reports are test inputs, not this project's coverage. */
const FIXTURE_DIR = /(^|\/)(fixtures?|__fixtures__|testdata|test-data)(\/|$)/;

/** Reads what the scan listed: coverage reports by name, confirmed by their first bytes. */
export async function findCoverageReports(
  root: string,
  files: readonly string[],
  tracked: ReadonlySet<string>,
): Promise<CoverageReport[]> {
  const found: CoverageReport[] = [];
  for (const path of files) {
    if (FIXTURE_DIR.test(dirOf(path))) continue;
    const kind = REPORT_KINDS.find((k) => k.name.test(nameOf(path)));
    if (!kind) continue;
    const head = await readHead(root, path);
    if (head !== undefined && kind.head.test(head))
      found.push({ path, format: kind.format, tracked: tracked.has(path) });
  }
  // coverage.py writes XML and JSON of one run, Istanbul a summary beside the full file: keep one.
  const shadowed = (r: CoverageReport, by: CoverageFormat) =>
    found.some((o) => o.format === by && dirOf(o.path) === dirOf(r.path));
  return found.filter(
    (r) =>
      !(r.format === 'coverage.py JSON' && shadowed(r, 'Cobertura')) &&
      !(r.format === 'Istanbul summary' && shadowed(r, 'Istanbul')),
  );
}

/** A path that can go into a `run:` script as it is. */
const SHELL_SAFE = /^[A-Za-z0-9._/-]+$/;

/**
 * The coverage section's plan: the reports to name, and what the workflow runs to write the ones
 * that are not committed. Undefined when there is neither a report nor a toolchain to make one.
 */
export function planCoverage(found: CoverageReport[], project: Project): CoverageFindings | undefined {
  const runTests = found.length === 0 || found.some((r) => !r.tracked);
  if (found.length === 0 && !project.python && !project.go && !project.node) return undefined;
  const reports = found.map((r) => r.path);
  let pytestReport: string | undefined;
  let goReport: string | undefined;
  if (runTests && project.python) {
    const own = found.find((r) => !r.tracked && r.format === 'Cobertura' && SHELL_SAFE.test(r.path));
    pytestReport = own?.path ?? 'coverage.xml';
    if (!reports.includes(pytestReport)) reports.push(pytestReport);
  }
  if (runTests && project.go) {
    const own = found.find((r) => !r.tracked && r.format === 'Go coverprofile' && SHELL_SAFE.test(r.path));
    goReport = own?.path ?? 'coverage.out';
    if (!reports.includes(goReport)) reports.push(goReport);
  }
  if (runTests && project.node && !found.some((r) => r.format === 'LCOV' || r.format === 'Istanbul')) {
    reports.push('coverage/lcov.info');
  }
  return { found, reports, pytestReport, goReport, runTests };
}
