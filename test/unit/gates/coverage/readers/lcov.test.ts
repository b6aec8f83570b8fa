import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLcov } from '../../../../../src/gates/coverage/readers/lcov.js';
import { branchesOf, collect, coverageFixture, linesOf, readerHarness } from '../../../../helpers/collect.js';
import { CONFORMANCE_DIR, SHARED_CONFORMANCE_DIR } from '../../../../helpers/paths.js';

const fixture = coverageFixture;
const { read, failure } = readerHarness(readLcov, 'lcov.info');
const SAMPLE = `TN:unit
SF:src/a.c
FN:3,main
FN:10,12,helper
FNDA:1,main
FNDA:0,helper
FNF:2
FNH:1
BRDA:4,0,0,2
BRDA:4,0,1,0
BRDA:7,1,0,-
BRDA:7,1,1,-
BRDA:7,1,2,1
BRF:5
BRH:2
DA:3,1
DA:4,2,dGhpcyBpcyBh/Y2hlY2tzdW0=
DA:7,0
DA:11,0
LF:4
LH:2
end_of_record
SF:src/b.c
DA:1,5
end_of_record
`;

describe('readLcov', () => {
  it('reads lines and per-line branches of each SF record', async () => {
    const files = await read(SAMPLE);
    expect(files.map((f) => f.path)).toEqual(['src/a.c', 'src/b.c']);
    expect(linesOf(files[0])).toEqual({ 3: 1, 4: 2, 7: 0, 11: 0 });
    expect(branchesOf(files[0])).toEqual({ 4: [1, 2], 7: [1, 3] });
    expect(linesOf(files[1])).toEqual({ 1: 5 });
    expect(files[1]?.branches).toBeUndefined();
  });

  it('treats negative hit counts as 0 and keeps huge ones', async () => {
    const files = await read('SF:x.c\nDA:1,-1\nDA:2,18446744073709551615\nBRDA:2,0,0,-3\nend_of_record\n');
    expect(linesOf(files[0])).toEqual({ 1: 0, 2: 2 ** 64 });
    expect(branchesOf(files[0])).toEqual({ 2: [0, 1] });
  });

  it('keeps the larger count when a line repeats, and emits a file once per SF block', async () => {
    const files = await read(
      'SF:x.c\nDA:1,0\nDA:1,3\nend_of_record\nTN:second\nSF:x.c\nDA:1,0\nDA:2,1\nend_of_record\n',
    );
    expect(files.map((f) => [f.path, linesOf(f)])).toEqual([
      ['x.c', { 1: 3 }],
      ['x.c', { 1: 0, 2: 1 }],
    ]);
  });

  it('skips blank lines, comments, surrounding whitespace and CRLF', async () => {
    const files = await read(
      '# written by a tool\r\n\r\nTN:\r\nSF:x.c\r\n  DA:1,1  \r\nVER:abc\r\nend_of_record \r\n\r\n',
    );
    expect(files).toEqual([{ path: 'x.c', lines: new Map([[1, 1]]) }]);
  });

  it('accepts lcov 2.x records (FNL, FNA, MCDC, MCF, MCH) and BRDA expressions with commas', async () => {
    const text = `SF:x.c
FNL:0,3,4
FNA:0,1,_Z3addv
FNF:1
FNH:1
BRDA:3,e0,a && (b, c),1
BRDA:3,e0,!(a && (b, c)),0
MCDC:3,1,t,1,0,a
MCDC:3,1,f,0,0,a
MCF:2
MCH:1
DA:3,1
end_of_record
`;
    const files = await read(text);
    expect(branchesOf(files[0])).toEqual({ 3: [1, 2] });
  });

  it('gives the same records wherever the chunks are cut', async () => {
    const expected = await read(SAMPLE);
    for (let i = 0; i <= SAMPLE.length; i++) {
      expect(await read([SAMPLE.slice(0, i), SAMPLE.slice(i)])).toEqual(expected);
    }
    expect(await read(SAMPLE.split(''))).toEqual(expected);
  });

  it('reads a real gcov/lcov 1.16 capture of a C++ program (with STL headers)', async () => {
    const files = await read(fixture('lcov-gcov-cpp.info'));
    expect(files).toHaveLength(15);
    // stl_vector.h appears in two SF blocks (one per object file); both are emitted.
    expect(files.filter((f) => f.path === '/usr/include/c++/12/bits/stl_vector.h')).toHaveLength(2);
    const metrics = files.find((f) => f.path.endsWith('/metrics.cpp'));
    expect(linesOf(metrics)).toMatchObject({ 5: 2, 6: 1, 24: 0, 29: 0, 32: 3 });
    expect(metrics?.lines.size).toBe(22);
    // `BRDA:29,0,0,-` / `BRDA:29,0,1,-`: the throw's block never ran.
    expect(branchesOf(metrics)).toEqual({
      5: [2, 2],
      12: [2, 2],
      21: [1, 2],
      28: [1, 2],
      29: [0, 2],
      32: [2, 2],
      33: [2, 2],
    });
  });

  it("reads a real report from Node's test runner", async () => {
    const files = await read(fixture('lcov-node-test.info'));
    expect(files.map((f) => f.path)).toEqual(['thresholds.mjs', 'thresholds.test.mjs']);
    const lines = linesOf(files[0]);
    expect(Object.keys(lines)).toHaveLength(23);
    expect(Object.values(lines).filter((hits) => hits > 0)).toHaveLength(17);
    expect(branchesOf(files[0])[13]).toEqual([3, 3]);
  });

  it("reads real reports from coverage.py's lcov command and Istanbul's lcov reporter", async () => {
    const py = await read(fixture('lcov-coverage-py.info'));
    expect(py.map((f) => [f.path, f.lines.size])).toEqual([
      ['mlgate/__init__.py', 0],
      ['mlgate/metrics.py', 21],
    ]);
    expect(linesOf(py[1])).toMatchObject({ 6: 0, 7: 1, 32: 0 });
    const istanbul = await read(fixture('lcov-vitest-istanbul.info'));
    expect(istanbul.map((f) => f.path)).toEqual(['src/calibration.ts', 'src/thresholds.js']);
    expect(branchesOf(istanbul[0])).toEqual({ 10: [1, 2], 19: [1, 1], 20: [3, 4], 23: [2, 2] });
  });

  const conformanceDirs = [CONFORMANCE_DIR, SHARED_CONFORMANCE_DIR].filter(
    (d): d is string => d !== undefined,
  );
  for (const dir of conformanceDirs) {
    const folder = join(dir, 'diff-cover');
    const names = readdirSync(folder).filter((n) => n.endsWith('.lcov') || n === 'lcov.info');
    it(`parses every diff-cover LCOV fixture in ${folder}`, async () => {
      expect(names.length).toBeGreaterThanOrEqual(6);
      for (const name of names) {
        const files = await read(readFileSync(join(folder, name), 'utf8'));
        expect(files.length, name).toBeGreaterThan(0);
        for (const file of files) expect(file.lines.size, `${name}: ${file.path}`).toBeGreaterThan(0);
      }
    });
  }
});

