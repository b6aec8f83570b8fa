/**
 * A streaming, non-validating XML scanner that works on bytes, for coverage reports of hundreds
 * of megabytes. It checks well-formedness (tag balance, attribute syntax, one root, legal
 * characters and references) but expands no entity: only XML's five predefined ones and
 * character references are understood, DTD declarations are skipped, and any other reference is
 * an error (so billion-laughs and external entities cannot work).
 *
 * Why not a library: saxes, the conformant streaming parser we test against, decodes every byte
 * to UTF-16 and allocates per tag and attribute, which caps it near 30 MB/s; a coverage gate
 * must read a 500 MB Cobertura file in seconds with flat memory. Attribute values here are
 * decoded only when asked for, and integers are parsed straight from the bytes.
 * `test/unit/util/xml-scanner.test.ts` checks this scanner against saxes, event for event, on
 * real reports and on thousands of mutated ones.
 */

/** A start tag as the handler sees it; valid only during the `open` call. */
export interface XmlTag {
  /** The element name. */
  readonly name: string;
  /** True when the element name is `name` (ASCII), without decoding. */
  is(name: string): boolean;
  /** An attribute's value with references resolved, or undefined when absent. */
  attribute(name: string): string | undefined;
  /** True when the attribute is present and its raw value is exactly `value` (ASCII), without decoding. */
  attributeIs(name: string, value: string): boolean;
  /**
   * An attribute's value as a non-negative integer read straight from the bytes; undefined when
   * absent, NaN when it is not digits.
   */
  integer(name: string): number | undefined;
  readonly selfClosing: boolean;
}

/** What the scanner reports; `text` is decoded only while `wantsText()` is true. */
export interface XmlScanHandlers {
  open(tag: XmlTag): void;
  close(name: string): void;
  wantsText?(): boolean;
  text?(text: string): void;
}

/** A well-formedness error, with its position. */
export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

const LT = 0x3c;
const GT = 0x3e;
const AMP = 0x26;
const SLASH = 0x2f;
const QUEST = 0x3f;
const BANG = 0x21;
const EQ = 0x3d;
const QUOT = 0x22;
const APOS = 0x27;
const NL = 0x0a;
const MAX_ATTRIBUTES = 256;
/** Text the handler asked for (a `<source>` path) is never this long in a real report. */
const MAX_WANTED_TEXT = 1 << 16;
/** A tag, comment or declaration longer than this is not a coverage report. */
const MAX_MARKUP = 1 << 24;

/** Why a token could not be finished: it continues in the next chunk. */
const NEED_MORE = -1;

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };

/** Scans XML given as byte chunks; call `write` per chunk, then `end`. */
export class XmlScanner {
  private buf: Uint8Array = new Uint8Array(0);
  private pos = 0;
  /** Line number of `buf[0]`, and the offset of the last newline before it (relative, negative). */
  private lineBase = 1;
  private lineStartBase = 0;
  private readonly stack: string[] = [];
  private rootSeen = false;
  private rootClosed = false;
  private first = true;
  private readonly tag = new Tag(this);
  /** Element names seen so far, so a name is decoded once, not once per element. */
  readonly names = new NameCache();

  constructor(private readonly handlers: XmlScanHandlers) {}

  /** Feeds the next chunk. */
  write(chunk: Uint8Array): void {
    if (this.first) {
      this.first = false;
      chunk = this.skipBom(chunk);
    }
    if (this.pos < this.buf.length) {
      const joined = new Uint8Array(this.buf.length - this.pos + chunk.length);
      joined.set(this.buf.subarray(this.pos), 0);
      joined.set(chunk, this.buf.length - this.pos);
      this.advanceLines(this.pos);
      this.buf = joined;
    } else {
      this.advanceLines(this.buf.length);
      this.buf = chunk;
    }
    this.pos = 0;
    this.scan(false);
    if (this.buf.length - this.pos > MAX_MARKUP)
      this.fail('markup too long (unterminated tag, comment or string?)');
  }

  /** Ends the document: everything must be closed. */
  end(): void {
    this.scan(true);
    if (this.pos < this.buf.length) this.fail('unexpected end of input inside markup (truncated file?)');
    if (this.stack.length > 0)
      this.fail(
        `unexpected end of input: <${this.stack[this.stack.length - 1] ?? ''}> is not closed (truncated file?)`,
      );
    if (!this.rootSeen) this.fail('no root element');
  }

