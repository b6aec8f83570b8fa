/**
 * A streaming, non-validating XML scanner that works on bytes, for coverage reports of hundreds
 * of megabytes. It checks well-formedness (tag balance, attribute syntax, one root, legal
 * characters and references) but expands no entity: only XML's five predefined ones and
 * character references are understood, DTD declarations are skipped, and any other reference is
 * an error (so billion-laughs and external entities cannot work). Names, attribute counts,
 * markup and wanted text are bounded.
 *
 * Why not a library: saxes, the conformant streaming parser we test against, decodes every byte
 * to UTF-16 and allocates per tag and attribute, which caps it near 30 MB/s; a coverage gate
 * must read a 500 MB Cobertura file in seconds with flat memory. Here every byte is looked at
 * once, through a class table; runs are skipped with `indexOf`; attribute values are decoded
 * only when asked for and integers are parsed straight from the bytes; element names come from
 * a small cache. Lines are not counted while scanning: an error carries its byte offset, and
 * the caller turns it into a line and column by reading the input again (`lineColumnAt`), which
 * costs nothing on the files that are well-formed.
 *
 * A scanner can also start in the middle of a document (`partial`), at a `<` that a caller
 * guessed is in element content, and stop at a given offset: that is how one large report is
 * read by several threads. It then records what it cannot judge alone (end tags of elements
 * opened before it started, content after them) for the caller to check against the part
 * before; see `PartialOutcome`.
 * `test/unit/util/xml-scanner.test.ts` checks this scanner against saxes, event for event, on
 * real reports and on thousands of mutated ones, in one chunk, cut anywhere, and split.
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
  /**
   * Calls `read` with an attribute's raw value (references not resolved, `references` says
   * whether it has any) and returns what it returns; undefined when the attribute is absent.
   * For values parsed straight from the bytes.
   */
  raw<T>(
    name: string,
    read: (bytes: Uint8Array, start: number, end: number, references: boolean) => T,
  ): T | undefined;
  /** The names of all attributes, in document order. */
  attributeNames(): string[];
  /**
   * Finds several attributes in one pass: `slots[i]` becomes the index of attribute `names[i]`,
   * or -1. For the `...At` methods, when a handler reads several attributes of many tags.
   */
  locate(names: readonly string[], slots: Int32Array): void;
  /** `integer` of the attribute at `index` (from `locate`): NaN when not digits. */
  integerAt(index: number): number;
  /** `attributeIs` of the attribute at `index`. */
  valueIsAt(index: number, value: string): boolean;
  /** `raw` of the attribute at `index`. */
  rawAt<T>(index: number, read: (bytes: Uint8Array, start: number, end: number, references: boolean) => T): T;
  readonly selfClosing: boolean;
  /** Byte offset of the tag's `<` in the whole input. */
  readonly offset: number;
}

/** What the scanner reports; `text` is decoded only while `wantsText()` is true. */
export interface XmlScanHandlers {
  open(tag: XmlTag): void;
  close(name: string): void;
  wantsText?(): boolean;
  text?(text: string): void;
  /**
   * Optional fast path for the one element a document repeats millions of times (Cobertura's
   * `<line …/>`): offered the bytes from a `<` inside the root (`buf[lt]`, valid up to `end`),
   * it may take a whole empty element it recognises by its exact bytes and return the offset
   * after its `/>`, having done what `open` and `close` would have done; or return -1 to leave
   * the markup to the scanner. It must take only a well-formed empty element: a name and
   * distinct, double-quoted attributes whose values hold printable ASCII other than `<`, `&`
   * and `"` — bytes the scanner would have accepted and passed on unchanged.
   */
  emptyElement?(buf: Uint8Array, lt: number, end: number): number;
}

/** A well-formedness error at a byte offset of the input (see `lineColumnAt`). */
export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    /** Byte offset in the whole input, a byte-order mark included. */
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Where a scanner started with `partial` ended, for the caller to join with the part before. */
export interface PartialOutcome {
  /** End tags of elements opened before the start, in order (innermost first). */
  unmatched: string[];
  /**
   * How many of `unmatched` had been seen when the last element, text or CDATA outside every
   * element opened in this part occurred (-1: none). Such content is an error when those end
   * tags closed the root.
   */
  unmatchedBeforeLastTopContent: number;
  /** Elements still open at the end, outermost first. */
  open: string[];
}

