import { describe, expect, it } from 'vitest';
import { CsvTokenizer } from '../../../../src/gates/model-evaluation/readers/csv-tokenizer.js';

/** Tokenizes `text` fed in pieces cut at `cuts`; records with their start lines. */
function tokenize(text: string, cuts: number[] = [], delimiter = ','): Array<[number, string[]]> {
  const out: Array<[number, string[]]> = [];
  const t = new CsvTokenizer(delimiter.charCodeAt(0), 1 << 20, (fields, line) => {
    out.push([line, fields]);
    return true;
  });
  let at = 0;
  for (const cut of [...cuts, text.length]) {
    t.push(text.slice(at, cut));
    at = cut;
  }
  t.end();
  return out;
}

const TEXT = '\uFEFFa,b,c\r\n1,"x, ""y""",3\n\n"multi\nline",,"end"\r\n4,5,"6"';

describe('CSV tokenizer', () => {
  it('reads quotes, doubled quotes, embedded newlines, CRLF, blank lines and a last unterminated record', () => {
    expect(tokenize(TEXT)).toEqual([
      [1, ['a', 'b', 'c']],
      [2, ['1', 'x, "y"', '3']],
      [4, ['multi\nline', '', 'end']],
      [6, ['4', '5', '6']],
    ]);
  });

  it('gives the same records wherever the chunks are cut', () => {
    const whole = tokenize(TEXT);
    for (let cut = 1; cut < TEXT.length; cut++) expect(tokenize(TEXT, [cut]), `cut at ${cut}`).toEqual(whole);
  });

  it('splits on the delimiter it is given (TSV)', () => {
    expect(tokenize('a\tb\n1\t"2\t3"\n', [], '\t')).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2\t3']],
    ]);
  });

  it('refuses what csv-parse refuses, with the line', () => {
    expect(() => tokenize('a,b\n1,"2\n3,4\n')).toThrow('a quoted field is never closed');
    expect(() => tokenize('a,b\n1,x"y\n')).toThrow('a quote inside an unquoted field');
    expect(() => tokenize('a,b\n1,"x"y\n')).toThrow('text after a closing quote');
    try {
      tokenize('a,b\n1,2\n3,x"y\n');
    } catch (error) {
      expect((error as { line: number }).line).toBe(3);
    }
  });

  it('stops when asked', () => {
    const seen: string[][] = [];
    const t = new CsvTokenizer(44, 1 << 20, (f) => {
      seen.push(f);
      return seen.length < 2;
    });
    t.push('a\nb\nc\nd\n');
    t.end();
    expect(seen).toEqual([['a'], ['b']]);
    expect(t.done).toBe(true);
  });
});
