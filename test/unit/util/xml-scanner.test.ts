import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { XmlScanner, XmlSyntaxError } from '../../../src/util/xml-scanner.js';
import { CONFORMANCE_DIR, EXAMPLE_PROJECT, FIXTURES } from '../../helpers/paths.js';

/**
 * The byte scanner is checked against saxes, a conformant XML parser: on every input both must
 * agree on whether it is well-formed, and on the elements, attributes and text they report.
 */
type Outcome = { ok: true; events: string[] } | { ok: false; line: number };

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
  return failure === undefined ? { ok: true, events } : { ok: false, line: failure };
}

function withScanner(xml: string, cuts: number[]): Outcome {
  const events: string[] = [];
  let inSource = 0;
  let text = '';
  const scanner = new XmlScanner({
    open(tag) {
      // Attributes as saxes reports them: read back each name the scanner found.
      const names = [...tagAttributeNames(tag)];
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
  });
  const bytes = Buffer.from(xml, 'utf8');
  try {
    let at = 0;
    for (const cut of [...cuts.map((c) => Buffer.byteLength(xml.slice(0, c))), bytes.length]) {
      scanner.write(bytes.subarray(at, Math.max(at, cut)));
      at = Math.max(at, cut);
    }
    scanner.end();
  } catch (error) {
    if (error instanceof XmlSyntaxError) return { ok: false, line: error.line };
    throw error;
  }
  return { ok: true, events };
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

function expectSameOutcome(xml: string, cuts: number[] = []): void {
  const reference = withSaxes(xml, cuts);
  const ours = withScanner(xml, cuts);
  expect(ours.ok, `saxes says ${reference.ok ? 'well-formed' : 'malformed'}:\n${xml.slice(0, 400)}`).toBe(
    reference.ok,
  );
  if (reference.ok && ours.ok) expect(ours.events).toEqual(reference.events);
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
    }
  });
});

describe('XmlScanner errors', () => {
  it('reports the line and column of the problem', () => {
    const scanner = new XmlScanner({ open() {}, close() {} });
    let error: unknown;
    try {
      scanner.write(Buffer.from('<coverage>\n  <a>\n  </b>\n</coverage>'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(XmlSyntaxError);
    expect(error).toMatchObject({ line: 3, column: 3, message: 'end tag </b> does not match <a>' });
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
