// The fast path for Cobertura's `<line …/>` (src/gates/coverage/readers/cobertura-line.ts) reads
// most of a report's bytes without the scanner's general tag machinery. It must change nothing:
// every document reads to the same calls, in the same order, and fails with the same error on
// the same line, as through the general path. The general path is forced by writing each
// `<line` tag's first `=` as ` =`, which XML reads the same (Eq allows white space) and which
// the fast path never takes.
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { type LineFields, NOT_TAKEN, takeLine } from '../../../../../src/gates/coverage/readers/cobertura-line.js';
import { readCobertura } from '../../../../../src/gates/coverage/readers/cobertura.js';
import type { CoverageSink } from '../../../../../src/gates/coverage/model.js';
import { inputOf } from '../../../../helpers/collect.js';

function documentWith(lines: string, after = ''): string {
  return `<?xml version="1.0" ?>
<coverage version="7.4.0">
\t<sources>
\t\t<source>/src</source>
\t</sources>
\t<packages>
\t\t<package name="p">
\t\t\t<classes>
\t\t\t\t<class name="a.py" filename="a.py">
\t\t\t\t\t<methods/>
\t\t\t\t\t<lines>
${lines}
\t\t\t\t\t</lines>
\t\t\t\t</class>
\t\t\t</classes>
\t\t</package>
\t</packages>
</coverage>${after}
`;
}

/** Every call the reader makes, in order; or its error with the line (not the column). */
async function calls(text: string, chunk: number): Promise<unknown[]> {
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
  const parts: string[] = [];
  for (let at = 0; at < text.length; at += chunk) parts.push(text.slice(at, at + chunk));
  try {
    await readCobertura(inputOf(parts), sink, 'coverage.xml');
  } catch (error) {
    out.push(['error', (error as Error).message.replace(/^(coverage\.xml:\d+):\d+:/, '$1:')]);
  }
  return out;
}

/** The same document with every `<line` tag read by the scanner's general path. */
function generalPath(text: string): string {
  // Every tag the fast path could take starts this way: `<line`, white space, a name, `=`.
  return text.replace(/<line(\s+[A-Za-z-]+)=/g, '<line$1 =');
}

/** `<line>` elements as real tools write them, and near misses the fast path must leave alone. */
const CASES: Record<string, string> = {
  'coverage.py, plain': '<line number="1" hits="1"/>',
  'coverage.py, not run': '<line number="2" hits="0"/>',
  'coverage.py, a partial branch': '<line number="3" hits="2" branch="true" condition-coverage="50% (1/2)" missing-branches="25"/>',
  'coverage.py, a full branch': '<line number="4" hits="7" branch="true" condition-coverage="100% (2/2)"/>',
  'Cobertura and gcovr, branch="false"': '<line number="5" hits="1" branch="false"/>',
  'coverlet: branch="False" and a space before />': '<line number="6" hits="1" branch="False" />',
  'attributes in another order': '<line hits="3" number="7"/>',
  'branch before condition-coverage, reversed': '<line condition-coverage="25% (1/4)" branch="true" hits="1" number="8"/>',
  'tabs and newlines between attributes': '<line\tnumber="9"\n\t\thits="1"\r\n branch="true" condition-coverage="50% (1/2)"/>',
  'gcovr: conditions as children': '<line number="10" hits="1" branch="true" condition-coverage="50% (1/2)"><conditions><condition number="0" type="jump" coverage="50%"/></conditions></line>',
  'an attribute the reader does not use': '<line number="11" hits="1" foo="bar"/>',
  'single quotes': "<line number='12' hits='1'/>",
  'a reference in a value': '<line number="13" hits="1" branch="true" condition-coverage="50%&#x20;(1/2)"/>',
  'non-ASCII in a value': '<line number="14" hits="1" branch="true" condition-coverage="50%\u00a0(1/2)"/>',
  'spaces inside the fraction': '<line number="15" hits="1" branch="true" condition-coverage="(3 / 4)"/>',
  'a fraction too long for the bytes alone': '<line number="16" hits="1" branch="true" condition-coverage="0% (0/12345678)"/>',
  'no fraction': '<line number="17" hits="1" branch="true" condition-coverage="n/a"/>',
  'branch="true" without condition-coverage': '<line number="18" hits="1" branch="true"/>',
  '15-digit hits': '<line number="19" hits="123456789012345"/>',
  'leading zeros': '<line number="0020" hits="007"/>',
  // The store refuses it (records.ts); the reader passes it on either way.
  'a line number no source has': '<line number="10000001" hits="1"/>',
  'a longer element name': '<lines2 number="21" hits="1"/>',
  'two lines on one text line': '<line number="22" hits="1"/><line number="23" hits="0"/>',
  // Lines that follow a taken line are taken in the same call, up to the first byte that is
  // not white space: text between lines goes back to the scanner.
  'text between two lines': '<line number="24" hits="1"/>x <line number="25" hits="0"/>',
  'a comment between two lines': '<line number="26" hits="1"/> <!-- c --> <line number="27" hits="0"/>',
};

