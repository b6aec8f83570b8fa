import { jsonShapeError, streamJsonEntries } from '../../../util/json-entries.js';
import { addLineHits, type Count, type LineBranches, type ReportReader, writeRecord } from '../model.js';

type Fail = (message: string) => never;

/**
 * Reads Istanbul's `coverage-final.json` (nyc, Jest, Vitest, c8 `--reporter=json`): a root object
 * mapping each file to `{path, statementMap, fnMap, branchMap, s, f, b}`. The root is streamed one
 * file at a time.
 *
 * Lines are computed as istanbul-lib-coverage's `FileCoverage.getLineCoverage()` does: each
 * statement counts on the line it starts on, and a line's hits are the largest count of the
 * statements starting there. Branches follow `getBranchCoverageByLine()`: a branch's line is
 * `branchMap[id].line || branchMap[id].loc.start.line` (`line` is the Istanbul 0.x field), with
 * `locations[0]` as a last resort; per line, total = number of branch paths and covered = paths
 * taken at least once. The file's `path` field is used when present, else the key.
 *
 * A file entry wrapped as `{"data": {...}}` is unwrapped: that is what serialising an
 * istanbul-lib-coverage 1.x `FileCoverage` without its `toJSON` produced (seen in the wild in
 * scripts that merge `window.__coverage__`; nyc itself rejects it).
 */
export const readIstanbulFinal: ReportReader = async (input, sink, reportName) => {
  await streamJsonEntries(
    input.text(),
    [],
    (key, value, where) => {
      const fail: Fail = (message) => {
        throw jsonShapeError(reportName, where(), `Istanbul file entry "${key}" ${message}`);
      };
      let data = value;
      if (isRecord(data) && data.statementMap === undefined && isRecord(data.data)) data = data.data;
      if (!isRecord(data)) return fail('is not an object');
      const { statementMap, s } = data;
      if (!isRecord(statementMap) || !isRecord(s)) return fail('has no "statementMap" and "s" objects');

      const lines = new Map<number, number>();
      for (const [id, count] of Object.entries(s)) {
        const statement = statementMap[id];
        // istanbul-lib-coverage skips counts without a location the same way.
        if (statement === undefined) continue;
        const line = startLine(statement);
        if (line === undefined) fail(`has statement ${id} without a start line`);
        addLineHits(lines, line, hitCount(count, `s["${id}"]`, fail));
      }

      const path = typeof data.path === 'string' && data.path !== '' ? data.path : key;
      const { branchMap, b } = data;
      if (!isRecord(branchMap) || !isRecord(b)) {
        writeRecord(sink, { path, lines });
        return;
      }
      writeRecord(sink, { path, lines, branches: branchesByLine(branchMap, b, fail) });
    },
    reportName,
  );
};

function branchesByLine(
  branchMap: Record<string, unknown>,
  b: Record<string, unknown>,
  fail: Fail,
): LineBranches[] {
  const byLine = new Map<number, LineBranches>();
  for (const [id, counts] of Object.entries(b)) {
    const meta = branchMap[id];
    if (!isRecord(meta)) continue;
    const line = branchLine(meta);
    if (line === undefined) fail(`has branch ${id} without a line`);
    if (!Array.isArray(counts)) fail(`has b["${id}"] that is not an array of counts`);
    let entry = byLine.get(line);
    if (!entry) {
      entry = { line: line, covered: 0, total: 0 };
      byLine.set(line, entry);
    }
    for (const count of counts as unknown[]) {
      entry.total++;
      if (hitCount(count, `b["${id}"]`, fail) > 0) entry.covered++;
    }
  }
  return [...byLine.values()];
}

function branchLine(meta: Record<string, unknown>): number | undefined {
  if (typeof meta.line === 'number' && meta.line > 0) return meta.line;
  const fromLoc = startLine(meta.loc);
  if (fromLoc !== undefined) return fromLoc;
  return Array.isArray(meta.locations) ? startLine(meta.locations[0]) : undefined;
}

/** `location.start.line`, when it is a non-negative integer. */
function startLine(location: unknown): number | undefined {
  if (!isRecord(location) || !isRecord(location.start)) return undefined;
  const line = location.start.line;
  return typeof line === 'number' && Number.isInteger(line) && line >= 0 ? line : undefined;
}

function hitCount(value: unknown, where: string, fail: Fail): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return fail(`has ${where} = ${JSON.stringify(value)}, not a hit count`);
  }
  return value;
}

/**
 * Reads Istanbul's `coverage-summary.json` (`json-summary` reporter): `{"total": {...}, "<path>":
 * {"lines": {total, covered, skipped, pct}, "statements", "functions", "branches"}}`. It has no
 * line detail, so each file becomes a summary-only record (empty `lines`) that counts towards
 * totals but cannot take part in patch coverage. `"total"` is skipped.
 */
export const readIstanbulSummary: ReportReader = async (input, sink, reportName) => {
  await streamJsonEntries(
    input.text(),
    [],
    (key, value, where) => {
      if (key === 'total') return;
      const fail: Fail = (message) => {
        throw jsonShapeError(reportName, where(), `Istanbul summary entry "${key}" ${message}`);
      };
      if (!isRecord(value)) return fail('is not an object');
      const lines = summaryCount(value.lines);
      if (!lines) return fail('has no "lines" with numeric "total" and "covered"');
      if (value.branches === undefined) {
        writeRecord(sink, { path: key, lines: new Map(), summary: { lines } });
        return;
      }
      const branches = summaryCount(value.branches);
      if (!branches) return fail('has "branches" without numeric "total" and "covered"');
      writeRecord(sink, { path: key, lines: new Map(), summary: { lines, branches } });
    },
    reportName,
  );
};

function summaryCount(value: unknown): Count | undefined {
  if (!isRecord(value)) return undefined;
  const { covered, total } = value;
  if (!isCount(covered) || !isCount(total) || covered > total) return undefined;
  return { covered, total };
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