  /** Line and column (1-based) of a byte offset in the current buffer. */
  position(offset = this.pos): { line: number; column: number } {
    let line = this.lineBase;
    let lineStart = this.lineStartBase;
    for (let i = this.buf.indexOf(NL); i !== -1 && i < offset; i = this.buf.indexOf(NL, i + 1)) {
      line++;
      lineStart = i + 1;
    }
    return { line, column: offset - lineStart + 1 };
  }

  /** Throws a syntax error at `offset`. */
  fail(message: string, offset = this.pos): never {
    const { line, column } = this.position(offset);
    throw new XmlSyntaxError(message, line, column);
  }

  /** The bytes currently buffered (for the tag view). */
  get bytes(): Uint8Array {
    return this.buf;
  }

  private skipBom(chunk: Uint8Array): Uint8Array {
    if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) return chunk.subarray(3);
    if ((chunk[0] === 0xfe && chunk[1] === 0xff) || (chunk[0] === 0xff && chunk[1] === 0xfe)) {
      throw new XmlSyntaxError('UTF-16 is not supported; write the report as UTF-8', 1, 1);
    }
    return chunk;
  }

  /** Moves the line bookkeeping past the first `consumed` bytes of the buffer, which are dropped. */
  private advanceLines(consumed: number): void {
    const buf = this.buf;
    let last = -1;
    for (let i = buf.indexOf(NL); i !== -1 && i < consumed; i = buf.indexOf(NL, i + 1)) {
      this.lineBase++;
      last = i;
    }
    this.lineStartBase = last === -1 ? this.lineStartBase - consumed : last + 1 - consumed;
  }

  private scan(final: boolean): void {
    const buf = this.buf;
    for (;;) {
      const lt = buf.indexOf(LT, this.pos);
      const textEnd = lt === -1 ? buf.length : lt;
      if (textEnd > this.pos) {
        // Keep a trailing "&..." for the next chunk when the reference may continue there.
        const end = lt === -1 && !final ? this.safeTextEnd(textEnd) : textEnd;
        this.text(this.pos, end);
        this.pos = end;
      }
      if (lt === -1) return;
      const next = this.markup(lt, final);
      if (next === NEED_MORE) {
        if (final) this.fail('unexpected end of input inside markup (truncated file?)', lt);
        return;
      }
      this.pos = next;
    }
  }

  private safeTextEnd(end: number): number {
    const amp = this.buf.lastIndexOf(AMP, end - 1);
    return amp !== -1 && amp >= this.pos && this.buf.indexOf(0x3b, amp) === -1 ? amp : end;
  }

  /** Character data between markup: checked, and decoded only when the handler wants it. */
  private text(start: number, end: number): void {
    const buf = this.buf;
    let onlySpace = true;
    for (let i = start; i < end; i++) {
      const c = buf[i] as number;
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
      onlySpace = false;
      if (c < 0x20) this.fail(`disallowed character U+${c.toString(16).padStart(4, '0')} in text`, i);
      if (c === AMP) i = this.reference(i, end) - 1;
      else if (c === GT && i >= start + 2 && buf[i - 1] === 0x5d && buf[i - 2] === 0x5d)
        this.fail('"]]>" in text', i);
    }
    if (!onlySpace && (this.stack.length === 0 || this.rootClosed))
      this.fail('text outside the root element', start);
    if (!onlySpace || this.handlers.wantsText?.()) this.emitText(start, end, true);
  }

  private emitText(start: number, end: number, references: boolean): void {
    if (!this.handlers.wantsText?.() || !this.handlers.text) return;
    if (end - start > MAX_WANTED_TEXT) this.fail('text too long', start);
    const text = decode(this.buf, start, end, this).replace(/\r\n?/g, '\n');
    this.handlers.text(references ? resolveReferences(text) : text);
  }

  /** Validates a reference starting at `&` (offset `amp`); returns the offset after its `;`. */
  reference(amp: number, limit: number): number {
    const buf = this.buf;
    const semi = buf.indexOf(0x3b, amp + 1);
    if (semi === -1 || semi >= limit || semi - amp > 12)
      this.fail('"&" not followed by a reference ending in ";"', amp);
    const body = latin1(buf, amp + 1, semi);
    if (body.startsWith('#')) {
      const code = body.startsWith('#x') ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      const digits = body.startsWith('#x') ? /^#x[0-9a-fA-F]+$/.test(body) : /^#[0-9]+$/.test(body);
      if (!digits || !isXmlChar(code)) this.fail(`invalid character reference &${body};`, amp);
    } else if (!(body in PREDEFINED)) {
      this.fail(`undefined entity &${body}; (entities are never expanded)`, amp);
    }
    return semi + 1;
  }

  /** Handles markup starting at `lt`; returns the offset after it, or NEED_MORE. */
  private markup(lt: number, final: boolean): number {
    const buf = this.buf;
    if (lt + 1 >= buf.length) return NEED_MORE;
    const c = buf[lt + 1];
    if (c === SLASH) return this.closeTag(lt);
    if (c === QUEST) return this.processingInstruction(lt);
    if (c === BANG) return this.declaration(lt, final);
    return this.startTag(lt);
  }

  private closeTag(lt: number): number {
    const buf = this.buf;
    const gt = buf.indexOf(GT, lt + 2);
    if (gt === -1) return NEED_MORE;
    let nameEnd = this.nameEnd(lt + 2, gt);
    const name = this.names.get(buf, lt + 2, nameEnd, this);
    while (nameEnd < gt && isSpace(buf[nameEnd] as number)) nameEnd++;
    if (nameEnd !== gt || name === '') this.fail('malformed end tag', lt);
    const open = this.stack.pop();
    if (open !== name)
      this.fail(
        open === undefined ? `unexpected end tag </${name}>` : `end tag </${name}> does not match <${open}>`,
        lt,
      );
    if (this.stack.length === 0) this.rootClosed = true;
    this.handlers.close(name);
    return gt + 1;
  }

  private processingInstruction(lt: number): number {
    const end = indexOfSequence(this.buf, [QUEST, GT], lt + 2);
    if (end === -1) return NEED_MORE;
    const body = decode(this.buf, lt + 2, end, this);
    const target = /^[^\s?]+/.exec(body)?.[0] ?? '';
    if (target === '') this.fail('processing instruction without a target', lt);
    if (target.toLowerCase() === 'xml') {
      if (
        target !== 'xml' ||
        this.rootSeen ||
        this.stack.length > 0 ||
        lt !== 0 ||
        this.lineBase !== 1 ||
        this.lineStartBase !== 0
      ) {
        if (target === 'xml') this.fail('XML declaration not at the start of the document', lt);
        this.fail(`processing instruction target "${target}" is reserved`, lt);
      }
      const encoding = /encoding\s*=\s*["']([^"']*)["']/.exec(body)?.[1];
      if (encoding !== undefined && !/^(utf-?8|us-ascii|ascii)$/i.test(encoding)) {
        this.fail(`unsupported encoding "${encoding}"; write the report as UTF-8`, lt);
      }
    }
    return end + 2;
  }

  private declaration(lt: number, final: boolean): number {
    const buf = this.buf;
    if (startsWith(buf, lt, '<!--')) {
      const end = indexOfSequence(buf, [0x2d, 0x2d], lt + 4);
      if (end === -1) return NEED_MORE;
      if (buf.length <= end + 2) return final ? this.fail('unterminated comment', lt) : NEED_MORE;
      if (buf[end + 2] !== GT) this.fail('"--" inside a comment', end);
      return end + 3;
    }
    if (startsWith(buf, lt, '<![CDATA[')) {
      const end = indexOfSequence(buf, [0x5d, 0x5d, GT], lt + 9);
      if (end === -1) return NEED_MORE;
      if (this.stack.length === 0 || this.rootClosed) this.fail('CDATA outside the root element', lt);
      if (this.handlers.wantsText?.()) this.emitText(lt + 9, end, false);
      return end + 3;
    }
    if (startsWith(buf, lt, '<!DOCTYPE')) {
      if (this.rootSeen) this.fail('DOCTYPE after the root element', lt);
      return this.doctypeEnd(lt);
    }
    if (buf.length - lt < 9 && !final) return NEED_MORE;
    return this.fail('malformed markup declaration', lt);
  }

  /** Skips a DOCTYPE, including an internal subset; nothing declared in it is used. */
  private doctypeEnd(lt: number): number {
    const buf = this.buf;
    let quote = 0;
    let depth = 0;
    for (let i = lt + 9; i < buf.length; i++) {
      const c = buf[i] as number;
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === LT && startsWith(buf, i, '<!--')) {
        const end = indexOfSequence(buf, [0x2d, 0x2d, GT], i + 4);
        if (end === -1) return NEED_MORE;
        i = end + 2;
      } else if (c === QUOT || c === APOS) quote = c;
      else if (c === 0x5b) depth++;
      else if (c === 0x5d) depth--;
      else if (c === GT && depth === 0) return i + 1;
    }
    return NEED_MORE;
  }

  private startTag(lt: number): number {
    const buf = this.buf;
    const nameStart = lt + 1;
    if (!isNameStart(buf[nameStart] as number)) this.fail('malformed start tag', lt);
    const nameEnd = this.nameEnd(nameStart, buf.length);
    if (nameEnd >= buf.length) return NEED_MORE;
    const tag = this.tag;
    tag.reset(nameStart, nameEnd);
    let i = nameEnd;
    for (;;) {
      const spaceStart = i;
      while (i < buf.length && isSpace(buf[i] as number)) i++;
      if (i >= buf.length) return NEED_MORE;
      const c = buf[i] as number;
      if (c === GT) {
        i++;
        break;
      }
      if (c === SLASH) {
        if (i + 1 >= buf.length) return NEED_MORE;
        if (buf[i + 1] !== GT) this.fail('"/" not followed by ">" in a tag', i);
        tag.selfClosing = true;
        i += 2;
        break;
      }
      if (i === spaceStart) this.fail('attributes must be separated by whitespace', i);
      i = this.attribute(i);
      if (i === NEED_MORE) return NEED_MORE;
    }
    if (this.rootClosed || (this.rootSeen && this.stack.length === 0)) this.fail('a second root element', lt);
    this.rootSeen = true;
    tag.checkDuplicates();
    this.handlers.open(tag);
    if (tag.selfClosing) this.handlers.close(tag.name);
    else this.stack.push(tag.name);
    if (tag.selfClosing && this.stack.length === 0) this.rootClosed = true;
    return i;
  }

  /** Parses `name="value"` at `start`; returns the offset after it, or NEED_MORE. */
  private attribute(start: number): number {
    const buf = this.buf;
    if (!isNameStart(buf[start] as number)) this.fail('malformed attribute', start);
    const nameEnd = this.nameEnd(start, buf.length);
    let i = nameEnd;
    while (i < buf.length && isSpace(buf[i] as number)) i++;
    if (i >= buf.length) return NEED_MORE;
    if (buf[i] !== EQ) this.fail('attribute without "=value"', start);
    i++;
    while (i < buf.length && isSpace(buf[i] as number)) i++;
    if (i >= buf.length) return NEED_MORE;
    const quote = buf[i];
    if (quote !== QUOT && quote !== APOS) this.fail('attribute value must be quoted', i);
    const valueStart = i + 1;
    const valueEnd = buf.indexOf(quote, valueStart);
    if (valueEnd === -1) return NEED_MORE;
    let entities = false;
    for (let j = valueStart; j < valueEnd; j++) {
      const c = buf[j] as number;
      if (c === LT) this.fail('"<" in an attribute value', j);
      if (c === AMP) {
        entities = true;
        j = this.reference(j, valueEnd) - 1;
      } else if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) {
        this.fail(`disallowed character U+${c.toString(16).padStart(4, '0')} in an attribute value`, j);
      }
    }
    if (!this.tag.addAttribute(start, nameEnd, valueStart, valueEnd, entities))
      this.fail('too many attributes', start);
    return valueEnd + 1;
  }

  private nameEnd(start: number, limit: number): number {
    const buf = this.buf;
    let i = start;
    while (i < limit && isNameChar(buf[i] as number)) i++;
    return i;
  }
}