/**
 * True when parts scanned separately (the first from the document's start, the others with
 * `partial`, each ending where the next begins) make one well-formed document: the end tags a
 * part could not match close, in order, what the parts before left open; nothing stands
 * after the root; and everything is closed at the end. `sawRoot` is the first part's.
 */
export function joinPartialOutcomes(parts: readonly PartialOutcome[], sawRoot: boolean): boolean {
  const first = parts[0];
  if (!first || !sawRoot) return false;
  const stack = [...first.open];
  for (let k = 1; k < parts.length; k++) {
    const part = parts[k] as PartialOutcome;
    if (part.unmatchedBeforeLastTopContent >= stack.length) return false;
    for (const name of part.unmatched) if (stack.pop() !== name) return false;
    stack.push(...part.open);
  }
  return stack.length === 0;
}

export interface XmlScannerOptions {
  /**
   * Start inside the root element at an unknown depth (the input begins at a `<` in element
   * content, after the root's start tag); see `PartialOutcome`.
   */
  partial?: boolean;
  /** Byte offset of the first byte given to `write`, when the input does not start at 0. */
  offset?: number;
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
const SEMI = 0x3b;
const RSQB = 0x5d;
const CR = 0x0d;
const MAX_ATTRIBUTES = 256;
/** No element or attribute name in a real report is this long. */
export const MAX_NAME_BYTES = 1024;
/** No attribute value in a real report is this long (a path is a few hundred bytes). */
export const MAX_VALUE_BYTES = 1 << 16;
/** Text the handler asked for (a `<source>` path) is never this long in a real report. */
const MAX_WANTED_TEXT = 1 << 16;
/** A tag, comment or declaration longer than this is not a coverage report. */
export const MAX_MARKUP = 1 << 24;
/** Elements nested deeper than this are not a coverage report (and would only grow the stack). */
export const MAX_DEPTH = 1024;

/** The longest reference taken, `&` to `;` (`&#x10FFFF;` is 10 bytes). */
const MAX_REFERENCE = 12;

/** Why a token could not be finished: it continues in the next chunk. */
const NEED_MORE = -1;

// Byte classes.
const NAME_START = 1;
const NAME_CHAR = 2;
const SPACE = 4;
/** Bytes text must look at: `<`, `&`, `>`, `]`, control characters. */
const SPECIAL = 8;
/** Bytes an attribute value must look at: `<`, `&`, control characters. */
const VALUE_SPECIAL = 16;
const CLASS = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  const start = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a || c >= 0x80;
  const name = start || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e;
  const space = c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
  let cls = (start ? NAME_START : 0) | (name ? NAME_CHAR : 0) | (space ? SPACE : 0);
  if ((c < 0x20 && !space) || c === LT || c === AMP || c === GT || c === RSQB) cls |= SPECIAL;
  if ((c < 0x20 && !space) || c === LT || c === AMP) cls |= VALUE_SPECIAL;
  CLASS[c] = cls;
}

/** XMLDecl (XML 1.0 §2.8): version, then optional encoding and standalone, in that order. */
const XML_DECLARATION =
  /^xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(?:"1\.[0-9]+"|'1\.[0-9]+')(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(?:"([A-Za-z][A-Za-z0-9._-]*)"|'([A-Za-z][A-Za-z0-9._-]*)'))?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\r\n]*$/;

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };

