import { isXmlSpace } from '../../../util/ascii-bytes.js';
import { InputError } from '../../../util/errors.js';
import type { ByteSource } from '../../../util/text-stream.js';
import { joinPartialOutcomes, type PartialOutcome, type XmlScanHandlers, type XmlTag } from '../../../util/xml-scanner.js';
import type { CoverageSink, FileWriter, ReportReader } from '../model.js';
import { type LineFields, NOT_TAKEN, takeLine } from './cobertura-line.js';
import { intAttribute, parseXmlPart, parseXmlStream, tagError } from './xml-stream.js';

/**
 * Reads Cobertura XML (coverage.py/pytest-cov, gcovr, coverlet, Cobertura itself). Each
 * `<class>` streams into its file; a file split over several classes (inner classes, coverlet)
 * merges in the store, and lines nested under `<methods>` repeat the class's lines harmlessly.
 */
export const readCobertura: ReportReader = async (input, sink, reportName) => {
  await parseXmlStream(
    input.source?.() ?? input.bytes(),
    new CoberturaHandlers(sink, reportName, false),
    reportName,
    () => input.bytes(),
  );
};

/** Where a large Cobertura report may be split: before a `<class` start tag. */
export const COBERTURA_SPLIT_MARK = '<class ';

/** What a part of a split Cobertura report found, for `joinXmlParts`. */
export interface XmlPartResult extends PartialOutcome {
  sawRoot: boolean;
  /** The reader's own state at the end allows the next part to start fresh (no class open). */
  clean: boolean;
}

/**
 * Reads one part of a Cobertura report split before `<class` tags. Parts after the first start
 * inside the root with no class open and must not contain `<sources>` (which would change the
 * roots of files read by other parts); when they do, or anything else is unusual, this throws
 * and the caller reads the report whole.
 */
export async function readCoberturaPart(
  source: ByteSource,
  sink: CoverageSink,
  reportName: string,
  part: { start: number },
): Promise<XmlPartResult> {
  const handlers = new CoberturaHandlers(sink, reportName, part.start > 0);
  const outcome = await parseXmlPart(source, handlers, part);
  return { ...outcome, clean: handlers.clean };
}

/**
 * Checks that parts read separately fit together as one report: each part ended with no class
 * open in the reader, and the parts make one well-formed document (`joinPartialOutcomes`).
 * False means the split guessed wrong or the document is malformed: read it whole.
 */
export function joinXmlParts(parts: readonly XmlPartResult[]): boolean {
  if (parts.slice(0, -1).some((p) => !p.clean)) return false;
  return joinPartialOutcomes(parts, parts[0]?.sawRoot === true);
}

/** A part after the first met `<sources>`: splitting there would change other parts' roots. */
export class SplitNotPossible extends Error {}

/** Scanner handlers for one Cobertura document (or one part of it). */
class CoberturaHandlers implements XmlScanHandlers {
  private rootSeen: boolean;
  private inSource = false;
  private sourceText = '';
  private readonly roots: string[] = [];
  private current: FileWriter | undefined;
  private readonly slots = new Int32Array(LINE_ATTRIBUTES.length);
  private readonly fields: LineFields = { number: 0, hits: 0, branch: false, conditionStart: -1, conditionEnd: -1 };

  constructor(
    private readonly sink: CoverageSink,
    private readonly reportName: string,
    /** A part that starts inside the root: `<sources>` is not expected. */
    private readonly inner: boolean,
  ) {
    this.rootSeen = inner;
  }

  get clean(): boolean {
    return this.current === undefined && !this.inSource;
  }

  open(tag: XmlTag): void {
    if (!this.rootSeen) {
      this.openRoot(tag);
    } else if (tag.is('line')) {
      if (this.current) this.readLine(tag, this.current);
    } else if (tag.is('source')) {
      if (this.inner) throw new SplitNotPossible();
      this.inSource = true;
      this.sourceText = '';
    } else if (tag.is('class')) {
      this.openClass(tag);
    } else if (this.inner && tag.is('sources')) {
      throw new SplitNotPossible();
    }
  }

  close(name: string): void {
    if (name === 'line') return;
    if (name === 'source') {
      this.inSource = false;
      const root = this.sourceText.trim();
      if (root !== '') this.roots.push(root);
    } else if (name === 'sources') {
      if (this.inner) throw new SplitNotPossible();
      this.sink.sourceRoots(this.roots);
    } else if (name === 'class' && this.current) {
      this.current.end();
      this.current = undefined;
    }
  }

  wantsText(): boolean {
    return this.inSource;
  }