/** The reusable view of the current start tag. */
class Tag implements XmlTag {
  selfClosing = false;
  private nameStart = 0;
  private nameEnd = 0;
  private cachedName: string | undefined;
  /** Per attribute: name start, name end, value start, value end, has references. */
  private readonly spans = new Int32Array(MAX_ATTRIBUTES * 5);
  private count = 0;

  constructor(private readonly scanner: XmlScanner) {}

  reset(nameStart: number, nameEnd: number): void {
    this.nameStart = nameStart;
    this.nameEnd = nameEnd;
    this.cachedName = undefined;
    this.count = 0;
    this.selfClosing = false;
  }

  get name(): string {
    this.cachedName ??= this.scanner.names.get(
      this.scanner.bytes,
      this.nameStart,
      this.nameEnd,
      this.scanner,
    );
    return this.cachedName;
  }

  is(name: string): boolean {
    return equalsAscii(this.scanner.bytes, this.nameStart, this.nameEnd, name);
  }

  addAttribute(
    nameStart: number,
    nameEnd: number,
    valueStart: number,
    valueEnd: number,
    refs: boolean,
  ): boolean {
    if (this.count >= MAX_ATTRIBUTES) return false;
    const o = this.count * 5;
    this.spans[o] = nameStart;
    this.spans[o + 1] = nameEnd;
    this.spans[o + 2] = valueStart;
    this.spans[o + 3] = valueEnd;
    this.spans[o + 4] = refs ? 1 : 0;
    this.count++;
    return true;
  }