/** Scans XML given as byte chunks; call `write` per chunk, then `end` (or `endPart`). */
export class XmlScanner {
  private buf: Uint8Array = new Uint8Array(0);
  private pos = 0;
  /** Offset in the whole input of `buf[0]`. */
  private base: number;
  private readonly stack: string[] = [];
  private rootSeen: boolean;
  private rootClosed = false;
  private first: boolean;
  /** Offset of the document's first byte (after a byte-order mark). */
  private documentStart = 0;
  private readonly partial: boolean;
  /** The handlers may want text (they have `wantsText` and `text`). */
  private readonly wantsText: boolean;
  private readonly unmatched: string[] = [];
  private unmatchedBeforeLastTopContent = -1;
  private readonly tag = new Tag(this);
  /** The name of the last start tag. */
  private lastName = '';
  /** Element names seen so far, so a name is decoded once, not once per element. */
  readonly names = new NameCache();
  /** The handlers' `emptyElement`, bound once (it runs for most tags of a coverage report). */
  private readonly emptyElement: ((buf: Uint8Array, lt: number, end: number) => number) | undefined;

  constructor(
    private readonly handlers: XmlScanHandlers,
    options: XmlScannerOptions = {},
  ) {
    this.partial = options.partial === true;
    this.wantsText = handlers.wantsText !== undefined && handlers.text !== undefined;
    this.emptyElement = handlers.emptyElement?.bind(handlers);
    this.rootSeen = this.partial;
    this.base = options.offset ?? 0;
    this.first = this.base === 0;
  }

  /** Feeds the next chunk. */
  write(data: Uint8Array): void {
    // One array type for every chunk (streams give Buffers, joins give Uint8Arrays): the hot
    // loops then see a single element kind.
    let chunk =
      data.constructor === Uint8Array ? data : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    if (this.first) {
      this.first = false;
      const skip = this.bomLength(chunk);
      this.base += skip;
      this.documentStart = skip;
      chunk = chunk.subarray(skip);
    }
    if (this.pos < this.buf.length) {
      const rest = this.buf.length - this.pos;
      const joined = new Uint8Array(rest + chunk.length);
      joined.set(this.buf.subarray(this.pos), 0);
      joined.set(chunk, rest);
      this.base += this.pos;
      this.buf = joined;
    } else {
      this.base += this.buf.length;
      this.buf = chunk;
    }
    this.pos = 0;
    this.scan(false);
    if (this.buf.length - this.pos > MAX_MARKUP)
      this.fail('markup too long (unterminated tag, comment or string?)');
  }

  /**
   * Scans the bytes in `view` (`view[0]` is byte `offset` of the input, which continues the
   * bytes used so far) and returns how many it used: the rest is an unfinished token, to come
   * back at the start of the next view. With `final`, no more input comes: everything must be
   * used. For a caller that manages the buffer itself (`consumeBytes`).
   */
  consume(view: Uint8Array, offset: number, final: boolean): number {
    let start = 0;
    if (this.first && view.length > 0) {
      this.first = false;
      start = this.bomLength(view);
      this.documentStart = offset + start;
    }
    this.buf = view;
    this.base = offset;
    this.pos = start;
    this.scan(final);
    if (final && this.pos < view.length) this.fail('unexpected end of input inside markup (truncated file?)');
    return this.pos;
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

  /**
   * Ends a part of the document that the next part continues at a `<` in element content: every
   * token must be complete. Returns what the caller needs to join the parts.
   */
  endPart(): PartialOutcome {
    this.scan(true);
    if (this.pos < this.buf.length) this.fail('unexpected end of input inside markup (truncated file?)');
    return {
      unmatched: [...this.unmatched],
      unmatchedBeforeLastTopContent: this.unmatchedBeforeLastTopContent,
      open: [...this.stack],
    };
  }

  /** True when the root element was seen (and, for a whole document, closed or still open). */
  get sawRoot(): boolean {
    return this.rootSeen;
  }

  /** Throws a syntax error at `offset` (relative to the current buffer). */
  fail(message: string, offset = this.pos): never {
    throw new XmlSyntaxError(message, this.base + offset);
  }

  /** The bytes currently buffered (for the tag view). */
  get bytes(): Uint8Array {
    return this.buf;
  }

  /** Offset in the whole input of `buf[0]`. */
  get bufferOffset(): number {
    return this.base;
  }

  private bomLength(chunk: Uint8Array): number {
    if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) return 3;
    if ((chunk[0] === 0xfe && chunk[1] === 0xff) || (chunk[0] === 0xff && chunk[1] === 0xfe)) {
      throw new XmlSyntaxError('UTF-16 is not supported; write the report as UTF-8', 0);
    }
    return 0;
  }

