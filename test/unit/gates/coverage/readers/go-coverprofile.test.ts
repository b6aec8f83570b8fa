import { describe, expect, it } from 'vitest';
import { readGoCoverprofile } from '../../../../../src/gates/coverage/readers/go-coverprofile.js';
import { coverageFixture, linesOf, readerHarness } from '../../../../helpers/collect.js';

const fixture = coverageFixture;
const { read, failure } = readerHarness(readGoCoverprofile, 'cover.out');
const SAMPLE = `mode: count
example.com/m/a.go:3.20,5.10 2 4
example.com/m/a.go:5.10,7.3 1 0
example.com/m/a.go:8.2,8.15 1 4
example.com/m/b.go:1.1,1.30 1 0
`;

describe('readGoCoverprofile', () => {
  it('measures every line of a block with the largest count of the blocks covering it', async () => {
    const files = await read(SAMPLE);
    expect(files.map((f) => f.path)).toEqual(['example.com/m/a.go', 'example.com/m/b.go']);
    // Line 5 is shared by a block that ran (4) and one that did not (0): covered.
    expect(linesOf(files[0])).toEqual({ 3: 4, 4: 4, 5: 4, 6: 0, 7: 0, 8: 4 });
    expect(linesOf(files[1])).toEqual({ 1: 0 });
    expect(files[0]?.branches).toBeUndefined();
  });

  it('merges blocks of a file spread over concatenated profiles and accepts repeated mode lines', async () => {
    const text = `mode: set
p/a.go:1.1,2.2 1 0
p/b.go:1.1,1.9 1 1

mode: set
p/a.go:1.1,2.2 1 1
p/a.go:4.1,4.9 1 0
`;
    const files = await read(text);
    expect(files.map((f) => [f.path, linesOf(f)])).toEqual([
      ['p/a.go', { 1: 1, 2: 1, 4: 0 }],
      ['p/b.go', { 1: 1 }],
    ]);
  });

  it('skips blocks without statements, and accepts Windows paths and CRLF', async () => {
    const files = await read('mode: atomic\r\nC:/src/m/a.go:3.14,3.15 0 0\r\nC:/src/m/a.go:5.1,5.9 1 2\r\n');
    expect(files).toEqual([{ path: 'C:/src/m/a.go', lines: new Map([[5, 2]]) }]);
  });

  it('accepts a profile with no blocks (packages without tests)', async () => {
    expect(await read('mode: set\n')).toEqual([]);
  });

  it('gives the same records wherever the chunks are cut', async () => {
    const expected = await read(SAMPLE);
    for (let i = 0; i <= SAMPLE.length; i++) {
      expect(await read([SAMPLE.slice(0, i), SAMPLE.slice(i)])).toEqual(expected);
    }
  });

  it('reads a real `go test -coverpkg=./...` profile of two packages', async () => {
    const files = await read(fixture('go-coverpkg-count.out'));
    expect(files.map((f) => f.path)).toEqual([
      'example.com/mlgate/split/split.go',
      'example.com/mlgate/metrics/metrics.go',
    ]);
    const metrics = files[1];
    // Precision: `if tp+fp == 0 {` ran, its `return 0` (line 8) never did.
    expect(linesOf(metrics)).toMatchObject({ 6: 1, 7: 1, 8: 0, 10: 1, 20: 3, 21: 1, 24: 1 });
    // The empty `func unused() {}` block has no statements.
    expect(metrics?.lines.has(27)).toBe(false);
    // split.go ran only in its own package's test binary; the blocks from metrics' binary say 0.
    expect(linesOf(files[0])).toMatchObject({ 7: 1, 9: 0, 11: 1, 16: 1, 18: 0, 20: 1 });
  });

  it('reads a real set-mode profile', async () => {
    const files = await read(fixture('go-set.out'));
    expect(files).toHaveLength(2);
    expect(Object.values(linesOf(files[0])).every((hits) => hits === 0 || hits === 1)).toBe(true);
  });
});

describe('readGoCoverprofile errors', () => {
  const cases: { name: string; text: string; line?: number; message: RegExp }[] = [
    {
      name: 'a missing mode line',
      text: 'a.go:1.1,2.2 1 1\n',
      line: 1,
      message: /expected "mode: set\|count\|atomic"/,
    },
    { name: 'an unknown mode', text: 'mode: sometimes\n', line: 1, message: /unknown coverage mode/ },
    {
      name: 'conflicting mode lines',
      text: 'mode: set\na.go:1.1,2.2 1 1\nmode: count\n',
      line: 3,
      message: /"mode: count" conflicts with "mode: set" at line 1/,
    },
    { name: 'a malformed block', text: 'mode: set\n\na.go:1.1,2.2 1\n', line: 3, message: /malformed block/ },
    {
      name: 'a non-numeric count',
      text: 'mode: set\na.go:1.1,2.2 1 x\n',
      line: 2,
      message: /malformed block/,
    },
    {
      name: 'a reversed range',
      text: 'mode: set\na.go:5.1,2.2 1 1\n',
      line: 2,
      message: /invalid line range/,
    },
    { name: 'a line 0', text: 'mode: set\na.go:0.1,2.2 1 1\n', line: 2, message: /invalid line range/ },
    {
      name: 'an absurd range',
      text: 'mode: set\na.go:1.1,99999999.2 1 1\n',
      line: 2,
      message: /spans 99999999 lines/,
    },
    { name: 'an empty file', text: '\n\n', message: /empty Go coverage profile/ },
  ];
  for (const c of cases) {
    it(`rejects ${c.name}`, async () => {
      const error = await failure(c.text);
      expect(error.message).toMatch(c.message);
      const prefix = c.line === undefined ? 'cover.out: ' : `cover.out:${c.line}: `;
      expect(error.message.startsWith(prefix)).toBe(true);
      expect(error.location?.line).toBe(c.line);
    });
  }
});