  checkDuplicates(): void {
    const buf = this.scanner.bytes;
    for (let a = 1; a < this.count; a++) {
      for (let b = 0; b < a; b++) {
        const oa = a * 5;
        const ob = b * 5;
        if (
          equalBytes(
            buf,
            this.spans[oa] as number,
            this.spans[oa + 1] as number,
            this.spans[ob] as number,
            this.spans[ob + 1] as number,
          )
        ) {
          this.scanner.fail(
            `duplicate attribute "${decode(buf, this.spans[oa] as number, this.spans[oa + 1] as number, this.scanner)}"`,
            this.spans[oa],
          );
        }
      }
    }
  }

  attribute(name: string): string | undefined {
    const o = this.find(name);
    if (o === -1) return undefined;
    const buf = this.scanner.bytes;
    const raw = decode(buf, this.spans[o + 2] as number, this.spans[o + 3] as number, this.scanner);
    // Attribute-value normalisation: literal tabs and newlines read as spaces.
    const normalised = raw.replace(/\r\n|[\t\n\r]/g, ' ');
    return this.spans[o + 4] === 1 ? resolveReferences(normalised) : normalised;
  }

  attributeIs(name: string, value: string): boolean {
    const o = this.find(name);
    return (
      o !== -1 &&
      equalsAscii(this.scanner.bytes, this.spans[o + 2] as number, this.spans[o + 3] as number, value)
    );
  }

