// The LCOV reader parses its common records (DA, BRDA, FN, FNDA) from the bytes and leaves
// anything unusual to its string path. The two must agree: a record line with a leading space
// is never taken by a byte path (the string path trims it), so each document is read both ways
// and must make the same calls, in the same order, or fail with the same error.
import { describe, expect, it } from 'vitest';
import type { CoverageSink } from '../../../../../src/gates/coverage/model.js';
import { readLcov } from '../../../../../src/gates/coverage/readers/lcov.js';
import { inputOf } from '../../../../helpers/collect.js';

/** Every call the reader makes, in order; or its error. */
async function calls(text: string): Promise<unknown[]> {
  const out: unknown[] = [];
  const sink: CoverageSink = {
    sourceRoots: (roots) => out.push(['roots', ...roots]),
    beginFile: (path) => {
      out.push(['file', path]);
      return {
        line: (line, hits) => out.push(['line', line, hits]),
        branch: (line, covered, total) => out.push(['branch', line, covered, total]),
        hasBranches: () => out.push(['has-branches']),
        functionLine: (line, hits) => out.push(['function', line, hits]),
        summary: (s) => out.push(['summary', s]),
        end: () => out.push(['end']),
      };
    },
  };
  try {
    await readLcov(inputOf(text), sink, 'lcov.info');
  } catch (error) {
    out.push(['error', (error as Error).message]);
  }
  return out;
}

/** The same document with every record line read by the string path. */
function stringPath(text: string): string {
  return text.replace(/^(?=(?:DA|BRDA|FN|FNDA):)/gm, ' ');
}

function record(...lines: string[]): string {
  return `SF:a.ts\n${lines.join('\n')}\nDA:1,1\nend_of_record\n`;
}

const FUNCTIONS: Record<string, string[]> = {
  'lcov 1.x': ['FN:3,main', 'FNDA:4,main'],
  'lcov 2.x, with an end line': ['FN:10,12,helper', 'FNDA:1,helper'],
  'a name that is only digits and a comma (no end line then)': ['FN:1,2,', 'FNDA:3,2,'],
  'a name that starts with digits': ['FN:1,23abc', 'FNDA:1,23abc'],
  'a name with a comma': ['FN:5,foo,bar', 'FNDA:2,foo,bar'],
  'Istanbul anonymous functions': ['FN:7,(anonymous_0)', 'FN:8,(anonymous_1)', 'FNDA:0,(anonymous_0)', 'FNDA:5,(anonymous_1)'],
  'a name repeated: the first start line, the hits added up': ['FN:3,f', 'FN:9,f', 'FNDA:1,f', 'FNDA:2,f'],
  'a start line of 11 digits': ['FN:12345678901,x', 'FNDA:1,x'],
  'an end line of 11 digits': ['FN:1,12345678901,x', 'FNDA:1,x'],
  'C++ names with spaces': ['FN:4,foo(int, char)', 'FNDA:1,foo(int, char)'],
  'a non-ASCII name': ['FN:4,naïve', 'FNDA:1,naïve'],
  'negative hits (count as 0)': ['FN:4,g', 'FNDA:-1,g'],
  'hits of 16 digits': ['FN:4,g', 'FNDA:1234567890123456,g'],
  'leading zeros': ['FN:004,g', 'FNDA:007,g'],
  'hits without a function': ['FNDA:3,ghost'],
  'white space after the name': ['FN:4,g ', 'FNDA:1,g\t'],
};

const BAD: Record<string, string[]> = {
  'FN without a name': ['FN:1,'],
  'FN without a line': ['FN:x,y'],
  'FNDA without a name': ['FNDA:1,'],
  'FNDA without hits': ['FNDA:,x'],
};

describe('LCOV byte paths', () => {
  it.each(Object.entries(FUNCTIONS))('%s: the same calls as the string path', async (_, lines) => {
    const text = record(...lines);
    const expected = await calls(stringPath(text));
    expect(expected.some((c) => Array.isArray(c) && c[0] === 'error')).toBe(false);
    expect(await calls(text)).toEqual(expected);
  });

  it.each(Object.entries(BAD))('%s: the same error as the string path', async (_, lines) => {
    const text = record(...lines);
    const expected = await calls(stringPath(text));
    expect(expected.at(-1)).toEqual(['error', expect.stringMatching(/^lcov\.info:2: malformed FN/)]);
    expect(await calls(text)).toEqual(expected);
  });

  it('reads lcov 2.x function records to the start line and the summed hits', async () => {
    const out = await calls(record('FN:10,12,helper', 'FN:1,2,', 'FNDA:1,helper', 'FNDA:2,helper', 'FNDA:5,2,'));
    expect(out.filter((c) => (c as unknown[])[0] === 'function')).toEqual([
      ['function', 10, 3],
      ['function', 1, 5],
    ]);
  });
});

describe('LCOV branches', () => {
  it('gives each line its entries counted once, in the order lines first appear', async () => {
    const out = await calls(
      record(
        'BRDA:4,0,0,1',
        'BRDA:4,0,1,0',
        'BRDA:7,1,0,-',
        // Line 4 again, apart from its first entries, and a line before it.
        'BRDA:4,2,0,3',
        'BRDA:2,3,0,1',
        'BRDA:7,1,1,1',
      ),
    );
    expect(out.filter((c) => (c as unknown[])[0] === 'branch')).toEqual([
      ['branch', 4, 2, 3],
      ['branch', 7, 1, 2],
      ['branch', 2, 1, 1],
    ]);
  });

  it('passes rising lines straight on, one call per line', async () => {
    const out = await calls(record('BRDA:1,0,0,1', 'BRDA:1,0,1,0', 'BRDA:5,1,0,0', 'BRDA:9,2,0,2', 'BRDA:9,2,1,2'));
    expect(out.filter((c) => (c as unknown[])[0] === 'branch')).toEqual([
      ['branch', 1, 1, 2],
      ['branch', 5, 0, 1],
      ['branch', 9, 2, 2],
    ]);
  });
});