/** Documents the reader must refuse, with the same error either way. */
const BAD: Record<string, string> = {
  'a repeated attribute': '<line number="1" number="2" hits="1"/>',
  'a repeated hits': '<line number="1" hits="1" hits="2"/>',
  'a number that is not digits': '<line number="x" hits="1"/>',
  'a negative hits': '<line number="3" hits="-1"/>',
  'an empty number': '<line number="" hits="1"/>',
  'no hits': '<line number="4"/>',
  'no number': '<line hits="4"/>',
  '16 digits': '<line number="1234567890123456" hits="1"/>',
  '"/" not followed by ">"': '<line number="5" hits="1"/ >',
  'no space between attributes': '<line number="6"hits="1"/>',
  'an unquoted value': '<line number=7 hits="1"/>',
  '"<" in a value': '<line number="8" hits="1" branch="<"/>',
  'an undefined entity': '<line number="9" hits="1" branch="&bogus;"/>',
  'a control character': '<line number="10" hits="1" branch="\u0001"/>',
  'a control character between two lines': '<line number="11" hits="1"/>\u0001<line number="12" hits="1"/>',
  'an undefined entity between two lines': '<line number="13" hits="1"/>&bogus;\n<line number="14" hits="1"/>',
};

describe('Cobertura <line> fast path', () => {
  it.each(Object.entries(CASES))('%s: the same calls as the general path', async (_, line) => {
    const text = documentWith(`\t\t\t\t\t\t${line}\n\t\t\t\t\t\t<line number="99" hits="4"/>`);
    const expected = await calls(generalPath(text), text.length);
    expect(expected.some((c) => Array.isArray(c) && c[0] === 'error')).toBe(false);
    for (const chunk of [text.length, 64, 7, 1]) expect(await calls(text, chunk)).toEqual(expected);
  });

  it.each(Object.entries(BAD))('%s: the same error on the same line', async (_, line) => {
    const text = documentWith(`\t\t\t\t\t\t${line}`);
    const expected = await calls(generalPath(text), text.length);
    expect(expected.at(-1)).toEqual(['error', expect.stringMatching(/^coverage\.xml/)]);
    for (const chunk of [text.length, 64, 7]) expect(await calls(text, chunk)).toEqual(expected);
  });

  it('a report cut inside a line: the same error either way', async () => {
    const whole = documentWith('\t\t\t\t\t\t<line number="11" hits="1"/>');
    const text = whole.slice(0, whole.indexOf('hits="1"/>') + 7);
    const expected = await calls(generalPath(text), text.length);
    expect(expected.at(-1)).toEqual(['error', expect.stringMatching(/truncated/)]);
    for (const chunk of [text.length, 64, 7]) expect(await calls(text, chunk)).toEqual(expected);
  });

  it('leaves lines outside a class, and a line after the root, to the general path', async () => {
    const outside = documentWith('').replace('<packages>', '<line number="1" hits="1"/><packages>');
    expect(await calls(outside, 5)).toEqual(await calls(generalPath(outside), outside.length));
    const after = documentWith('\t\t\t\t\t\t<line number="1" hits="1"/>', '<line number="2" hits="1"/>');
    const error = (await calls(after, after.length)).at(-1);
    expect(error).toEqual(['error', expect.stringMatching(/a second root element|after the root/)]);
    expect(error).toEqual((await calls(generalPath(after), after.length)).at(-1));
  });

  it('takes the shapes coverage.py and Cobertura write, and nothing it cannot read exactly', () => {
    const fields: LineFields = { number: 0, hits: 0, branch: false, conditionStart: -1, conditionEnd: -1 };
    const take = (tag: string) => {
      const bytes = Buffer.from(`${tag}\n`, 'utf8');
      const at = takeLine(new Uint8Array(bytes), 0, bytes.length, fields);
      return at === NOT_TAKEN ? 'declined' : { at, ...fields };
    };
    expect(take('<line number="12" hits="3"/>')).toEqual({ at: 28, number: 12, hits: 3, branch: false, conditionStart: -1, conditionEnd: -1 });
    const branch = take('<line number="3" hits="2" branch="true" condition-coverage="50% (1/2)" missing-branches="25"/>');
    expect(branch).toMatchObject({ number: 3, hits: 2, branch: true, conditionStart: 60, conditionEnd: 69 });
    expect(take('<line hits="1" number="2" branch="false" />')).toMatchObject({ number: 2, hits: 1, branch: false });
    for (const declined of [
      '<line number="1" hits="1">',
      '<line number="1" hits="1" foo="1"/>',
      "<line number='1' hits='1'/>",
      '<line number = "1" hits="1"/>',
      '<line number="1" number="1" hits="1"/>',
      '<line number="1"/>',
      '<line number="1" hits="1" branch="&amp;"/>',
      '<line number="1" hits="1" branch="é"/>',
      '<line number="1" hits="1"',
      '<linex number="1" hits="1"/>',
      '</line>',
    ])
      expect(take(declined), declined).toBe('declined');
  });

  it('agrees with the general path, and with saxes on well-formedness, on mutated coverage.py reports (seeded)', async () => {
    let seed = 1203;
    const random = () => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const lines = Array.from(
      { length: 40 },
      (_, l) =>
        `\t\t\t\t\t\t<line number="${l + 1}" hits="${l % 3}"${l % 3 === 1 ? ` branch="true" condition-coverage="50% (1/2)" missing-branches="${l + 3}"` : ''}/>`,
    ).join('\n');
    const base = documentWith(lines);
    const tokens = ['"', "'", '=', ' ', '/', '>', '<', '&', '&amp;', '9', '-', 'é', '\t', ' hits="2"', ' number="5"', ' x="1"', '/>', '<line number="1" hits="1"/>'];
    let malformed = 0;
    for (let round = 0; round < 1500; round++) {
      let xml = base;
      for (let e = 0; e < 1 + Math.floor(random() * 2); e++) {
        // Edits land inside the lines most of the time: that is where the fast path reads.
        const from = random() < 0.9 ? base.indexOf('<line') : 0;
        const at = from + Math.floor(random() * (xml.length - from));
        xml =
          random() < 0.6
            ? xml.slice(0, at) + (tokens[Math.floor(random() * tokens.length)] ?? '') + xml.slice(at)
            : xml.slice(0, at) + xml.slice(at + 1 + Math.floor(random() * 6));
      }
      const fast = await calls(xml, 1 + Math.floor(random() * 300));
      expect(fast, xml).toEqual(await calls(generalPath(xml), xml.length));
      let saxesOk = true;
      const parser = new SaxesParser();
      parser.on('error', () => {
        saxesOk = false;
      });
      try {
        parser.write(xml).close();
      } catch {
        saxesOk = false;
      }
      const failed = (fast.at(-1) as unknown[])[0] === 'error';
      if (!saxesOk) {
        malformed++;
        expect(failed, `saxes rejects it:\n${xml}`).toBe(true);
      }
    }
    // The mutations reach both sides: well-formed variants and malformed ones.
    expect(malformed).toBeGreaterThan(300);
    expect(malformed).toBeLessThan(1400);
  });
});