  private scan(final: boolean): void {
    const buf = this.buf;
    const n = buf.length;
    let pos = this.pos;
    for (;;) {
      // Element content of a coverage report is indentation: walk it here, without a call.
      let i = pos;
      while (i < n && (CLASS[buf[i] as number] as number) & SPACE) i++;
      let lt: number;
      if (i < n && buf[i] === LT) {
        lt = i;
        if (i > pos && this.wantsText && this.handlers.wantsText?.()) this.text(pos, lt);
      } else {
        lt = buf.indexOf(LT, i);
        const textEnd = lt === -1 ? n : lt;
        if (textEnd > pos) {
          // Keep a trailing "&...", "]" or CR for the next chunk: the token may continue there.
          const end = lt === -1 && !final ? this.safeTextEnd(pos, textEnd) : textEnd;
          this.pos = pos;
          this.text(pos, end);
          pos = end;
        }
      }
      if (lt === -1) {
        this.pos = pos;
        return;
      }
      // Inside the root, where an empty element opens and closes nothing the stack tracks.
      if (this.emptyElement && this.stack.length > 0) {
        const after = this.emptyElement(buf, lt, n);
        if (after !== -1) {
          pos = after;
          this.pos = after;
          continue;
        }
      }
      this.pos = lt;
      const next = this.markup(lt, final);
      if (next === NEED_MORE) {
        if (final) this.fail('unexpected end of input inside markup (truncated file?)', lt);
        return;
      }
      pos = next;
      this.pos = next;
    }
  }

  private safeTextEnd(start: number, end: number): number {
    const buf = this.buf;
    let cut = end;
    // Only a reference that starts in the last MAX_REFERENCE bytes can still be finished by the
    // next chunk (`reference` refuses longer ones), so only they are looked for: a search back
    // through the whole chunk cost a pass over every chunk that ends between two tags.
    let amp = end - 1;
    while (amp >= start && amp >= end - MAX_REFERENCE && buf[amp] !== AMP) amp--;
    if (amp >= start && amp >= end - MAX_REFERENCE && buf.indexOf(SEMI, amp) === -1) cut = amp;
    while (cut > start && (buf[cut - 1] === RSQB || buf[cut - 1] === CR)) cut--;
    return cut;
  }

  /** Character data between markup: checked, and decoded only when the handler wants it. */
  private text(start: number, end: number): void {
    const buf = this.buf;
    let onlySpace = true;
    for (let i = start; i < end; i++) {
      const c = buf[i] as number;
      const cls = CLASS[c] as number;
      if (cls & SPACE) continue;
      onlySpace = false;
      if ((cls & SPECIAL) === 0) continue;
      if (c < 0x20) this.fail(`disallowed character U+${c.toString(16).padStart(4, '0')} in text`, i);
      if (c === AMP) i = this.reference(i, end) - 1;
      else if (c === GT && i >= start + 2 && buf[i - 1] === RSQB && buf[i - 2] === RSQB)
        this.fail('"]]>" in text', i);
    }
    if (!onlySpace) this.topContent(start, 'text outside the root element');
    if (!onlySpace || this.handlers.wantsText?.()) this.emitText(start, end, true);
  }

  /** Content (an element, text, CDATA) outside the elements this scanner saw open. */
  private topContent(at: number, message: string): void {
    if (this.stack.length > 0) return;
    if (this.partial) this.unmatchedBeforeLastTopContent = this.unmatched.length;
    else this.fail(message, at);
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
    const semi = buf.indexOf(SEMI, amp + 1);
    if (semi === -1 || semi >= limit || semi - amp > MAX_REFERENCE)
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
    return ((CLASS[c as number] as number) & NAME_START) !== 0 ? this.startTag(lt) : this.startTagChecked(lt);
  }

