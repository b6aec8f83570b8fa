import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { lineColumnAt } from '../../../src/util/byte-lines.js';
import {
  joinPartialOutcomes,
  MAX_DEPTH,
  MAX_NAME_BYTES,
  MAX_VALUE_BYTES,
  type PartialOutcome,
  type XmlScanHandlers,
  XmlScanner,
  XmlSyntaxError,
} from '../../../src/util/xml-scanner.js';
import { CONFORMANCE_DIR, EXAMPLE_PROJECT, FIXTURES } from '../../helpers/paths.js';

/**
 * The byte scanner is checked against saxes, a conformant XML parser: on every input both must
 * agree on whether it is well-formed, and on the elements, attributes and text they report;
 * read whole, cut into chunks anywhere, and split into parts read by separate scanners (as
 * several threads read one large report).
 */
type Outcome = { ok: true; events: string[] } | { ok: false; at: number };

const SOURCE_TEXT = 'source';

function withSaxes(xml: string, cuts: number[]): Outcome {
  const events: string[] = [];
  const parser = new SaxesParser({ xmlns: false });
  let inSource = 0;
  let text = '';
  let failure: number | undefined;
  parser.on('error', () => {
    failure ??= parser.line;
  });
  parser.on('opentag', (tag) => {
    const attrs = Object.entries(tag.attributes as Record<string, string>)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${k}=${v}`);
    events.push(`<${tag.name} ${attrs.join(' ')}`);
    if (tag.name === SOURCE_TEXT) {
      inSource++;
      text = '';
    }
  });
  parser.on('text', (t) => {
    if (inSource > 0) text += t;
  });
  parser.on('cdata', (t) => {
    if (inSource > 0) text += t;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === SOURCE_TEXT) {
      inSource--;
      events.push(`text ${text}`);
    }
    events.push(`</${tag.name}`);
  });
  const bom = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  let at = bom;
  for (const cut of [...cuts, xml.length]) {
    if (failure !== undefined) break;
    parser.write(xml.slice(at, Math.max(at, cut)));
    at = Math.max(at, cut);
  }
  if (failure === undefined) parser.close();
  return failure === undefined ? { ok: true, events } : { ok: false, at: failure };
}

/** Handlers that record what saxes records, into `events`. */
function recorder(events: string[]): XmlScanHandlers {
  let inSource = 0;
  let text = '';
  return {
    open(tag) {
      // Attributes as saxes reports them.
      const names = tag.attributeNames();
      expect(names.filter((n) => CANDIDATE_ATTRIBUTES.includes(n))).toEqual(
        [...tagAttributeNames(tag)].sort((a, b) => names.indexOf(a) - names.indexOf(b)),
      );
      const attrs = names.sort((a, b) => a.localeCompare(b)).map((k) => `${k}=${tag.attribute(k) ?? ''}`);
      events.push(`<${tag.name} ${attrs.join(' ')}`);
      if (tag.name === SOURCE_TEXT) {
        inSource++;
        text = '';
      }
    },
    close(name) {
      if (name === SOURCE_TEXT) {
        inSource--;
        events.push(`text ${text}`);
      }
      events.push(`</${name}`);
    },
    wantsText: () => inSource > 0,
    text(t) {
      text += t;
    },
  };
}

/** Feeds `bytes` to `scanner` cut at the byte offsets `cuts` (relative to `bytes`). */
function feed(scanner: XmlScanner, bytes: Buffer, cuts: number[]): void {
  let at = 0;
  for (const cut of [...cuts, bytes.length]) {
    scanner.write(bytes.subarray(at, Math.max(at, cut)));
    at = Math.max(at, cut);
  }
}

function byteOffsets(xml: string, cuts: number[]): number[] {
  return cuts.map((c) => Buffer.byteLength(xml.slice(0, c)));
}

function withScanner(xml: string, cuts: number[]): Outcome {
  const events: string[] = [];
  const scanner = new XmlScanner(recorder(events));
  try {
    feed(scanner, Buffer.from(xml, 'utf8'), byteOffsets(xml, cuts));
    scanner.end();
  } catch (error) {
    if (error instanceof XmlSyntaxError) return { ok: false, at: error.offset };
    throw error;
  }
  return { ok: true, events };
}

/**
 * Reads `xml` in parts that start at the character offsets `splits` (each at a `<`), one
 * scanner per part as the worker threads do, each part also cut at `cut` bytes into it. Returns
 * the events when every part scans and the parts join, else undefined (the split failed, and
 * the reader would read the document whole).
 */
function withParts(xml: string, splits: number[], cut: number): string[] | undefined {
  const bytes = Buffer.from(xml, 'utf8');
  const bounds = [0, ...byteOffsets(xml, splits), bytes.length];
  const events: string[] = [];
  const handlers = recorder(events);
  const outcomes: PartialOutcome[] = [];
  let sawRoot = false;
  try {
    for (let k = 0; k + 1 < bounds.length; k++) {
      const start = bounds[k] as number;
      const scanner = new XmlScanner(handlers, { partial: k > 0, offset: start });
      const part = bytes.subarray(start, bounds[k + 1]);
      feed(scanner, part, [Math.min(cut, part.length)]);
      if (k + 2 === bounds.length && k === 0) {
        scanner.end();
        return events;
      }
      outcomes.push(scanner.endPart());
      if (k === 0) sawRoot = scanner.sawRoot;
    }
  } catch (error) {
    if (error instanceof XmlSyntaxError) return undefined;
    throw error;
  }
  return joinPartialOutcomes(outcomes, sawRoot) ? events : undefined;
}

/** Attribute names of a tag, read from the tag's text (the scanner exposes lookups only). */
function* tagAttributeNames(tag: { attribute(name: string): string | undefined; name: string }) {
  for (const name of CANDIDATE_ATTRIBUTES) if (tag.attribute(name) !== undefined) yield name;
}
const CANDIDATE_ATTRIBUTES = [
  'a',
  'b',
  'branch',
  'branch-rate',
  'branches-covered',
  'branches-valid',
  'cb',
  'ci',
  'complexity',
  'condition-coverage',
  'covered',
  'filename',
  'hits',
  'line',
  'line-rate',
  'lines-covered',
  'lines-valid',
  'mb',
  'mi',
  'missed',
  'missing-branches',
  'name',
  'nr',
  'number',
  'signature',
  'sourcefilename',
  'timestamp',
  'type',
  'version',
  'x',
  'desc',
  'id',
  'start',
  'dump',
];

function expectSameOutcome(xml: string, cuts: number[] = []): Outcome {
  const reference = withSaxes(xml, cuts);
  const ours = withScanner(xml, cuts);
  expect(ours.ok, `saxes says ${reference.ok ? 'well-formed' : 'malformed'}:\n${xml.slice(0, 400)}`).toBe(
    reference.ok,
  );
  if (reference.ok && ours.ok) expect(ours.events).toEqual(reference.events);
  return reference;
}

/**
 * A split that joins must give exactly what reading the document whole gives (so a malformed
 * document can never join); `mustJoin` when every split is at a start tag in element content.
 */
function expectSplitAgrees(xml: string, splits: number[], cut: number, mustJoin = false): void {
  const reference = withSaxes(xml, []);
  const parts = withParts(xml, splits, cut);
  const where = `split at ${splits.join(', ')}, cut ${cut}:\n${xml.slice(0, 400)}`;
  if (parts === undefined) {
    expect(mustJoin && reference.ok, `the split failed on a well-formed document, ${where}`).toBe(false);
    return;
  }
  expect(reference.ok, `the parts joined on a document saxes rejects, ${where}`).toBe(true);
  if (reference.ok) expect(parts, where).toEqual(reference.events);
}

/** Offsets of every `<` in `xml` (the places a split may be tried). */
function ltOffsets(xml: string): number[] {
  const out: number[] = [];
  for (let i = xml.indexOf('<', 1); i !== -1; i = xml.indexOf('<', i + 1)) out.push(i);
  return out;
}

function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) >>> 0;
    return s / 2 ** 32;
  };
}

const REAL_REPORTS = [
  ...readdirSync(join(CONFORMANCE_DIR, 'diff-cover'))
    .filter((f) => f.endsWith('.xml'))
    .map((f) => join(CONFORMANCE_DIR, 'diff-cover', f)),
  join(EXAMPLE_PROJECT, 'reports', 'coverage.xml'),
  ...readdirSync(join(FIXTURES, 'coverage'))
    .filter((f) => f.endsWith('.xml'))
    .map((f) => join(FIXTURES, 'coverage', f)),
];

const JACOCO = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd"><report name="x &amp; y"><sessioninfo id="h" start="1" dump="2"/><package name="a/b"><class name="a/b/C" sourcefilename="C.java"><method name="m" desc="()V" line="3"><counter type="LINE" missed="0" covered="1"/></method></class><sourcefile name="C.java"><line nr="3" mi="0" ci="2" mb="0" cb="0"/></sourcefile></package></report>`;

const CASES: Record<string, string> = {
  jacoco: JACOCO,
  references:
    '<coverage><sources><source>a &lt;&gt; &amp;&apos;&quot; &#65;&#x42; b</source></sources><class filename="x &#x2F; y.py"/></coverage>',
  cdataSource: '<coverage><sources><source><![CDATA[/src/<weird>]]></source></sources></coverage>',
  comments:
    '<?xml version="1.0"?>\n<!-- head -->\n<coverage><!-- in --><sources/></coverage>\n<!-- tail -->\n',
  singleQuotes: "<coverage version='7'><class filename='a \"b\".py' name=\"x'y\"/></coverage>",
  whitespaceInTags: '<coverage\n  version = "7" ><lines ></lines ></coverage >',
  gtInValue: '<coverage><class filename="a>b.py"/></coverage>',
  unicode: '<coverage><class filename="ẗëṡẗ/日本.py"/></coverage>',
  newlineInValue: '<coverage><class filename="a\nb\tc"/></coverage>',
  doctypeSubset:
    '<!DOCTYPE coverage [<!ELEMENT coverage ANY> <!-- ] --> <!ATTLIST coverage a CDATA "x]">]><coverage/>',
  // Malformed, each for a different reason.
  truncated: '<coverage><packages><package name="p">',
  mismatched: '<coverage><packages></package></coverage>',
  twoRoots: '<coverage/><coverage/>',
  noRoot: '<?xml version="1.0"?>\n<!-- nothing -->\n',
  textOutside: 'junk<coverage/>',
  textAfter: '<coverage/>junk',
  unquoted: '<coverage version=7/>',
  duplicateAttribute: '<coverage a="1" a="2"/>',
  ltInValue: '<coverage a="<"/>',
  bareAmpersand: '<coverage a="a & b"/>',
  undefinedEntity: '<!DOCTYPE c [<!ENTITY e "x">]><coverage a="&e;"/>',
  billionLaughs:
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><coverage>&lol2;</coverage>',
  externalEntity: '<!DOCTYPE c [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><coverage>&xxe;</coverage>',
  badCharReference: '<coverage a="&#0;"/>',
  doubleDashComment: '<coverage><!-- a -- b --></coverage>',
  lateDeclaration: '<coverage/><?xml version="1.0"?>',
  missingSpace: '<coverage a="1"b="2"/>',
  controlCharacter: '<coverage>\u0001</coverage>',
  emptyEndTag: '<coverage></>',
};

describe('XmlScanner agrees with saxes', () => {
  it.each(REAL_REPORTS)('on the real report %s, in one chunk and cut anywhere', (file) => {
    const xml = readFileSync(file, 'utf8');
    expectSameOutcome(xml);
    for (let cut = 1; cut < Math.min(xml.length, 3000); cut += 37) expectSameOutcome(xml, [cut]);
  });

  it.each(Object.entries(CASES))('on %s', (_name, xml) => {
    expectSameOutcome(xml);
    for (let cut = 1; cut < xml.length; cut++) expectSameOutcome(xml, [cut]);
  });

  it.each(REAL_REPORTS)('on the real report %s split into parts at every start tag', (file) => {
    const xml = readFileSync(file, 'utf8');
    const random = seeded(7);
    // Element starts in content: every `<` followed by a name, after the root's start tag.
    const rootEnd = xml.indexOf('>', xml.search(/<[A-Za-z_]/));
    const starts = ltOffsets(xml).filter((i) => i > rootEnd && /[A-Za-z_]/.test(xml[i + 1] ?? ''));
    for (const at of starts) expectSplitAgrees(xml, [at], Math.floor(random() * 200), !xml.includes('<!--'));
    for (let round = 0; round < 50 && starts.length > 2; round++) {
      const picks = [...new Set([0, 1, 2].map(() => starts[Math.floor(random() * starts.length)] as number))];
      expectSplitAgrees(
        xml,
        picks.sort((a, b) => a - b),
        Math.floor(random() * 300),
        !xml.includes('<!--'),
      );
    }
    // Any `<`, including inside comments, CDATA and the prolog: a wrong guess must never join.
    for (const at of ltOffsets(xml).slice(0, 400)) expectSplitAgrees(xml, [at], 5);
  });

  it.each(Object.entries(CASES))('on %s split into parts at every <', (_name, xml) => {
    for (const at of ltOffsets(xml)) {
      expectSplitAgrees(xml, [at], 3);
      for (const other of ltOffsets(xml)) if (other > at) expectSplitAgrees(xml, [at, other], 1);
    }
  });

  it('on thousands of mutations of a real report (seeded)', () => {
    const base = readFileSync(join(EXAMPLE_PROJECT, 'reports', 'coverage.xml'), 'utf8').slice(0, 4000);
    const tokens = [
      '<',
      '>',
      '&',
      '"',
      "'",
      '/',
      '=',
      ' ',
      '<!--',
      '-->',
      '&amp;',
      '&bogus;',
      ']]>',
      '<![CDATA[',
      '\u0000',
      'é',
      '?>',
    ];
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    for (let round = 0; round < 2000; round++) {
      let xml = base;
      const edits = 1 + Math.floor(random() * 3);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(random() * xml.length);
        const kind = random();
        if (kind < 0.4)
          xml = xml.slice(0, at) + (tokens[Math.floor(random() * tokens.length)] ?? '') + xml.slice(at);
        else if (kind < 0.8) xml = xml.slice(0, at) + xml.slice(at + 1 + Math.floor(random() * 5));
        else xml = xml.slice(0, at);
      }
      expectSameOutcome(xml, [Math.floor(random() * xml.length)]);
      const lts = ltOffsets(xml);
      if (lts.length > 0) {
        const splits = [
          ...new Set([
            lts[Math.floor(random() * lts.length)] as number,
            lts[Math.floor(random() * lts.length)] as number,
          ]),
        ];
        expectSplitAgrees(
          xml,
          splits.sort((a, b) => a - b),
          Math.floor(random() * 100),
        );
      }
    }
  });

  it('on mutations of a generated coverage.py report split at <class (seeded)', () => {
    const random = seeded(2026);
    const classes = Array.from({ length: 12 }, (_, c) => {
      const lines = Array.from(
        { length: 6 },
        (_, l) =>
          `\t\t\t\t\t\t<line number="${l + 1}" hits="${(c + l) % 3}"${l % 2 ? ' branch="true" condition-coverage="50% (1/2)" missing-branches="9"' : ''}/>`,
      ).join('\n');
      return `\t\t\t\t<class name="m${c}.py" filename="p/m${c}.py" complexity="0" line-rate="0.5" branch-rate="0.5">\n\t\t\t\t\t<methods/>\n\t\t\t\t\t<lines>\n${lines}\n\t\t\t\t\t</lines>\n\t\t\t\t</class>`;
    }).join('\n');
    const base = `<?xml version="1.0" ?>\n<coverage version="7.4.0">\n\t<sources>\n\t\t<source>/src</source>\n\t</sources>\n\t<packages>\n\t\t<package name="p">\n\t\t\t<classes>\n${classes}\n\t\t\t</classes>\n\t\t</package>\n\t</packages>\n</coverage>\n`;
    const classStarts = (xml: string) => ltOffsets(xml).filter((i) => xml.startsWith('<class ', i));
    expectSplitAgrees(base, classStarts(base), 17, true);
    const tokens = [
      '<',
      '>',
      '&',
      '"',
      '/',
      '</class>',
      '<class>',
      '<!--',
      '-->',
      ']]>',
      '<![CDATA[',
      '</coverage>',
      '<x/>',
    ];
    for (let round = 0; round < 1500; round++) {
      let xml = base;
      for (let e = 0; e < 1 + Math.floor(random() * 2); e++) {
        const at = Math.floor(random() * xml.length);
        xml =
          random() < 0.6
            ? xml.slice(0, at) + (tokens[Math.floor(random() * tokens.length)] ?? '') + xml.slice(at)
            : xml.slice(0, at) + xml.slice(at + 1 + Math.floor(random() * 8));
      }
      const starts = classStarts(xml);
      const splits = [...new Set([0, 1, 2].map(() => starts[Math.floor(random() * starts.length)]))].filter(
        (x): x is number => x !== undefined,
      );
      expectSameOutcome(xml, [Math.floor(random() * xml.length)]);
      expectSplitAgrees(
        xml,
        splits.sort((a, b) => a - b),
        Math.floor(random() * 400),
      );
    }
  });
});

describe('XmlScanner errors', () => {
  it('reports the offset of the problem, and its line and column on demand', async () => {
    const scanner = new XmlScanner({ open() {}, close() {} });
    let error: unknown;
    try {
      scanner.write(Buffer.from('<coverage>\n  <a>\n  </b>\n</coverage>'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(XmlSyntaxError);
    expect(error).toMatchObject({ offset: 19, message: 'end tag </b> does not match <a>' });
    // Lines are counted only for an error, by reading the input again.
    const input = (async function* () {
      yield await Promise.resolve(Buffer.from('<coverage>\n  <a>\n'));
      yield Buffer.from('  </b>\n</coverage>');
    })();
    expect(await lineColumnAt(input, [19, 0, 10, 11])).toEqual([
      { line: 3, column: 3 },
      { line: 1, column: 1 },
      { line: 1, column: 11 },
      { line: 2, column: 1 },
    ]);
  });

  it('gives offsets in the whole input, a byte-order mark and earlier chunks included', () => {
    const scanner = new XmlScanner({ open() {}, close() {} });
    scanner.write(Buffer.from('\ufeff<a>\n<b>'));
    expect(() => {
      scanner.write(Buffer.from('</c>'));
    }).toThrow(expect.objectContaining({ offset: 10 }) as Error);
  });

  it('bounds names, attribute values and depth', () => {
    const scan = (xml: string) => () => {
      const scanner = new XmlScanner({ open() {}, close() {} });
      scanner.write(Buffer.from(xml));
      scanner.end();
    };
    expect(scan(`<${'a'.repeat(MAX_NAME_BYTES + 1)}/>`)).toThrow(/name longer than/);
    expect(scan(`<a ${'b'.repeat(MAX_NAME_BYTES + 1)}="1"/>`)).toThrow(/name longer than/);
    expect(scan(`<a b="${'x'.repeat(MAX_VALUE_BYTES + 1)}"/>`)).toThrow(/attribute value longer than/);
    expect(scan(`${'<a>'.repeat(MAX_DEPTH + 1)}${'</a>'.repeat(MAX_DEPTH + 1)}`)).toThrow(/nested deeper/);
    expect(scan(`<${'a'.repeat(MAX_NAME_BYTES)} b="${'x'.repeat(MAX_VALUE_BYTES)}"/>`)).not.toThrow();
  });

  it('refuses UTF-16 and non-UTF-8 encodings instead of misreading them', () => {
    expect(() => {
      new XmlScanner({ open() {}, close() {} }).write(Buffer.from([0xff, 0xfe, 0x3c, 0x00]));
    }).toThrow(/UTF-16/);
    expect(() => {
      new XmlScanner({ open() {}, close() {} }).write(
        Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><a/>'),
      );
    }).toThrow(/unsupported encoding/);
  });

  it('reads integers straight from the bytes and flags non-digits', () => {
    const seen: Array<number | undefined> = [];
    const scanner = new XmlScanner({
      open(tag) {
        seen.push(tag.integer('n'));
      },
      close() {},
    });
    scanner.write(Buffer.from('<a n="42"><b n="4x"/><c n=""/><d/></a>'));
    scanner.end();
    expect(seen).toEqual([42, Number.NaN, Number.NaN, undefined]);
  });
});
