import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/util/errors.js';
import {
  findJsonSyntaxError,
  JsonEntryScanner,
  type JsonPosition,
  streamJsonEntries,
} from '../../../src/util/json-entries.js';
import { textChunks } from '../../../src/util/text-stream.js';

interface Seen {
  entries: [string, unknown][];
  others: [string, unknown][];
  positions: JsonPosition[];
}

async function scan(parts: string | string[], path: string[] = []): Promise<Seen> {
  const seen: Seen = { entries: [], others: [], positions: [] };
  await streamJsonEntries(
    textChunks(...(Array.isArray(parts) ? parts : [parts])),
    path,
    (key, value, where) => {
      seen.entries.push([key, value]);
      seen.positions.push(where());
    },
    'report.json',
    (key, value) => seen.others.push([key, value]),
  );
  return seen;
}

async function failure(parts: string | string[], path: string[] = []): Promise<InputError> {
  try {
    await scan(parts, path);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

/** Every way of cutting `text` into two chunks, plus one chunk per character. */
function splits(text: string): string[][] {
  const result: string[][] = [[text], text.split('')];
  for (let i = 0; i <= text.length; i++) result.push([text.slice(0, i), text.slice(i)]);
  return result;
}

describe('streamJsonEntries', () => {
  it('hands over each member of the root object with its parsed value', async () => {
    const seen = await scan(
      '{"a": {"x": [1, 2, {"y": null}]}, "b": "s", "c": 1.5e3, "d": true, "e": [], "f": {}}',
    );
    expect(seen.entries).toEqual([
      ['a', { x: [1, 2, { y: null }] }],
      ['b', 's'],
      ['c', 1500],
      ['d', true],
      ['e', []],
      ['f', {}],
    ]);
    expect(seen.others).toEqual([]);
  });

  it('handles escapes, braces and commas inside strings', async () => {
    const text = '{"k\\"ey\\\\": "v\\"}{,[\\\\", "\\u00e9": ["a,b", "}", "\\\\"], "n": "\\n\\t\\/"}';
    const seen = await scan(text);
    expect(seen.entries).toEqual([
      ['k"ey\\', 'v"}{,[\\'],
      ['é', ['a,b', '}', '\\']],
      ['n', '\n\t/'],
    ]);
  });

  it('streams the object at a path and gives root-level siblings to onOther', async () => {
    const text = `{
  "meta": {"version": "7.6.1", "branch_coverage": true},
  "files": {
    "a.py": {"executed_lines": [1, 2]},
    "b.py": {"executed_lines": []}
  },
  "totals": {"covered_lines": 2}
}`;
    const seen = await scan(text, ['files']);
    expect(seen.entries).toEqual([
      ['a.py', { executed_lines: [1, 2] }],
      ['b.py', { executed_lines: [] }],
    ]);
    expect(seen.others).toEqual([
      ['meta', { version: '7.6.1', branch_coverage: true }],
      ['totals', { covered_lines: 2 }],
    ]);
    expect(seen.positions).toEqual([
      { line: 4, column: 13 },
      { line: 5, column: 13 },
    ]);
  });

  it('follows a deeper path and drops members off it below the root', async () => {
    const text = '{"x": 1, "a": {"skip": {"b": {"no": 1}}, "b": {"k": [1]}, "z": 2}, "y": [2]}';
    const seen = await scan(text, ['a', 'b']);
    expect(seen.entries).toEqual([['k', [1]]]);
    expect(seen.others).toEqual([
      ['x', 1],
      ['y', [2]],
    ]);
  });

  it('keeps duplicate keys, including a repeated path key', async () => {
    expect((await scan('{"a": 1, "a": 2}')).entries).toEqual([
      ['a', 1],
      ['a', 2],
    ]);
    expect((await scan('{"f": {"a": 1}, "f": {"a": 3}}', ['f'])).entries).toEqual([
      ['a', 1],
      ['a', 3],
    ]);
  });

  it('accepts empty objects, a byte-order mark and CRLF line breaks', async () => {
    expect((await scan('{}')).entries).toEqual([]);
    expect((await scan(' {"files" : { } } ', ['files'])).entries).toEqual([]);
    const seen = await scan('\ufeff{\r\n  "a": 1,\r\n  "b": 2\r\n}\r\n');
    expect(seen.entries).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    expect(seen.positions[1]).toEqual({ line: 3, column: 8 });
  });

  it('gives the same result wherever the chunks are cut', async () => {
    const text =
      '{"meta": {"v": "a\\"b"},\n "files": {"p\\\\q.py": {"e": [1, 2], "s": "x}\\\\"},\n "r": [[1, -1]]}, "t": {}}';
    const expected = await scan(text, ['files']);
    expect(expected.entries).toHaveLength(2);
    for (const parts of splits(text)) {
      expect(await scan(parts, ['files'])).toEqual(expected);
    }
  });

  it('works with empty chunks in the stream', async () => {
    expect((await scan(['', '{"a"', '', ':1}', ''])).entries).toEqual([['a', 1]]);
  });

  it('lets errors thrown by the handler through', async () => {
    const thrown = new InputError('bad entry');
    await expect(
      streamJsonEntries(
        textChunks('{"a": 1}'),
        [],
        () => {
          throw thrown;
        },
        'r.json',
      ),
    ).rejects.toBe(thrown);
  });

  it('exposes a synchronous scanner', () => {
    const keys: string[] = [];
    const scanner = new JsonEntryScanner([], (key) => keys.push(key), 'r.json');
    scanner.write('{"a": 1, "b"');
    scanner.write(': 2}');
    scanner.end();
    expect(keys).toEqual(['a', 'b']);
  });
});

describe('streamJsonEntries errors', () => {
  const cases: {
    name: string;
    text: string;
    path?: string[];
    line: number;
    column: number;
    message: RegExp;
  }[] = [
    { name: 'empty file', text: '', line: 1, column: 1, message: /empty/ },
    { name: 'whitespace only', text: '  \n  ', line: 2, column: 3, message: /empty/ },
    {
      name: 'root is an array',
      text: '\n [1]',
      line: 2,
      column: 2,
      message: /expected a JSON object, found '\['/,
    },
    {
      name: 'unterminated string in a value',
      text: '{"a": 1,\n "b": "abc',
      line: 2,
      column: 7,
      message: /unterminated string.*"b"/,
    },
    { name: 'unterminated key', text: '{"a": 1, "bc', line: 1, column: 10, message: /unterminated string/ },
    {
      name: 'unbalanced braces (one missing)',
      text: '{"a": {"b": 1}',
      line: 1,
      column: 15,
      message: /truncated/,
    },
    {
      name: 'unbalanced braces (one too many)',
      text: '{"a": {"b": 1}}}',
      line: 1,
      column: 16,
      message: /unexpected '}' after the end/,
    },
    {
      name: 'mismatched brackets',
      text: '{"a": [1, 2}\n}',
      line: 1,
      column: 12,
      message: /expected ',' or '\]'/,
    },
    { name: 'trailing garbage', text: '{"a": 1}\n\n  x', line: 3, column: 3, message: /unexpected 'x'/ },
    {
      name: 'truncated inside a nested value',
      text: '{"files": {\n  "a.py": {"executed_lines": [1,\n 2',
      path: ['files'],
      line: 3,
      column: 3,
      message: /end of the text.*"a\.py"/,
    },
    { name: 'truncated after a member', text: '{"a": 1,\n', line: 2, column: 1, message: /truncated/ },
    {
      name: 'missing path key',
      text: '{"meta": {},\n "totals": {}\n}',
      path: ['files'],
      line: 3,
      column: 1,
      message: /root object has no "files" key/,
    },
    {
      name: 'missing nested path key',
      text: '{"a": {"c": 1}}',
      path: ['a', 'b'],
      line: 1,
      column: 14,
      message: /object at "a" has no "b" key/,
    },
    {
      name: 'path value is not an object',
      text: '{"files": [1, 2]}',
      path: ['files'],
      line: 1,
      column: 11,
      message: /expected an object as the value of "files"/,
    },
    {
      name: 'path value is null',
      text: '{"files": null}',
      path: ['files'],
      line: 1,
      column: 11,
      message: /expected an object/,
    },
    { name: 'trailing comma', text: '{"a": 1,\n}', line: 2, column: 1, message: /expected a key/ },
    { name: 'missing colon', text: '{"a" 1}', line: 1, column: 6, message: /expected ':'/ },
    { name: 'missing value', text: '{"a": }', line: 1, column: 7, message: /expected a value/ },
    { name: 'bad literal', text: '{"a": {"b":\n  tru}}', line: 2, column: 3, message: /expected a value/ },
    { name: 'unquoted key', text: '{a: 1}', line: 1, column: 2, message: /expected a key in double quotes/ },
    { name: 'bad escape in a value', text: '{"a": "x\\q"}', line: 1, column: 9, message: /invalid escape/ },
    { name: 'bad escape in a key', text: '{"x\\q": 1}', line: 1, column: 2, message: /invalid key/ },
    { name: 'raw line break in a string', text: '{"a": "x\ny"}', line: 1, column: 9, message: /line break/ },
    { name: 'leading zero', text: '{"a": 01}', line: 1, column: 8, message: /invalid number/ },
    { name: 'missing comma', text: '{"a": 1 "b": 2}', line: 1, column: 9, message: /expected ',' or '}'/ },
  ];

  for (const c of cases) {
    it(`reports ${c.name} with its line and column`, async () => {
      const error = await failure(c.text, c.path);
      expect(error.message).toMatch(c.message);
      expect(error.message.startsWith(`report.json:${c.line}:${c.column}: `)).toBe(true);
      expect(error.location).toEqual({ path: 'report.json', line: c.line, column: c.column });
    });
  }

  it('reports the same position wherever the chunks are cut', async () => {
    for (const c of cases) {
      for (const parts of splits(c.text)) {
        const error = await failure(parts, c.path);
        expect(error.location, `${c.name} split as ${JSON.stringify(parts)}`).toEqual({
          path: 'report.json',
          line: c.line,
          column: c.column,
        });
      }
    }
  });
});

describe('findJsonSyntaxError', () => {
  const valid = [
    '1',
    ' -0.5e+3 ',
    '"a\\u00e9\\n"',
    '[]',
    '{}',
    '[1, [2, {"a": [true, false, null]}]]',
    '{"a": {}}',
  ];
  const invalid = [
    '',
    '[',
    '[1,]',
    '{"a":1,}',
    '{"a"}',
    '{,}',
    '[1 2]',
    '"abc',
    '"\\x"',
    '"\\u12"',
    'tru',
    '01',
    '1.',
    '-',
    '[1]]',
    '{"a":1}x',
    '"a\tb"',
    '{1: 2}',
    '[}',
  ];

  it('finds nothing in valid JSON', () => {
    for (const text of valid) expect(findJsonSyntaxError(text), text).toBeUndefined();
  });

  it('finds an error wherever JSON.parse fails', () => {
    for (const text of invalid) {
      expect(() => JSON.parse(text), text).toThrow();
      const found = findJsonSyntaxError(text);
      expect(found, text).toBeDefined();
      expect(found?.offset).toBeLessThanOrEqual(text.length);
    }
  });

  it('points at the offending character', () => {
    expect(findJsonSyntaxError('[1, 2 3]')).toEqual({ offset: 6, message: "expected ',' or ']', found '3'" });
    expect(findJsonSyntaxError('{"a": [1, }')).toMatchObject({ offset: 10 });
    expect(findJsonSyntaxError('  "abc')).toEqual({ offset: 2, message: 'unterminated string' });
  });
});