  private closeTag(lt: number): number {
    const buf = this.buf;
    const gt = buf.indexOf(GT, lt + 2);
    if (gt === -1) return NEED_MORE;
    const nameStart = lt + 2;
    let nameEnd = this.nameEnd(nameStart, gt);
    const open = this.stack[this.stack.length - 1];
    // The usual case: the name is the open element's, byte for byte.
    const name =
      open !== undefined && equalsAscii(buf, nameStart, nameEnd, open)
        ? open
        : this.names.get(buf, nameStart, nameEnd, this);
    while (nameEnd < gt && (CLASS[buf[nameEnd] as number] as number) & SPACE) nameEnd++;
    if (nameEnd !== gt || name === '') this.fail('malformed end tag', lt);
    if (open === undefined && this.partial) {
      this.unmatched.push(name);
    } else {
      this.stack.pop();
      if (open !== name)
        this.fail(
          open === undefined
            ? `unexpected end tag </${name}>`
            : `end tag </${name}> does not match <${open}>`,
          lt,
        );
      if (this.stack.length === 0 && !this.partial) this.rootClosed = true;
    }
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
        this.base + lt !== this.documentStart
      ) {
        if (target === 'xml') this.fail('XML declaration not at the start of the document', lt);
        this.fail(`processing instruction target "${target}" is reserved`, lt);
      }
      const declaration = XML_DECLARATION.exec(body);
      if (!declaration) this.fail('malformed XML declaration', lt);
      const encoding = declaration[1] ?? declaration[2];
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
      const end = indexOfSequence(buf, [RSQB, RSQB, GT], lt + 9);
      if (end === -1) return NEED_MORE;
      if (this.rootClosed) this.fail('CDATA outside the root element', lt);
      this.topContent(lt, 'CDATA outside the root element');
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
      else if (c === RSQB) depth--;
      else if (c === GT && depth === 0) return i + 1;
    }
    return NEED_MORE;
  }

  /**
   * A start tag, the way nearly all of them look: names, `name="value"` attributes with nothing
   * to check in the value, all in this buffer. Anything else (and every error) is left to
   * `startTagChecked`, which reads the tag again from `lt`.
   */
  // eslint-disable-next-line max-lines-per-function -- the scanner's hot loop, kept whole: moving its tail into a method measured ~2% slower
  private startTag(lt: number): number {
    const buf = this.buf;
    const n = buf.length;
    let j = lt + 2;
    while (j < n && (CLASS[buf[j] as number] as number) & NAME_CHAR) j++;
    const nameEnd = j;
    if (nameEnd - lt - 1 > MAX_NAME_BYTES) return this.startTagChecked(lt);
    const spans = this.tag.spans;
    let count = 0;
    let selfClosing = false;
    for (;;) {
      const spaceStart = j;
      while (j < n && (CLASS[buf[j] as number] as number) & SPACE) j++;
      if (j >= n) return this.startTagChecked(lt);
      const c = buf[j] as number;
      if (c === GT) {
        j++;
        break;
      }
      if (c === SLASH) {
        if (buf[j + 1] !== GT) return this.startTagChecked(lt);
        selfClosing = true;
        j += 2;
        break;
      }
      if (j === spaceStart || ((CLASS[c] as number) & NAME_START) === 0 || count >= MAX_ATTRIBUTES)
        return this.startTagChecked(lt);
      const attributeStart = j;
      j++;
      while (j < n && (CLASS[buf[j] as number] as number) & NAME_CHAR) j++;
      const attributeEnd = j;
      if (attributeEnd - attributeStart > MAX_NAME_BYTES) return this.startTagChecked(lt);
      while (j < n && (CLASS[buf[j] as number] as number) & SPACE) j++;
      if (buf[j] !== EQ) return this.startTagChecked(lt);
      j++;
      while (j < n && (CLASS[buf[j] as number] as number) & SPACE) j++;
      const quote = buf[j];
      if (quote !== QUOT && quote !== APOS) return this.startTagChecked(lt);
      const valueStart = ++j;
      const limit = Math.min(n, valueStart + MAX_VALUE_BYTES);
      for (;;) {
        if (j >= limit) return this.startTagChecked(lt);
        const b = buf[j] as number;
        if (b === quote) break;
        if ((CLASS[b] as number) & VALUE_SPECIAL) return this.startTagChecked(lt);
        j++;
      }
      const o = count * 5;
      spans[o] = attributeStart;
      spans[o + 1] = attributeEnd;
      spans[o + 2] = valueStart;
      spans[o + 3] = j;
      spans[o + 4] = 0;
      count++;
      j++;
    }
    const tag = this.tag;
    tag.reset(buf, lt, lt + 1, nameEnd);
    tag.count = count;
    tag.selfClosing = selfClosing;
    // Most tags repeat the previous tag's name: reuse its string.
    const last = this.lastName;
    if (nameEnd - lt - 1 === last.length && equalsAscii(buf, lt + 1, nameEnd, last)) tag.knownName = last;
    return this.openTag(lt, j);
  }

  /** `startTag` for the tags it does not take: every check, with its error. */
  private startTagChecked(lt: number): number {
    const buf = this.buf;
    const n = buf.length;
    const nameStart = lt + 1;
    if (((CLASS[buf[nameStart] as number] as number) & NAME_START) === 0)
      this.fail('malformed start tag', lt);
    const nameEnd = this.nameEnd(nameStart, n);
    if (nameEnd >= n) return NEED_MORE;
    const tag = this.tag;
    tag.reset(buf, lt, nameStart, nameEnd);
    let i = nameEnd;
    for (;;) {
      const spaceStart = i;
      while (i < n && (CLASS[buf[i] as number] as number) & SPACE) i++;
      if (i >= n) return NEED_MORE;
      const c = buf[i] as number;
      if (c === GT) {
        i++;
        break;
      }
      if (c === SLASH) {
        if (i + 1 >= n) return NEED_MORE;
        if (buf[i + 1] !== GT) this.fail('"/" not followed by ">" in a tag', i);
        tag.selfClosing = true;
        i += 2;
        break;
      }
      if (i === spaceStart) this.fail('attributes must be separated by whitespace', i);
      i = this.attribute(i);
      if (i === NEED_MORE) return NEED_MORE;
    }
    return this.openTag(lt, i);
  }

  /** Checks where a parsed start tag may stand and hands it over; returns `end`. */
  private openTag(lt: number, end: number): number {
    const tag = this.tag;
    if (this.partial) {
      if (this.stack.length === 0) this.unmatchedBeforeLastTopContent = this.unmatched.length;
    } else if (this.rootClosed || (this.rootSeen && this.stack.length === 0)) {
      this.fail('a second root element', lt);
    }
    this.rootSeen = true;
    if (tag.count > 1) tag.checkDuplicates();
    this.handlers.open(tag);
    this.lastName = tag.name;
    if (tag.selfClosing) {
      this.handlers.close(tag.name);
      if (this.stack.length === 0 && !this.partial) this.rootClosed = true;
    } else {
      if (this.stack.length >= MAX_DEPTH) this.fail(`elements nested deeper than ${MAX_DEPTH} levels`, lt);
      this.stack.push(tag.name);
    }
    return end;
  }

  /** Parses `name="value"` at `start`; returns the offset after it, or NEED_MORE. */
  private attribute(start: number): number {
    const buf = this.buf;
    const n = buf.length;
    if (((CLASS[buf[start] as number] as number) & NAME_START) === 0) this.fail('malformed attribute', start);
    const nameEnd = this.nameEnd(start, n);
    let i = nameEnd;
    while (i < n && (CLASS[buf[i] as number] as number) & SPACE) i++;
    if (i >= n) return NEED_MORE;
    if (buf[i] !== EQ) this.fail('attribute without "=value"', start);
    i++;
    while (i < n && (CLASS[buf[i] as number] as number) & SPACE) i++;
    if (i >= n) return NEED_MORE;
    const quote = buf[i];
    if (quote !== QUOT && quote !== APOS) this.fail('attribute value must be quoted', i);
    const valueStart = i + 1;
    let j = valueStart;
    let special = -1;
    const limit = Math.min(n, valueStart + MAX_VALUE_BYTES + 1);
    while (j < limit) {
      const c = buf[j] as number;
      if (c === quote) break;
      if (special === -1 && (CLASS[c] as number) & SPECIAL && c !== GT && c !== RSQB) special = j;
      j++;
    }
    if (j - valueStart > MAX_VALUE_BYTES)
      this.fail(`attribute value longer than ${MAX_VALUE_BYTES / 1024} KiB`, valueStart);
    if (j >= n) return NEED_MORE;
    const valueEnd = j;
    let entities = false;
    if (special !== -1) entities = this.checkValue(special, valueEnd);
    if (!this.tag.addAttribute(start, nameEnd, valueStart, valueEnd, entities))
      this.fail('too many attributes', start);
    return valueEnd + 1;
  }

  /** Checks an attribute value from its first special byte; true when it has references. */
  private checkValue(from: number, valueEnd: number): boolean {
    const buf = this.buf;
    let entities = false;
    for (let j = from; j < valueEnd; j++) {
      const c = buf[j] as number;
      if (c === LT) this.fail('"<" in an attribute value', j);
      if (c === AMP) {
        entities = true;
        j = this.reference(j, valueEnd) - 1;
      } else if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) {
        this.fail(`disallowed character U+${c.toString(16).padStart(4, '0')} in an attribute value`, j);
      }
    }
    return entities;
  }

  private nameEnd(start: number, limit: number): number {
    const buf = this.buf;
    let i = start;
    while (i < limit && (CLASS[buf[i] as number] as number) & NAME_CHAR) i++;
    if (i - start > MAX_NAME_BYTES) this.fail(`name longer than ${MAX_NAME_BYTES} bytes`, start);
    return i;
  }
}