  integer(name: string): number | undefined {
    const o = this.find(name);
    if (o === -1) return undefined;
    const buf = this.scanner.bytes;
    const start = this.spans[o + 2] as number;
    const end = this.spans[o + 3] as number;
    if (end === start || end - start > 15) return Number.NaN;
    let value = 0;
    for (let i = start; i < end; i++) {
      const c = (buf[i] as number) - 48;
      if (c < 0 || c > 9) return Number.NaN;
      value = value * 10 + c;
    }
    return value;
  }

  private find(name: string): number {
    const buf = this.scanner.bytes;
    for (let a = 0; a < this.count; a++) {
      const o = a * 5;
      if (equalsAscii(buf, this.spans[o] as number, this.spans[o + 1] as number, name)) return o;
    }
    return -1;
  }
}

/** A few distinct element names recur millions of times; keep their strings. */
class NameCache {
  private readonly names: string[] = [];

  get(buf: Uint8Array, start: number, end: number, scanner: XmlScanner): string {
    for (const name of this.names) if (equalsAscii(buf, start, end, name)) return name;
    const name = decode(buf, start, end, scanner);
    if (this.names.length < 64) this.names.push(name);
    return name;
  }
}

function resolveReferences(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (_m, body: string) => {
    if (body.startsWith('#x')) return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(Number(body.slice(1)));
    return PREDEFINED[body] ?? '';
  });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8 bytes; invalid UTF-8 is a syntax error, as XML requires. */
function decode(buf: Uint8Array, start: number, end: number, scanner: XmlScanner): string {
  let ascii = true;
  for (let i = start; i < end; i++) {
    if ((buf[i] as number) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return latin1(buf, start, end);
  try {
    return utf8.decode(buf.subarray(start, end));
  } catch {
    return scanner.fail('invalid UTF-8', start);
  }
}

function latin1(buf: Uint8Array, start: number, end: number): string {
  return Buffer.from(buf.buffer, buf.byteOffset + start, end - start).toString('latin1');
}

function equalsAscii(buf: Uint8Array, start: number, end: number, name: string): boolean {
  if (end - start !== name.length) return false;
  for (let i = 0; i < name.length; i++) if (buf[start + i] !== name.charCodeAt(i)) return false;
  return true;
}

function equalBytes(buf: Uint8Array, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false;
  for (let i = 0; i < aEnd - a; i++) if (buf[a + i] !== buf[b + i]) return false;
  return true;
}

function startsWith(buf: Uint8Array, at: number, text: string): boolean {
  if (at + text.length > buf.length) return false;
  return equalsAscii(buf, at, at + text.length, text);
}

function indexOfSequence(buf: Uint8Array, seq: number[], from: number): number {
  const first = seq[0] as number;
  for (let i = buf.indexOf(first, from); i !== -1; i = buf.indexOf(first, i + 1)) {
    if (i + seq.length > buf.length) return -1;
    let ok = true;
    for (let k = 1; k < seq.length; k++) {
      if (buf[i + k] !== seq[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return i;
  }
  return -1;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function isNameStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a || c >= 0x80;
}

function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e;
}

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}
