import { type JsonPosition, jsonShapeError, streamJsonEntries } from '../../../util/json-entries.js';
import { addLineHits, type Count, type LineBranches, type ReportReader, writeRecord } from '../model.js';

/**
 * Reads coverage.py's JSON report (`coverage json`, 6.x and 7.x):
 * `{"meta": {...}, "files": {"<path>": {"executed_lines", "missing_lines", "excluded_lines",
 * "summary", "executed_branches"?, "missing_branches"?, "functions"?, "classes"?}}, "totals"}`.
 *
 * The `"files"` object is streamed one file at a time. Measured lines are executed ∪ missing
 * (hits 1 and 0). Branches are the arcs `[from, to]` of `executed_branches`/`missing_branches`
 * grouped by `from` (a negative `to` is an exit from the code object, still a destination):
 * total = executed + missing arcs of the line, covered = executed arcs. Branch data is present
 * only when the report was made with branch coverage on. The 7.x per-function and per-class
 * regions repeat the same data and are ignored.
 */
export const readCoveragePyJson: ReportReader = async (input, sink, reportName) => {
  await streamJsonEntries(
    input.text(),
    ['files'],
    (key, value, where) => {
      const fail = (message: string): never => {
        throw jsonShapeError(reportName, where(), `coverage.py file entry "${key}" ${message}`);
      };
      if (!isRecord(value)) return fail('is not an object');
      const { executed_lines: executed, missing_lines: missing } = value;
      if (!Array.isArray(executed) || !Array.isArray(missing)) {
        return fail('has no "executed_lines" and "missing_lines" arrays');
      }
      // coverage.py lists every executed line in `executed_lines`, including docstrings and
      // excluded lines that are not statements; drop the excluded ones, and let the file's
      // own `summary` give the totals (they are what `coverage report` prints).
      const excluded = new Set(
        Array.isArray(value.excluded_lines) ? (value.excluded_lines as unknown[]) : [],
      );
      const lines = new Map<number, number>();
      for (const line of missing) addLineHits(lines, lineNumber(line, 'missing_lines', fail), 0);
      for (const line of executed) {
        if (!excluded.has(line)) addLineHits(lines, lineNumber(line, 'executed_lines', fail), 1);
      }
      const summary = fileSummary(value.summary);

      const executedArcs = value.executed_branches;
      const missingArcs = value.missing_branches;
      if (executedArcs === undefined && missingArcs === undefined) {
        writeRecord(sink, { path: key, lines, ...(summary ? { summary: { lines: summary.lines } } : {}) });
        return;
      }
      const byLine = new Map<number, LineBranches>();
      addArcs(byLine, executedArcs, 'executed_branches', true, fail);
      addArcs(byLine, missingArcs, 'missing_branches', false, fail);
      writeRecord(sink, { path: key, lines, branches: [...byLine.values()], ...(summary ? { summary } : {}) });
    },
    reportName,
    (key, value, where) => { checkMeta(key, value, where, reportName); },
  );
};

function checkMeta(key: string, value: unknown, where: () => JsonPosition, reportName: string): void {
  if (key === 'meta' && !isRecord(value)) {
    throw jsonShapeError(reportName, where(), 'coverage.py "meta" is not an object');
  }
}

function addArcs(
  byLine: Map<number, LineBranches>,
  arcs: unknown,
  field: string,
  executed: boolean,
  fail: (message: string) => never,
): void {
  if (arcs === undefined) return;
  if (!Array.isArray(arcs)) fail(`has a "${field}" that is not an array`);
  for (const arc of arcs as unknown[]) {
    if (!Array.isArray(arc) || arc.length !== 2 || !Number.isInteger(arc[0]) || !Number.isInteger(arc[1])) {
      fail(`has a "${field}" item that is not a [from, to] pair of line numbers: ${JSON.stringify(arc)}`);
    }
    const from = (arc as number[])[0] as number;
    let branch = byLine.get(from);
    if (!branch) {
      branch = { line: from, covered: 0, total: 0 };
      byLine.set(from, branch);
    }
    branch.total++;
    if (executed) branch.covered++;
  }
}

/** The per-file totals coverage.py computed, when the summary has them as counts. */
function fileSummary(summary: unknown): { lines: Count; branches?: Count } | undefined {
  if (!isRecord(summary)) return undefined;
  const count = (covered: unknown, total: unknown): Count | undefined =>
    Number.isInteger(covered) && Number.isInteger(total) && (covered as number) <= (total as number)
      ? { covered: covered as number, total: total as number }
      : undefined;
  const lines = count(summary.covered_lines, summary.num_statements);
  if (!lines) return undefined;
  const branches = count(summary.covered_branches, summary.num_branches);
  return branches ? { lines, branches } : { lines };
}

function lineNumber(value: unknown, field: string, fail: (message: string) => never): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    return fail(`has "${field}" item ${JSON.stringify(value)}, not a line number`);
  }
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