/** The reusable view of the current start tag. */
class Tag implements XmlTag {
  selfClosing = false;
  private start = 0;
  private nameStart = 0;
  private nameEnd = 0;
  private cachedName: string | undefined;
  /** The scanner's buffer while the tag is valid. */
  private buf: Uint8Array = new Uint8Array(0);
  /** Per attribute: name start, name end, value start, value end, has references. */
  readonly spans = new Int32Array(MAX_ATTRIBUTES * 5);
  count = 0;

  constructor(private readonly scanner: XmlScanner) {}

  set knownName(name: string) {
    this.cachedName = name;
  }

  reset(buf: Uint8Array, start: number, nameStart: number, nameEnd: number): void {
    this.buf = buf;
    this.start = start;
    this.nameStart = nameStart;
    this.nameEnd = nameEnd;
    this.cachedName = undefined;
    this.count = 0;
    this.selfClosing = false;
  }

  get offset(): number {
    return this.scanner.bufferOffset + this.start;
  }

  get name(): string {
    this.cachedName ??= this.scanner.names.get(this.buf, this.nameStart, this.nameEnd, this.scanner);
    return this.cachedName;
  }

  is(name: string): boolean {
    return equalsAscii(this.buf, this.nameStart, this.nameEnd, name);
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
    const spans = this.spans;
    spans[o] = nameStart;
    spans[o + 1] = nameEnd;
    spans[o + 2] = valueStart;
    spans[o + 3] = valueEnd;
    spans[o + 4] = refs ? 1 : 0;
    this.count++;
    return true;
  }

