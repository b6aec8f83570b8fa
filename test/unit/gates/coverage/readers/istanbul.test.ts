import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileRecord, ReportReader } from '../../../../../src/gates/coverage/model.js';
import {
  readIstanbulFinal,
  readIstanbulSummary,
} from '../../../../../src/gates/coverage/readers/istanbul.js';
import { readLcov } from '../../../../../src/gates/coverage/readers/lcov.js';
import { InputError } from '../../../../../src/util/errors.js';
import { collect, linesOf } from '../../../../helpers/collect.js';
import { FIXTURES } from '../../../../helpers/paths.js';

const fixture = (name: string) => readFileSync(join(FIXTURES, 'coverage', name), 'utf8');

async function read(reader: ReportReader, text: string | string[]): Promise<FileRecord[]> {
  return (await collect(reader, text, 'coverage-final.json')).files;
}

async function failure(reader: ReportReader, text: string): Promise<InputError> {
  try {
    await read(reader, text);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

function branchesOf(record: FileRecord | undefined): Record<number, [number, number]> {
  return Object.fromEntries((record?.branches ?? []).map((b) => [b.line, [b.covered, b.total]]));
}

const loc = (line: number, column = 0) => ({ start: { line, column }, end: { line, column: column + 5 } });

const FINAL = JSON.stringify({
  '/repo/src/a.js': {
    path: '/repo/src/a.js',
    statementMap: { '0': loc(1), '1': loc(2), '2': loc(2, 10), '3': loc(4) },
    fnMap: {},
    branchMap: {
      '0': { loc: loc(2), type: 'if', locations: [loc(2), loc(3)], line: 2 },
      '1': { loc: loc(4), type: 'binary-expr', locations: [loc(4), loc(4, 8), loc(4, 12)] },
      '2': { loc: loc(2, 10), type: 'cond-expr', locations: [loc(2, 10), loc(2, 14)] },
    },
    s: { '0': 1, '1': 0, '2': 3, '3': 0, '9': 5 },
    f: {},
    b: { '0': [3, 0], '1': [0, 0, 0], '2': [1, 1] },
  },
  'src/b.js': { statementMap: { '0': loc(7) }, s: { '0': 2 }, fnMap: {}, f: {}, branchMap: {}, b: {} },
});

describe('readIstanbulFinal', () => {
  it("computes lines and branches as istanbul-lib-coverage's FileCoverage does", async () => {
    const files = await read(readIstanbulFinal, FINAL);
    expect(files.map((f) => f.path)).toEqual(['/repo/src/a.js', 'src/b.js']);
    // Line 2 has statements with counts 0 and 3: the larger wins. Statement 9 has no location.
    expect(linesOf(files[0])).toEqual({ 1: 1, 2: 3, 4: 0 });
    // Branches 0 and 2 both sit on line 2: their paths are pooled.
    expect(branchesOf(files[0])).toEqual({ 2: [3, 4], 4: [0, 3] });
    expect(linesOf(files[1])).toEqual({ 7: 2 });
    expect(files[1]?.branches).toEqual([]);
  });

  it('uses the key when there is no path field, and takes the branch line from line, loc or locations', async () => {
    // Istanbul 0.x branch entries have `line` and `locations` but no `loc`.
    const text = JSON.stringify({
      'k.js': {
        statementMap: {},
        s: {},
        branchMap: {
          '1': { line: 34, type: 'cond-expr', locations: [loc(35), loc(36)] },
          '2': { type: 'if', locations: [loc(40), loc(41)] },
          '3': { line: 0, loc: loc(50), locations: [] },
        },
        b: { '1': [1, 0], '2': [0, 0], '3': [2] },
      },
    });
    const files = await read(readIstanbulFinal, text);
    expect(files[0]?.path).toBe('k.js');
    expect(branchesOf(files[0])).toEqual({ 34: [1, 2], 40: [0, 2], 50: [1, 1] });
  });

  it('unwraps file entries serialised as {"data": {...}}', async () => {
    const text = JSON.stringify({
      'x.js': { data: { path: 'x.js', statementMap: { '0': loc(3) }, s: { '0': 1 } } },
    });
    const files = await read(readIstanbulFinal, text);
    expect(files).toEqual([{ path: 'x.js', lines: new Map([[3, 1]]) }]);
  });

  it('accepts an empty report', async () => {
    expect(await read(readIstanbulFinal, '{}\n')).toEqual([]);
  });

  it('gives the same records wherever the chunks are cut', async () => {
    const expected = await read(readIstanbulFinal, FINAL);
    for (let i = 0; i <= FINAL.length; i++) {
      expect(await read(readIstanbulFinal, [FINAL.slice(0, i), FINAL.slice(i)])).toEqual(expected);
    }
  });

  it("matches Istanbul's own lcov output for the same real run", async () => {
    // Both files were written by Vitest's v8 provider (istanbul-reports json and lcovonly) from
    // one coverage map; lcovonly writes DA from getLineCoverage() and BRDA from loc.start.line.
    const final = await read(readIstanbulFinal, fixture('istanbul-coverage-final.json'));
    const lcov = (await collect(readLcov, fixture('lcov-vitest-istanbul.info'))).files;
    expect(final.map((f) => f.path)).toEqual([
      '/tmp/fixture-gen/js/src/calibration.ts',
      '/tmp/fixture-gen/js/src/thresholds.js',
    ]);
    expect(final.map((f) => ({ lines: f.lines, branches: f.branches }))).toEqual(
      lcov.map((f) => ({ lines: f.lines, branches: f.branches })),
    );
  });
});

describe('readIstanbulFinal errors', () => {
  const cases: { name: string; entry: unknown; message: RegExp }[] = [
    {
      name: 'a missing statementMap',
      entry: { path: 'a.js', s: {} },
      message: /has no "statementMap" and "s"/,
    },
    { name: 'an entry that is not an object', entry: 'a.js', message: /is not an object/ },
    {
      name: 'a statement without a start line',
      entry: { statementMap: { '0': { start: {} } }, s: { '0': 1 } },
      message: /statement 0 without a start line/,
    },
    {
      name: 'a non-numeric count',
      entry: { statementMap: { '0': loc(1) }, s: { '0': 'x' } },
      message: /s\["0"\]/,
    },
    {
      name: 'branch counts that are not an array',
      entry: { statementMap: {}, s: {}, branchMap: { '0': { loc: loc(1) } }, b: { '0': 1 } },
      message: /b\["0"\] that is not an array/,
    },
    {
      name: 'a branch without a line',
      entry: { statementMap: {}, s: {}, branchMap: { '0': { type: 'if' } }, b: { '0': [1] } },
      message: /branch 0 without a line/,
    },
  ];
  for (const c of cases) {
    it(`rejects ${c.name}, naming the file and line`, async () => {
      const text = `{\n"ok.js": {"statementMap": {}, "s": {}},\n"bad.js": ${JSON.stringify(c.entry)}\n}`;
      const error = await failure(readIstanbulFinal, text);
      expect(error.message).toMatch(c.message);
      expect(error.message).toMatch(/^coverage-final\.json:3:11: Istanbul file entry "bad\.js" /);
      expect(error.location).toEqual({ path: 'coverage-final.json', line: 3, column: 11 });
    });
  }

  it('rejects malformed JSON with its line', async () => {
    const error = await failure(
      readIstanbulFinal,
      '{"a.js": {"statementMap": {}, "s": {}},\n"b.js": {"s": }}',
    );
    expect(error.message).toMatch(/^coverage-final\.json:2:15: malformed JSON/);
  });
});

describe('readIstanbulSummary', () => {
  it('emits summary-only records for every file and skips "total"', async () => {
    const text = JSON.stringify({
      total: { lines: { total: 10, covered: 5, skipped: 0, pct: 50 } },
      'src/a.ts': {
        lines: { total: 4, covered: 3, skipped: 0, pct: 75 },
        statements: { total: 5, covered: 4, skipped: 0, pct: 80 },
        functions: { total: 1, covered: 1, skipped: 0, pct: 100 },
        branches: { total: 0, covered: 0, skipped: 0, pct: 100 },
        branchesTrue: { total: 0, covered: 0, skipped: 0, pct: 'Unknown' },
      },
      'src/b.ts': { lines: { total: 6, covered: 2, skipped: 0, pct: 33.33 } },
    });
    const files = await read(readIstanbulSummary, text);
    expect(files).toEqual([
      {
        path: 'src/a.ts',
        lines: new Map(),
        summary: { lines: { covered: 3, total: 4 }, branches: { covered: 0, total: 0 } },
      },
      { path: 'src/b.ts', lines: new Map(), summary: { lines: { covered: 2, total: 6 } } },
    ]);
  });

  it('agrees with the line-level report of the same real run', async () => {
    const summary = await read(readIstanbulSummary, fixture('istanbul-coverage-summary.json'));
    const final = await read(readIstanbulFinal, fixture('istanbul-coverage-final.json'));
    expect(summary.map((f) => f.path)).toEqual(final.map((f) => f.path));
    for (const [i, file] of final.entries()) {
      const lines = [...file.lines.values()];
      const branches = file.branches ?? [];
      expect(summary[i]?.summary).toEqual({
        lines: { covered: lines.filter((hits) => hits > 0).length, total: lines.length },
        branches: {
          covered: branches.reduce((sum, b) => sum + b.covered, 0),
          total: branches.reduce((sum, b) => sum + b.total, 0),
        },
      });
    }
  });

  it('rejects an entry without line counts, naming the file and line', async () => {
    const text = '{"total": {},\n "a.ts": {"lines": {"total": 3, "covered": 4}}}';
    const error = await failure(readIstanbulSummary, text);
    expect(error.message).toMatch(
      /^coverage-final\.json:2:10: Istanbul summary entry "a\.ts" has no "lines"/,
    );
    const noBranches = await failure(
      readIstanbulSummary,
      '{"a.ts": {"lines": {"total": 1, "covered": 1}, "branches": 3}}',
    );
    expect(noBranches.message).toMatch(/"a\.ts" has "branches" without numeric/);
  });
});
