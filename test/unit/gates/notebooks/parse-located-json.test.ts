import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JsonSyntaxError } from '../../../../src/gates/notebooks/located-json.js';
import { parseLocatedJson } from '../../../../src/gates/notebooks/parse-located-json.js';
import { FIXTURES } from '../../../helpers/paths.js';

const NOTEBOOKS = join(FIXTURES, 'notebooks');

/** The line (1-based) on which `needle` first appears in `text`, found without the parser. */
function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  expect(at, `${needle} is in the text`).toBeGreaterThanOrEqual(0);
  return text.slice(0, at).split('\n').length;
}

function syntaxError(text: string): JsonSyntaxError {
  try {
    parseLocatedJson(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return error;
    throw error;
  }
  throw new Error('expected a syntax error');
}

describe('parseLocatedJson', () => {
  it.each(
    readdirSync(NOTEBOOKS).filter((f) => /^(?:executed|stripped|out-of-order|minified|indent4)/.test(f)),
  )('gives the same value as JSON.parse for %s', (file) => {
    const text = readFileSync(join(NOTEBOOKS, file), 'utf8');
    expect(parseLocatedJson(text).value).toEqual(JSON.parse(text));
  });

  it('gives each member the line it is on, whatever the indentation', () => {
    const doc = { cells: [{ source: ['a\n', 'b'] }, { source: 'x\ny' }], nbformat: 4 };
    for (const indent of [0, 1, 2, 4, '\t']) {
      const text = JSON.stringify(doc, null, indent);
      const parsed = parseLocatedJson(text);
      const root = parsed.value as { cells: Array<{ source: unknown }> };
      const first = root.cells[0]?.source as string[];
      // Each value's line is found by searching the text for it.
      expect(parsed.lineOf(first, 0, 0)).toBe(lineOf(text, '"a\\n"'));
      expect(parsed.lineOf(first, 1, 0)).toBe(lineOf(text, '"b"'));
      expect(parsed.lineOf(root.cells[1], 'source', 0)).toBe(lineOf(text, '"x\\ny"'));
      expect(parsed.lineOf(root, 'nbformat', 0)).toBe(lineOf(text, '"nbformat"'));
      expect(parsed.lineAtPointer('/cells/1/source')).toBe(lineOf(text, '"x\\ny"'));
    }
  });

  it('counts lines the same with Windows line ends', () => {
    const text = '{\r\n "cells": [\r\n  "a"\r\n ]\r\n}\r\n';
    const parsed = parseLocatedJson(text);
    // "a" is on the third line.
    expect(parsed.lineOf((parsed.value as { cells: unknown[] }).cells, 0, 0)).toBe(3);
  });

  it('on a minified file, puts everything on line 1 with exact offsets', () => {
    const text = '{"a":[10,"xy"],"b":{}}';
    const parsed = parseLocatedJson(text);
    const a = (parsed.value as { a: unknown[] }).a;
    // "xy" starts at offset 9 ({"a":[10, is 9 characters) and ends after its closing quote at 13.
    expect(parsed.spanOf(a, 1)).toEqual({ line: 1, start: 9, end: 13 });
    // The array [10,"xy"] spans offsets 5 to 14.
    expect(parsed.spanOf(parsed.value, 'a')).toEqual({ line: 1, start: 5, end: 14 });
  });

  it('decodes escapes and keeps a __proto__ key as an own property', () => {
    const parsed = parseLocatedJson('{"s":"a\\"b\\\\\\u00e9\\n","__proto__":{"x":1}}');
    const value = parsed.value as Record<string, unknown>;
    expect(value.s).toBe('a"b\\é\n');
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.hasOwn(value, '__proto__')).toBe(true);
  });

  it('skips a byte-order mark and keeps the last of duplicate keys, as JSON.parse does', () => {
    expect(parseLocatedJson('\ufeff{"a":1,"a":2}').value).toEqual({ a: 2 });
  });

  it.each([
    // [text, line, column, message fragment]: positions counted by hand from the text.
    ['{"a": 1,\n "b": }', 2, 7, 'expected a value'],
    ['{"a": [1, 2\n', 2, 1, "expected ',' or ']'"],
    ['{"a": "x\ny"}', 1, 7, 'control character'],
    ['{"a": "unterminated', 1, 7, 'unterminated string'],
    ['{"a": 1} x', 1, 10, 'after the end of the document'],
    ['{a: 1}', 1, 2, 'expected a key in double quotes'],
    ['{"a" 1}', 1, 6, "expected ':'"],
    ['', 1, 1, 'empty'],
    ['{"a": "\\x"}', 1, 7, 'invalid escape'],
  ])('reports %j at line %i, column %i', (text, line, column, fragment) => {
    const error = syntaxError(text);
    expect({ line: error.line, column: error.column }).toEqual({ line, column });
    expect(error.message).toContain(fragment);
  });

  it('refuses nesting deeper than the limit without overflowing the stack', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const error = syntaxError(deep);
    expect(error.message).toContain('nested deeper than 256 levels');
    // The 257th '[' (offset 256) is the one refused.
    expect(error.column).toBe(257);
    expect(parseLocatedJson(`${'['.repeat(256)}${']'.repeat(256)}`).value).toBeInstanceOf(Array);
  });
});