  checkDuplicates(): void {
    const buf = this.buf;
    const spans = this.spans;
    for (let a = 1; a < this.count; a++) {
      const oa = a * 5;
      const start = spans[oa] as number;
      const length = (spans[oa + 1] as number) - start;
      for (let b = 0; b < a; b++) {
        const ob = b * 5;
        const other = spans[ob] as number;
        if ((spans[ob + 1] as number) - other !== length || buf[other] !== buf[start]) continue;
        if (equalBytes(buf, start, start + length, other, other + length)) {
          this.scanner.fail(
            `duplicate attribute "${decode(buf, spans[oa] as number, spans[oa + 1] as number, this.scanner)}"`,
            spans[oa],
          );
        }
      }
    }
  }

  attribute(name: string): string | undefined {
    const o = this.find(name);
    if (o === -1) return undefined;
    const buf = this.buf;
    const raw = decode(buf, this.spans[o + 2] as number, this.spans[o + 3] as number, this.scanner);
    // Attribute-value normalisation: literal tabs and newlines read as spaces.
    const normalised = raw.replace(/\r\n|[\t\n\r]/g, ' ');
    return this.spans[o + 4] === 1 ? resolveReferences(normalised) : normalised;
  }

  attributeNames(): string[] {
    const names: string[] = [];
    for (let a = 0; a < this.count; a++) {
      names.push(
        decode(this.buf, this.spans[a * 5] as number, this.spans[a * 5 + 1] as number, this.scanner),
      );
    }
    return names;
  }