  /**
   * `<line …/>` as coverage.py and Cobertura write it, read from the bytes (`cobertura-line.ts`),
   * and the lines that follow it, up to the first tag the fast path does not take: the
   * indentation between them is element content this reader never wants as text.
   */
  emptyElement(buf: Uint8Array, lt: number, end: number): number {
    const file = this.current;
    if (file === undefined) return NOT_TAKEN;
    const f = this.fields;
    let taken = NOT_TAKEN;
    let at = lt;
    for (;;) {
      const after = takeLine(buf, at, end, f);
      if (after === NOT_TAKEN) return taken;
      let fraction = NO_MATCH;
      if (f.branch && f.conditionStart !== -1) {
        fraction = readAsciiFraction(buf, f.conditionStart, f.conditionEnd);
        // Decided before anything is written: the general path then reads the whole tag again.
        if (fraction === NOT_PLAIN) return taken;
      }
      file.line(f.number, f.hits);
      if (fraction >= 0) file.branch(f.number, Math.floor(fraction / FRACTION_SCALE), fraction % FRACTION_SCALE);
      taken = after;
      at = after;
      while (at < end && isXmlSpace(buf[at] as number)) at++;
      if (at >= end || buf[at] !== LT) return taken;
    }
  }

  text(text: string): void {
    this.sourceText += text;
  }

  private openRoot(tag: XmlTag): void {
    this.rootSeen = true;
    if (!tag.is('coverage')) {
      const name = tag.name;
      throw tagError(
        tag,
        (line) =>
          new InputError(`${this.reportName}: root element is <${name}>, not Cobertura's <coverage>`, {
            path: this.reportName,
            line,
          }),
      );
    }
  }

  private openClass(tag: XmlTag): void {
    const filename = tag.attribute('filename');
    if (filename === undefined || filename === '') {
      throw tagError(
        tag,
        (line) =>
          new InputError(`${this.reportName}:${line}: <class> has no "filename" attribute`, {
            path: this.reportName,
            line,
          }),
      );
    }
    this.current = this.sink.beginFile(filename);
  }

  private readLine(tag: XmlTag, file: FileWriter): void {
    const at = this.slots;
    tag.locate(LINE_ATTRIBUTES, at);
    const numberAt = at[0] as number;
    const hitsAt = at[1] as number;
    const number = numberAt === -1 ? Number.NaN : tag.integerAt(numberAt);
    if (Number.isNaN(number)) intAttribute(tag, 'number', this.reportName);
    const hits = hitsAt === -1 ? Number.NaN : tag.integerAt(hitsAt);
    if (Number.isNaN(hits)) intAttribute(tag, 'hits', this.reportName);
    file.line(number, hits);
    const branchAt = at[2] as number;
    if (branchAt === -1 || !tag.valueIsAt(branchAt, 'true')) return;
    // condition-coverage="50% (1/2)"
    const conditionAt = at[3] as number;
    if (conditionAt === -1) return;
    const fraction = tag.rawAt(conditionAt, readFraction);
    if (fraction === NOT_PLAIN) {
      const match = FRACTION.exec(tag.attribute('condition-coverage') ?? '');
      if (match) file.branch(number, Number(match[1]), Number(match[2]));
    } else if (fraction !== NO_MATCH) {
      file.branch(number, Math.floor(fraction / FRACTION_SCALE), fraction % FRACTION_SCALE);
    }
  }
}

/** The attributes of `<line>` the reader uses, in the order coverage.py writes them. */
const LINE_ATTRIBUTES = ['number', 'hits', 'branch', 'condition-coverage'] as const;

const FRACTION = /\((\d+)\s*\/\s*(\d+)\)/;
const NOT_PLAIN = -1;
const LT = 0x3c;
const NO_MATCH = -2;
/** Covered and total branches of a line, packed into one number (each below 10^7). */
const FRACTION_SCALE = 10_000_000;

/**
 * The first `(covered/total)` of a `condition-coverage` value, read from the bytes as `FRACTION`
 * matches it, packed as `covered * FRACTION_SCALE + total`; NO_MATCH when there is none, and
 * NOT_PLAIN for what the bytes alone cannot decide (references, non-ASCII, long numbers), which
 * the regular expression then reads.
 */
function readFraction(buf: Uint8Array, start: number, end: number, references: boolean): number {
  if (references) return NOT_PLAIN;
  // A non-ASCII space (U+00A0) is `\s` to the regular expression.
  for (let i = start; i < end; i++) if ((buf[i] as number) >= 0x80) return NOT_PLAIN;
  return readAsciiFraction(buf, start, end);
}

/** `readFraction` of a value known to be ASCII without references (the `<line>` fast path's). */
function readAsciiFraction(buf: Uint8Array, start: number, end: number): number {
  // The value is a few bytes long: a loop finds `(` sooner than a call to `indexOf`.
  for (let open = start; open < end; open++) {
    if (buf[open] !== 0x28) continue;
    let i = open + 1;
    let covered = 0;
    while (i < end && isDigit(buf[i] as number)) covered = covered * 10 + (buf[i++] as number) - 0x30;
    if (i === open + 1) continue;
    if (i - open - 1 > 6) return NOT_PLAIN;
    while (i < end && isXmlSpace(buf[i] as number)) i++;
    if (buf[i] !== 0x2f || i >= end) continue;
    i++;
    while (i < end && isXmlSpace(buf[i] as number)) i++;
    const digits = i;
    let total = 0;
    while (i < end && isDigit(buf[i] as number)) total = total * 10 + (buf[i++] as number) - 0x30;
    if (i === digits) continue;
    if (i - digits > 6) return NOT_PLAIN;
    if (buf[i] !== 0x29 || i >= end) continue;
    return covered * FRACTION_SCALE + total;
  }
  return NO_MATCH;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
