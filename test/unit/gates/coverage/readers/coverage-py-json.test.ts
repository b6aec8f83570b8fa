import { describe, expect, it } from 'vitest';
import { readCoveragePyJson } from '../../../../../src/gates/coverage/readers/coverage-py-json.js';
import { branchesOf, coverageFixture, linesOf, readerHarness } from '../../../../helpers/collect.js';

const fixture = coverageFixture;
const { read, failure } = readerHarness(readCoveragePyJson, 'coverage.json');
const SAMPLE = JSON.stringify({
  meta: { version: '7.6.1', branch_coverage: true },
  files: {
    'pkg/a.py': {
      executed_lines: [1, 2, 4, 5],
      summary: {},
      missing_lines: [3, 6],
      excluded_lines: [9],
      executed_branches: [
        [2, 3],
        [4, 5],
        [4, -1],
      ],
      missing_branches: [
        [2, 4],
        [5, 6],
      ],
    },
    'pkg/b.py': { executed_lines: [], summary: {}, missing_lines: [1], excluded_lines: [] },
  },
  totals: {},
});

describe('readCoveragePyJson', () => {
  it('reads executed and missing lines, and branches grouped by their source line', async () => {
    const files = await read(SAMPLE);
    expect(files.map((f) => f.path)).toEqual(['pkg/a.py', 'pkg/b.py']);
    expect(linesOf(files[0])).toEqual({ 1: 1, 2: 1, 3: 0, 4: 1, 5: 1, 6: 0 });
    // 4 -> -1 is an exit from the function: still one of line 4's destinations.
    expect(branchesOf(files[0])).toEqual({ 2: [1, 2], 4: [2, 2], 5: [0, 1] });
    expect(linesOf(files[1])).toEqual({ 1: 0 });
    expect(files[1]?.branches).toBeUndefined();
  });

  it('gives the same records wherever the chunks are cut', async () => {
    const expected = await read(SAMPLE);
    for (let i = 0; i <= SAMPLE.length; i++) {
      expect(await read([SAMPLE.slice(0, i), SAMPLE.slice(i)])).toEqual(expected);
    }
  });

  it('reads a real coverage.py 6.5 report (pretty-printed, branch coverage)', async () => {
    const files = await read(fixture('coverage-py-6.5.json'));
    expect(files.map((f) => f.path)).toEqual(['mlgate/__init__.py', 'mlgate/metrics.py']);
    expect(files[0]?.lines.size).toBe(0);
    expect(files[0]?.branches).toEqual([]);
    const metrics = files[1];
    // executed_lines also lists the docstring (1) and the excluded line 27; excluded lines are
    // dropped, and the file's own summary (19 statements, 16 covered) gives the totals.
    expect(metrics?.lines.size).toBe(20);
    expect(linesOf(metrics)).toMatchObject({ 5: 1, 6: 0, 12: 0, 32: 0 });
    expect(linesOf(metrics)[27]).toBeUndefined();
    expect(metrics?.summary).toEqual({
      lines: { covered: 16, total: 19 },
      branches: { covered: 6, total: 8 },
    });
    expect(branchesOf(metrics)).toEqual({ 5: [1, 2], 11: [1, 2], 14: [2, 2], 15: [2, 2] });
  });

  it('reads a coverage.py 7.x report and ignores its per-function and per-class regions', async () => {
    const seven = await read(fixture('coverage-py-7.json'));
    const six = await read(fixture('coverage-py-6.5.json'));
    expect(seven).toEqual(six);
  });
});

describe('readCoveragePyJson errors', () => {
  const file = (entry: unknown) => `{"meta": {},\n "files": {\n  "a.py": ${JSON.stringify(entry)}\n }\n}`;
  const cases: { name: string; text: string; line: number; message: RegExp }[] = [
    {
      name: 'a file entry without line arrays',
      text: file({ summary: {} }),
      line: 3,
      message: /file entry "a\.py" has no "executed_lines" and "missing_lines" arrays/,
    },
    {
      name: 'a file entry that is not an object',
      text: file([1, 2]),
      line: 3,
      message: /"a\.py" is not an object/,
    },
    {
      name: 'a line that is not a number',
      text: file({ executed_lines: ['1'], missing_lines: [] }),
      line: 3,
      message: /"executed_lines" item "1"/,
    },
    {
      name: 'a malformed branch arc',
      text: file({ executed_lines: [1], missing_lines: [], executed_branches: [[1]] }),
      line: 3,
      message: /"executed_branches" item that is not a \[from, to\] pair/,
    },
    {
      name: 'branches that are not an array',
      text: file({ executed_lines: [1], missing_lines: [], missing_branches: {} }),
      line: 3,
      message: /"missing_branches" that is not an array/,
    },
    {
      name: 'a report without "files"',
      text: '{"meta": {}, "totals": {}}',
      line: 1,
      message: /no "files" key/,
    },
    {
      name: 'a truncated report',
      text: '{"meta": {}, "files": {"a.py": {"executed_lines": [1',
      line: 1,
      message: /a\.py/,
    },
    {
      name: 'a "meta" that is not an object',
      text: '{"meta": 3, "files": {}}',
      line: 1,
      message: /"meta" is not an object/,
    },
  ];
  for (const c of cases) {
    it(`rejects ${c.name}`, async () => {
      const error = await failure(c.text);
      expect(error.message).toMatch(c.message);
      expect(error.message).toMatch(new RegExp(`^coverage\\.json:${c.line}:\\d+: `));
      expect(error.location?.line).toBe(c.line);
    });
  }
});