  locate(names: readonly string[], slots: Int32Array): void {
    slots.fill(-1);
    const buf = this.buf;
    const spans = this.spans;
    for (let a = 0; a < this.count; a++) {
      const start = spans[a * 5] as number;
      const length = (spans[a * 5 + 1] as number) - start;
      const first = buf[start];
      for (let i = 0; i < names.length; i++) {
        const name = names[i] as string;
        if (
          name.length === length &&
          name.charCodeAt(0) === first &&
          equalsAscii(buf, start, start + length, name)
        ) {
          if (slots[i] === -1) slots[i] = a;
          break;
        }
      }
    }
  }

  integerAt(index: number): number {
    const start = this.spans[index * 5 + 2] as number;
    const end = this.spans[index * 5 + 3] as number;
    if (end === start || end - start > 15) return Number.NaN;
    const buf = this.buf;
    let value = 0;
    for (let i = start; i < end; i++) {
      const c = (buf[i] as number) - 48;
      if (c < 0 || c > 9) return Number.NaN;
      value = value * 10 + c;
    }
    return value;
  }

  valueIsAt(index: number, value: string): boolean {
    return equalsAscii(
      this.buf,
      this.spans[index * 5 + 2] as number,
      this.spans[index * 5 + 3] as number,
      value,
    );
  }

  rawAt<T>(
    index: number,
    read: (bytes: Uint8Array, start: number, end: number, references: boolean) => T,
  ): T {
    const o = index * 5;
    return read(this.buf, this.spans[o + 2] as number, this.spans[o + 3] as number, this.spans[o + 4] === 1);
  }

  attributeIs(name: string, value: string): boolean {
    const o = this.find(name);
    return o !== -1 && equalsAscii(this.buf, this.spans[o + 2] as number, this.spans[o + 3] as number, value);
  }

  raw<T>(
    name: string,
    read: (bytes: Uint8Array, start: number, end: number, references: boolean) => T,
  ): T | undefined {
    const o = this.find(name);
    if (o === -1) return undefined;
    return read(this.buf, this.spans[o + 2] as number, this.spans[o + 3] as number, this.spans[o + 4] === 1);
  }

  integer(name: string): number | undefined {
    const o = this.find(name);
    if (o === -1) return undefined;
    const buf = this.buf;
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
    const buf = this.buf;
    const spans = this.spans;
    const length = name.length;
    const first = name.charCodeAt(0);
    for (let a = 0; a < this.count; a++) {
      const o = a * 5;
      const start = spans[o] as number;
      if ((spans[o + 1] as number) - start !== length || buf[start] !== first) continue;
      if (equalsAscii(buf, start, start + length, name)) return o;
    }
    return -1;
  }
}

/** A few distinct element names recur millions of times; keep their strings, one slot per shape. */
class NameCache {
  private readonly slots: Array<string | undefined> = new Array<string | undefined>(64).fill(undefined);

  get(buf: Uint8Array, start: number, end: number, scanner: XmlScanner): string {
    const length = end - start;
    if (length === 0) return '';
    const slot = (length * 7 + (buf[start] as number) * 3 + (buf[end - 1] as number)) & 63;
    const cached = this.slots[slot];
    if (cached !== undefined && equalsAscii(buf, start, end, cached)) return cached;
    const name = decode(buf, start, end, scanner);
    this.slots[slot] = name;
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