describe('readLcov errors', () => {
  const cases: { name: string; text: string; line?: number; message: RegExp }[] = [
    {
      name: 'an unknown record',
      text: 'SF:x.c\nDA:1,1\nXYZ:1\nend_of_record\n',
      line: 3,
      message: /unknown LCOV record "XYZ:1"/,
    },
    {
      name: 'a line without a colon',
      text: 'SF:x.c\nhello\n',
      line: 2,
      message: /unknown LCOV record "hello"/,
    },
    {
      name: 'a DA outside an SF record',
      text: 'TN:\nDA:1,1\n',
      line: 2,
      message: /DA record outside an SF record/,
    },
    {
      name: 'a BRDA after end_of_record',
      text: 'SF:x.c\nend_of_record\nBRDA:1,0,0,1\n',
      line: 3,
      message: /BRDA record outside an SF record/,
    },
    { name: 'end_of_record without SF', text: 'end_of_record\n', line: 1, message: /outside an SF record/ },
    {
      name: 'a truncated file (SF without end_of_record)',
      text: 'SF:a.c\nDA:1,1\nend_of_record\nSF:b.c\nDA:1,1\nDA:2,0',
      line: 4,
      message: /b\.c has no end_of_record: the file ends inside it/,
    },
    {
      name: 'a file truncated mid-line',
      text: 'SF:a.c\nDA:1,1\nend_of_record\nSF:b.c\nDA:1,1\nDA:2,',
      line: 6,
      message: /malformed DA record "DA:2,"/,
    },
    {
      name: 'a new SF before end_of_record',
      text: 'SF:a.c\nDA:1,1\nSF:b.c\nend_of_record\n',
      line: 3,
      message: /before the record of a\.c \(SF at line 1\) ended/,
    },
    {
      name: 'a non-integer hit count',
      text: 'SF:x.c\nDA:1,1.5\nend_of_record\n',
      line: 2,
      message: /malformed DA/,
    },
    { name: 'a DA without hits', text: 'SF:x.c\nDA:7\nend_of_record\n', line: 2, message: /malformed DA/ },
    {
      name: 'a DA with a bad line',
      text: 'SF:x.c\nDA:x,1\nend_of_record\n',
      line: 2,
      message: /malformed DA/,
    },
    {
      name: 'a DA with too many fields',
      text: 'SF:x.c\nDA:1,1,a,b\nend_of_record\n',
      line: 2,
      message: /malformed DA/,
    },
    { name: 'a short BRDA', text: 'SF:x.c\nBRDA:1,0,1\nend_of_record\n', line: 2, message: /malformed BRDA/ },
    {
      name: 'a bad BRDA count',
      text: 'SF:x.c\nBRDA:1,0,0,yes\nend_of_record\n',
      line: 2,
      message: /malformed BRDA/,
    },
    { name: 'a malformed LF', text: 'SF:x.c\nLF:many\nend_of_record\n', line: 2, message: /malformed LF/ },
    { name: 'an SF without a path', text: 'SF:\nend_of_record\n', line: 1, message: /without a file path/ },
    { name: 'an empty file', text: '', message: /no coverage records/ },
    { name: 'a file without SF', text: 'TN:x\n\n', message: /no coverage records/ },
    {
      name: 'another format',
      text: '<?xml version="1.0"?>\n<coverage/>\n',
      line: 1,
      message: /unknown LCOV record/,
    },
  ];

  for (const c of cases) {
    it(`rejects ${c.name}`, async () => {
      const error = await failure(c.text);
      expect(error.message).toMatch(c.message);
      if (c.line === undefined) {
        expect(error.message.startsWith('lcov.info: ')).toBe(true);
        expect(error.location).toEqual({ path: 'lcov.info' });
      } else {
        expect(error.message.startsWith(`lcov.info:${c.line}: `)).toBe(true);
        expect(error.location).toEqual({ path: 'lcov.info', line: c.line });
      }
    });
  }
});

describe('readLcov function records', () => {
  it('keeps function start lines without a DA record apart, with their FNDA hits (diff-cover counts them)', async () => {
    const text = [
      'SF:src/calc.ts',
      'FN:3,divide',
      'FN:10,12,grade',
      'FN:20,never',
      'FNDA:4,divide',
      'FNDA:1,grade',
      'FNDA:1,grade',
      'FNDA:0,never',
      'DA:4,4',
      'DA:10,2',
      'end_of_record',
    ].join('\n');
    const { files } = await collect(readLcov, text);
    expect(linesOf(files[0])).toEqual({ 4: 4, 10: 2 });
    // Every function start is passed on with its FNDA hits (repeated names add up); the store
    // uses one only where no DA record covers the line (3 and 20 here, not 10).
    expect(Object.fromEntries(files[0]?.functionLines ?? [])).toEqual({ 3: 4, 10: 2, 20: 0 });
  });

  it('rejects a malformed FN record', async () => {
    await expect(collect(readLcov, 'SF:a.ts\nFN:x\nend_of_record\n', 'l.info')).rejects.toThrow(
      /l\.info:2: malformed FN record/,
    );
  });
});
