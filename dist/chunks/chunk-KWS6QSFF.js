import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  MAX_MEMBER_CHARS,
  consumeBytes,
  jsonShapeError,
  readByteChunks,
  readTextChunks,
  streamJsonEntries
} from "./chunk-37ENVNE3.js";
import {
  MAX_LINE_BYTES,
  PositionedError,
  forEachByteLine,
  resolvingPositions,
  utf8Text
} from "./chunk-6FUKT7O5.js";
import {
  InputError,
  UserError
} from "./chunk-JB365UXO.js";

// src/util/xml-scanner.ts
var XmlSyntaxError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
function joinPartialOutcomes(parts, sawRoot) {
  const first = parts[0];
  if (!first || !sawRoot) return false;
  const stack = [...first.open];
  for (let k = 1; k < parts.length; k++) {
    const part = parts[k];
    if (part.unmatchedBeforeLastTopContent >= stack.length) return false;
    for (const name of part.unmatched) if (stack.pop() !== name) return false;
    stack.push(...part.open);
  }
  return stack.length === 0;
}
var LT = 60;
var GT = 62;
var AMP = 38;
var SLASH = 47;
var QUEST = 63;
var BANG = 33;
var EQ = 61;
var QUOT = 34;
var APOS = 39;
var SEMI = 59;
var RSQB = 93;
var CR = 13;
var MAX_ATTRIBUTES = 256;
var MAX_NAME_BYTES = 1024;
var MAX_VALUE_BYTES = 1 << 16;
var MAX_WANTED_TEXT = 1 << 16;
var MAX_MARKUP = 1 << 24;
var MAX_DEPTH = 1024;
var NEED_MORE = -1;
var NAME_START = 1;
var NAME_CHAR = 2;
var SPACE = 4;
var SPECIAL = 8;
var VALUE_SPECIAL = 16;
var CLASS = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  const start = c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95 || c === 58 || c >= 128;
  const name = start || c >= 48 && c <= 57 || c === 45 || c === 46;
  const space = c === 32 || c === 10 || c === 13 || c === 9;
  let cls = (start ? NAME_START : 0) | (name ? NAME_CHAR : 0) | (space ? SPACE : 0);
  if (c < 32 && !space || c === LT || c === AMP || c === GT || c === RSQB) cls |= SPECIAL;
  if (c < 32 && !space || c === LT || c === AMP) cls |= VALUE_SPECIAL;
  CLASS[c] = cls;
}
var XML_DECLARATION = /^xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(?:"1\.[0-9]+"|'1\.[0-9]+')(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(?:"([A-Za-z][A-Za-z0-9._-]*)"|'([A-Za-z][A-Za-z0-9._-]*)'))?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\r\n]*$/;
var PREDEFINED = { lt: "<", gt: ">", amp: "&", apos: "'", quot: '"' };
var XmlScanner = class {
  constructor(handlers, options = {}) {
    this.handlers = handlers;
    this.partial = options.partial === true;
    this.wantsText = handlers.wantsText !== void 0 && handlers.text !== void 0;
    this.rootSeen = this.partial;
    this.base = options.offset ?? 0;
    this.first = this.base === 0;
  }
  handlers;
  buf = new Uint8Array(0);
  pos = 0;
  /** Offset in the whole input of `buf[0]`. */
  base;
  stack = [];
  rootSeen;
  rootClosed = false;
  first;
  /** Offset of the document's first byte (after a byte-order mark). */
  documentStart = 0;
  partial;
  /** The handlers may want text (they have `wantsText` and `text`). */
  wantsText;
  unmatched = [];
  unmatchedBeforeLastTopContent = -1;
  tag = new Tag(this);
  /** The name of the last start tag. */
  lastName = "";
  /** Element names seen so far, so a name is decoded once, not once per element. */
  names = new NameCache();
  /** Feeds the next chunk. */
  write(data) {
    let chunk = data.constructor === Uint8Array ? data : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
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
      this.fail("markup too long (unterminated tag, comment or string?)");
  }
  /**
   * Scans the bytes in `view` (`view[0]` is byte `offset` of the input, which continues the
   * bytes used so far) and returns how many it used: the rest is an unfinished token, to come
   * back at the start of the next view. With `final`, no more input comes: everything must be
   * used. For a caller that manages the buffer itself (`consumeBytes`).
   */
  consume(view, offset, final) {
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
    if (final && this.pos < view.length) this.fail("unexpected end of input inside markup (truncated file?)");
    return this.pos;
  }
  /** Ends the document: everything must be closed. */
  end() {
    this.scan(true);
    if (this.pos < this.buf.length) this.fail("unexpected end of input inside markup (truncated file?)");
    if (this.stack.length > 0)
      this.fail(
        `unexpected end of input: <${this.stack[this.stack.length - 1] ?? ""}> is not closed (truncated file?)`
      );
    if (!this.rootSeen) this.fail("no root element");
  }
  /**
   * Ends a part of the document that the next part continues at a `<` in element content: every
   * token must be complete. Returns what the caller needs to join the parts.
   */
  endPart() {
    this.scan(true);
    if (this.pos < this.buf.length) this.fail("unexpected end of input inside markup (truncated file?)");
    return {
      unmatched: [...this.unmatched],
      unmatchedBeforeLastTopContent: this.unmatchedBeforeLastTopContent,
      open: [...this.stack]
    };
  }
  /** True when the root element was seen (and, for a whole document, closed or still open). */
  get sawRoot() {
    return this.rootSeen;
  }
  /** Throws a syntax error at `offset` (relative to the current buffer). */
  fail(message, offset = this.pos) {
    throw new XmlSyntaxError(message, this.base + offset);
  }
  /** The bytes currently buffered (for the tag view). */
  get bytes() {
    return this.buf;
  }
  /** Offset in the whole input of `buf[0]`. */
  get bufferOffset() {
    return this.base;
  }
  bomLength(chunk) {
    if (chunk[0] === 239 && chunk[1] === 187 && chunk[2] === 191) return 3;
    if (chunk[0] === 254 && chunk[1] === 255 || chunk[0] === 255 && chunk[1] === 254) {
      throw new XmlSyntaxError("UTF-16 is not supported; write the report as UTF-8", 0);
    }
    return 0;
  }
  scan(final) {
    const buf = this.buf;
    const n = buf.length;
    let pos = this.pos;
    for (; ; ) {
      let i = pos;
      while (i < n && CLASS[buf[i]] & SPACE) i++;
      let lt;
      if (i < n && buf[i] === LT) {
        lt = i;
        if (i > pos && this.wantsText && this.handlers.wantsText?.()) this.text(pos, lt);
      } else {
        lt = buf.indexOf(LT, i);
        const textEnd = lt === -1 ? n : lt;
        if (textEnd > pos) {
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
      this.pos = lt;
      const next = this.markup(lt, final);
      if (next === NEED_MORE) {
        if (final) this.fail("unexpected end of input inside markup (truncated file?)", lt);
        return;
      }
      pos = next;
      this.pos = next;
    }
  }
  safeTextEnd(start, end) {
    const buf = this.buf;
    let cut = end;
    const amp = buf.lastIndexOf(AMP, end - 1);
    if (amp !== -1 && amp >= start && buf.indexOf(SEMI, amp) === -1) cut = amp;
    while (cut > start && (buf[cut - 1] === RSQB || buf[cut - 1] === CR)) cut--;
    return cut;
  }
  /** Character data between markup: checked, and decoded only when the handler wants it. */
  text(start, end) {
    const buf = this.buf;
    let onlySpace = true;
    for (let i = start; i < end; i++) {
      const c = buf[i];
      const cls = CLASS[c];
      if (cls & SPACE) continue;
      onlySpace = false;
      if ((cls & SPECIAL) === 0) continue;
      if (c < 32) this.fail(`disallowed character U+${c.toString(16).padStart(4, "0")} in text`, i);
      if (c === AMP) i = this.reference(i, end) - 1;
      else if (c === GT && i >= start + 2 && buf[i - 1] === RSQB && buf[i - 2] === RSQB)
        this.fail('"]]>" in text', i);
    }
    if (!onlySpace) this.topContent(start, "text outside the root element");
    if (!onlySpace || this.handlers.wantsText?.()) this.emitText(start, end, true);
  }
  /** Content (an element, text, CDATA) outside the elements this scanner saw open. */
  topContent(at, message) {
    if (this.stack.length > 0) return;
    if (this.partial) this.unmatchedBeforeLastTopContent = this.unmatched.length;
    else this.fail(message, at);
  }
  emitText(start, end, references) {
    if (!this.handlers.wantsText?.() || !this.handlers.text) return;
    if (end - start > MAX_WANTED_TEXT) this.fail("text too long", start);
    const text = decode(this.buf, start, end, this).replace(/\r\n?/g, "\n");
    this.handlers.text(references ? resolveReferences(text) : text);
  }
  /** Validates a reference starting at `&` (offset `amp`); returns the offset after its `;`. */
  reference(amp, limit) {
    const buf = this.buf;
    const semi = buf.indexOf(SEMI, amp + 1);
    if (semi === -1 || semi >= limit || semi - amp > 12)
      this.fail('"&" not followed by a reference ending in ";"', amp);
    const body = latin1(buf, amp + 1, semi);
    if (body.startsWith("#")) {
      const code = body.startsWith("#x") ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      const digits = body.startsWith("#x") ? /^#x[0-9a-fA-F]+$/.test(body) : /^#[0-9]+$/.test(body);
      if (!digits || !isXmlChar(code)) this.fail(`invalid character reference &${body};`, amp);
    } else if (!(body in PREDEFINED)) {
      this.fail(`undefined entity &${body}; (entities are never expanded)`, amp);
    }
    return semi + 1;
  }
  /** Handles markup starting at `lt`; returns the offset after it, or NEED_MORE. */
  markup(lt, final) {
    const buf = this.buf;
    if (lt + 1 >= buf.length) return NEED_MORE;
    const c = buf[lt + 1];
    if (c === SLASH) return this.closeTag(lt);
    if (c === QUEST) return this.processingInstruction(lt);
    if (c === BANG) return this.declaration(lt, final);
    return (CLASS[c] & NAME_START) !== 0 ? this.startTag(lt) : this.startTagChecked(lt);
  }
  closeTag(lt) {
    const buf = this.buf;
    const gt = buf.indexOf(GT, lt + 2);
    if (gt === -1) return NEED_MORE;
    const nameStart = lt + 2;
    let nameEnd = this.nameEnd(nameStart, gt);
    const open = this.stack[this.stack.length - 1];
    const name = open !== void 0 && equalsAscii(buf, nameStart, nameEnd, open) ? open : this.names.get(buf, nameStart, nameEnd, this);
    while (nameEnd < gt && CLASS[buf[nameEnd]] & SPACE) nameEnd++;
    if (nameEnd !== gt || name === "") this.fail("malformed end tag", lt);
    if (open === void 0 && this.partial) {
      this.unmatched.push(name);
    } else {
      this.stack.pop();
      if (open !== name)
        this.fail(
          open === void 0 ? `unexpected end tag </${name}>` : `end tag </${name}> does not match <${open}>`,
          lt
        );
      if (this.stack.length === 0 && !this.partial) this.rootClosed = true;
    }
    this.handlers.close(name);
    return gt + 1;
  }
  processingInstruction(lt) {
    const end = indexOfSequence(this.buf, [QUEST, GT], lt + 2);
    if (end === -1) return NEED_MORE;
    const body = decode(this.buf, lt + 2, end, this);
    const target = /^[^\s?]+/.exec(body)?.[0] ?? "";
    if (target === "") this.fail("processing instruction without a target", lt);
    if (target.toLowerCase() === "xml") {
      if (target !== "xml" || this.rootSeen || this.stack.length > 0 || this.base + lt !== this.documentStart) {
        if (target === "xml") this.fail("XML declaration not at the start of the document", lt);
        this.fail(`processing instruction target "${target}" is reserved`, lt);
      }
      const declaration = XML_DECLARATION.exec(body);
      if (!declaration) this.fail("malformed XML declaration", lt);
      const encoding = declaration[1] ?? declaration[2];
      if (encoding !== void 0 && !/^(utf-?8|us-ascii|ascii)$/i.test(encoding)) {
        this.fail(`unsupported encoding "${encoding}"; write the report as UTF-8`, lt);
      }
    }
    return end + 2;
  }
  declaration(lt, final) {
    const buf = this.buf;
    if (startsWith(buf, lt, "<!--")) {
      const end = indexOfSequence(buf, [45, 45], lt + 4);
      if (end === -1) return NEED_MORE;
      if (buf.length <= end + 2) return final ? this.fail("unterminated comment", lt) : NEED_MORE;
      if (buf[end + 2] !== GT) this.fail('"--" inside a comment', end);
      return end + 3;
    }
    if (startsWith(buf, lt, "<![CDATA[")) {
      const end = indexOfSequence(buf, [RSQB, RSQB, GT], lt + 9);
      if (end === -1) return NEED_MORE;
      if (this.rootClosed) this.fail("CDATA outside the root element", lt);
      this.topContent(lt, "CDATA outside the root element");
      if (this.handlers.wantsText?.()) this.emitText(lt + 9, end, false);
      return end + 3;
    }
    if (startsWith(buf, lt, "<!DOCTYPE")) {
      if (this.rootSeen) this.fail("DOCTYPE after the root element", lt);
      return this.doctypeEnd(lt);
    }
    if (buf.length - lt < 9 && !final) return NEED_MORE;
    return this.fail("malformed markup declaration", lt);
  }
  /** Skips a DOCTYPE, including an internal subset; nothing declared in it is used. */
  doctypeEnd(lt) {
    const buf = this.buf;
    let quote = 0;
    let depth = 0;
    for (let i = lt + 9; i < buf.length; i++) {
      const c = buf[i];
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === LT && startsWith(buf, i, "<!--")) {
        const end = indexOfSequence(buf, [45, 45, GT], i + 4);
        if (end === -1) return NEED_MORE;
        i = end + 2;
      } else if (c === QUOT || c === APOS) quote = c;
      else if (c === 91) depth++;
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
  startTag(lt) {
    const buf = this.buf;
    const n = buf.length;
    let j = lt + 2;
    while (j < n && CLASS[buf[j]] & NAME_CHAR) j++;
    const nameEnd = j;
    if (nameEnd - lt - 1 > MAX_NAME_BYTES) return this.startTagChecked(lt);
    const spans = this.tag.spans;
    let count = 0;
    let selfClosing = false;
    for (; ; ) {
      const spaceStart = j;
      while (j < n && CLASS[buf[j]] & SPACE) j++;
      if (j >= n) return this.startTagChecked(lt);
      const c = buf[j];
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
      if (j === spaceStart || (CLASS[c] & NAME_START) === 0 || count >= MAX_ATTRIBUTES)
        return this.startTagChecked(lt);
      const attributeStart = j;
      j++;
      while (j < n && CLASS[buf[j]] & NAME_CHAR) j++;
      const attributeEnd = j;
      if (attributeEnd - attributeStart > MAX_NAME_BYTES) return this.startTagChecked(lt);
      while (j < n && CLASS[buf[j]] & SPACE) j++;
      if (buf[j] !== EQ) return this.startTagChecked(lt);
      j++;
      while (j < n && CLASS[buf[j]] & SPACE) j++;
      const quote = buf[j];
      if (quote !== QUOT && quote !== APOS) return this.startTagChecked(lt);
      const valueStart = ++j;
      const limit = Math.min(n, valueStart + MAX_VALUE_BYTES);
      for (; ; ) {
        if (j >= limit) return this.startTagChecked(lt);
        const b = buf[j];
        if (b === quote) break;
        if (CLASS[b] & VALUE_SPECIAL) return this.startTagChecked(lt);
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
    const last = this.lastName;
    if (nameEnd - lt - 1 === last.length && equalsAscii(buf, lt + 1, nameEnd, last)) tag.knownName = last;
    return this.openTag(lt, j);
  }
  /** `startTag` for the tags it does not take: every check, with its error. */
  startTagChecked(lt) {
    const buf = this.buf;
    const n = buf.length;
    const nameStart = lt + 1;
    if ((CLASS[buf[nameStart]] & NAME_START) === 0)
      this.fail("malformed start tag", lt);
    const nameEnd = this.nameEnd(nameStart, n);
    if (nameEnd >= n) return NEED_MORE;
    const tag = this.tag;
    tag.reset(buf, lt, nameStart, nameEnd);
    let i = nameEnd;
    for (; ; ) {
      const spaceStart = i;
      while (i < n && CLASS[buf[i]] & SPACE) i++;
      if (i >= n) return NEED_MORE;
      const c = buf[i];
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
      if (i === spaceStart) this.fail("attributes must be separated by whitespace", i);
      i = this.attribute(i);
      if (i === NEED_MORE) return NEED_MORE;
    }
    return this.openTag(lt, i);
  }
  /** Checks where a parsed start tag may stand and hands it over; returns `end`. */
  openTag(lt, end) {
    const tag = this.tag;
    if (this.partial) {
      if (this.stack.length === 0) this.unmatchedBeforeLastTopContent = this.unmatched.length;
    } else if (this.rootClosed || this.rootSeen && this.stack.length === 0) {
      this.fail("a second root element", lt);
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
  attribute(start) {
    const buf = this.buf;
    const n = buf.length;
    if ((CLASS[buf[start]] & NAME_START) === 0) this.fail("malformed attribute", start);
    const nameEnd = this.nameEnd(start, n);
    let i = nameEnd;
    while (i < n && CLASS[buf[i]] & SPACE) i++;
    if (i >= n) return NEED_MORE;
    if (buf[i] !== EQ) this.fail('attribute without "=value"', start);
    i++;
    while (i < n && CLASS[buf[i]] & SPACE) i++;
    if (i >= n) return NEED_MORE;
    const quote = buf[i];
    if (quote !== QUOT && quote !== APOS) this.fail("attribute value must be quoted", i);
    const valueStart = i + 1;
    let j = valueStart;
    let special = -1;
    const limit = Math.min(n, valueStart + MAX_VALUE_BYTES + 1);
    while (j < limit) {
      const c = buf[j];
      if (c === quote) break;
      if (special === -1 && CLASS[c] & SPECIAL && c !== GT && c !== RSQB) special = j;
      j++;
    }
    if (j - valueStart > MAX_VALUE_BYTES)
      this.fail(`attribute value longer than ${MAX_VALUE_BYTES / 1024} KiB`, valueStart);
    if (j >= n) return NEED_MORE;
    const valueEnd = j;
    let entities = false;
    if (special !== -1) entities = this.checkValue(special, valueEnd);
    if (!this.tag.addAttribute(start, nameEnd, valueStart, valueEnd, entities))
      this.fail("too many attributes", start);
    return valueEnd + 1;
  }
  /** Checks an attribute value from its first special byte; true when it has references. */
  checkValue(from, valueEnd) {
    const buf = this.buf;
    let entities = false;
    for (let j = from; j < valueEnd; j++) {
      const c = buf[j];
      if (c === LT) this.fail('"<" in an attribute value', j);
      if (c === AMP) {
        entities = true;
        j = this.reference(j, valueEnd) - 1;
      } else if (c < 32 && c !== 9 && c !== 10 && c !== 13) {
        this.fail(`disallowed character U+${c.toString(16).padStart(4, "0")} in an attribute value`, j);
      }
    }
    return entities;
  }
  nameEnd(start, limit) {
    const buf = this.buf;
    let i = start;
    while (i < limit && CLASS[buf[i]] & NAME_CHAR) i++;
    if (i - start > MAX_NAME_BYTES) this.fail(`name longer than ${MAX_NAME_BYTES} bytes`, start);
    return i;
  }
};
var Tag = class {
  constructor(scanner) {
    this.scanner = scanner;
  }
  scanner;
  selfClosing = false;
  start = 0;
  nameStart = 0;
  nameEnd = 0;
  cachedName;
  /** The scanner's buffer while the tag is valid. */
  buf = new Uint8Array(0);
  /** Per attribute: name start, name end, value start, value end, has references. */
  spans = new Int32Array(MAX_ATTRIBUTES * 5);
  count = 0;
  set knownName(name) {
    this.cachedName = name;
  }
  reset(buf, start, nameStart, nameEnd) {
    this.buf = buf;
    this.start = start;
    this.nameStart = nameStart;
    this.nameEnd = nameEnd;
    this.cachedName = void 0;
    this.count = 0;
    this.selfClosing = false;
  }
  get offset() {
    return this.scanner.bufferOffset + this.start;
  }
  get name() {
    this.cachedName ??= this.scanner.names.get(this.buf, this.nameStart, this.nameEnd, this.scanner);
    return this.cachedName;
  }
  is(name) {
    return equalsAscii(this.buf, this.nameStart, this.nameEnd, name);
  }
  addAttribute(nameStart, nameEnd, valueStart, valueEnd, refs) {
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
  checkDuplicates() {
    const buf = this.buf;
    const spans = this.spans;
    for (let a = 1; a < this.count; a++) {
      const oa = a * 5;
      const start = spans[oa];
      const length = spans[oa + 1] - start;
      for (let b = 0; b < a; b++) {
        const ob = b * 5;
        const other = spans[ob];
        if (spans[ob + 1] - other !== length || buf[other] !== buf[start]) continue;
        if (equalBytes(buf, start, start + length, other, other + length)) {
          this.scanner.fail(
            `duplicate attribute "${decode(buf, spans[oa], spans[oa + 1], this.scanner)}"`,
            spans[oa]
          );
        }
      }
    }
  }
  attribute(name) {
    const o = this.find(name);
    if (o === -1) return void 0;
    const buf = this.buf;
    const raw = decode(buf, this.spans[o + 2], this.spans[o + 3], this.scanner);
    const normalised = raw.replace(/\r\n|[\t\n\r]/g, " ");
    return this.spans[o + 4] === 1 ? resolveReferences(normalised) : normalised;
  }
  attributeNames() {
    const names = [];
    for (let a = 0; a < this.count; a++) {
      names.push(
        decode(this.buf, this.spans[a * 5], this.spans[a * 5 + 1], this.scanner)
      );
    }
    return names;
  }
  locate(names, slots) {
    slots.fill(-1);
    const buf = this.buf;
    const spans = this.spans;
    for (let a = 0; a < this.count; a++) {
      const start = spans[a * 5];
      const length = spans[a * 5 + 1] - start;
      const first = buf[start];
      for (let i = 0; i < names.length; i++) {
        const name = names[i];
        if (name.length === length && name.charCodeAt(0) === first && equalsAscii(buf, start, start + length, name)) {
          if (slots[i] === -1) slots[i] = a;
          break;
        }
      }
    }
  }
  integerAt(index) {
    const start = this.spans[index * 5 + 2];
    const end = this.spans[index * 5 + 3];
    if (end === start || end - start > 15) return Number.NaN;
    const buf = this.buf;
    let value = 0;
    for (let i = start; i < end; i++) {
      const c = buf[i] - 48;
      if (c < 0 || c > 9) return Number.NaN;
      value = value * 10 + c;
    }
    return value;
  }
  valueIsAt(index, value) {
    return equalsAscii(
      this.buf,
      this.spans[index * 5 + 2],
      this.spans[index * 5 + 3],
      value
    );
  }
  rawAt(index, read) {
    const o = index * 5;
    return read(this.buf, this.spans[o + 2], this.spans[o + 3], this.spans[o + 4] === 1);
  }
  attributeIs(name, value) {
    const o = this.find(name);
    return o !== -1 && equalsAscii(this.buf, this.spans[o + 2], this.spans[o + 3], value);
  }
  raw(name, read) {
    const o = this.find(name);
    if (o === -1) return void 0;
    return read(this.buf, this.spans[o + 2], this.spans[o + 3], this.spans[o + 4] === 1);
  }
  integer(name) {
    const o = this.find(name);
    if (o === -1) return void 0;
    const buf = this.buf;
    const start = this.spans[o + 2];
    const end = this.spans[o + 3];
    if (end === start || end - start > 15) return Number.NaN;
    let value = 0;
    for (let i = start; i < end; i++) {
      const c = buf[i] - 48;
      if (c < 0 || c > 9) return Number.NaN;
      value = value * 10 + c;
    }
    return value;
  }
  find(name) {
    const buf = this.buf;
    const spans = this.spans;
    const length = name.length;
    const first = name.charCodeAt(0);
    for (let a = 0; a < this.count; a++) {
      const o = a * 5;
      const start = spans[o];
      if (spans[o + 1] - start !== length || buf[start] !== first) continue;
      if (equalsAscii(buf, start, start + length, name)) return o;
    }
    return -1;
  }
};
var NameCache = class {
  slots = new Array(64).fill(void 0);
  get(buf, start, end, scanner) {
    const length = end - start;
    if (length === 0) return "";
    const slot = length * 7 + buf[start] * 3 + buf[end - 1] & 63;
    const cached = this.slots[slot];
    if (cached !== void 0 && equalsAscii(buf, start, end, cached)) return cached;
    const name = decode(buf, start, end, scanner);
    this.slots[slot] = name;
    return name;
  }
};
function resolveReferences(text) {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (_m, body) => {
    if (body.startsWith("#x")) return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
    if (body.startsWith("#")) return String.fromCodePoint(Number(body.slice(1)));
    return PREDEFINED[body] ?? "";
  });
}
var utf8 = new TextDecoder("utf-8", { fatal: true });
function decode(buf, start, end, scanner) {
  let ascii = true;
  for (let i = start; i < end; i++) {
    if (buf[i] >= 128) {
      ascii = false;
      break;
    }
  }
  if (ascii) return latin1(buf, start, end);
  try {
    return utf8.decode(buf.subarray(start, end));
  } catch {
    return scanner.fail("invalid UTF-8", start);
  }
}
function latin1(buf, start, end) {
  return Buffer.from(buf.buffer, buf.byteOffset + start, end - start).toString("latin1");
}
function equalsAscii(buf, start, end, name) {
  if (end - start !== name.length) return false;
  for (let i = 0; i < name.length; i++) if (buf[start + i] !== name.charCodeAt(i)) return false;
  return true;
}
function equalBytes(buf, a, aEnd, b, bEnd) {
  if (aEnd - a !== bEnd - b) return false;
  for (let i = 0; i < aEnd - a; i++) if (buf[a + i] !== buf[b + i]) return false;
  return true;
}
function startsWith(buf, at, text) {
  if (at + text.length > buf.length) return false;
  return equalsAscii(buf, at, at + text.length, text);
}
function indexOfSequence(buf, seq, from) {
  const first = seq[0];
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
function isXmlChar(code) {
  return code === 9 || code === 10 || code === 13 || code >= 32 && code <= 55295 || code >= 57344 && code <= 65533 || code >= 65536 && code <= 1114111;
}

// src/gates/coverage/readers/xml-stream.ts
var FIX = "Regenerate the report; a truncated file usually means the test job was cancelled while writing it.";
async function parseXmlStream(source, handlers, reportName, whole) {
  await resolvingPositions(whole, async () => {
    const scanner = new XmlScanner(handlers);
    try {
      await scan(source, scanner);
      scanner.end();
    } catch (error) {
      throw positioned(error, reportName);
    }
  });
}
async function parseXmlPart(source, handlers, part) {
  const scanner = new XmlScanner(handlers, { partial: part.start > 0, offset: part.start });
  await scan(source, scanner);
  const outcome = scanner.endPart();
  return { ...outcome, sawRoot: scanner.sawRoot };
}
function scan(source, scanner) {
  return consumeBytes(
    source,
    (view, offset, final) => scanner.consume(view, offset, final),
    MAX_MARKUP,
    (offset) => {
      throw new XmlSyntaxError("markup too long (unterminated tag, comment or string?)", offset);
    }
  );
}
function positioned(error, reportName) {
  if (!(error instanceof XmlSyntaxError)) return error;
  return new PositionedError([error.offset], ([at]) => {
    const { line, column } = at;
    return new InputError(
      `${reportName}:${line}:${column}: malformed XML: ${error.message}`,
      { path: reportName, line, column },
      FIX
    );
  });
}
function tagError(tag, build) {
  return new PositionedError([tag.offset], ([at]) => build(at.line));
}
function intAttribute(tag, name, reportName) {
  const value = tag.integer(name);
  if (value === void 0 || Number.isNaN(value)) {
    const raw = tag.attribute(name);
    const tagName = tag.name;
    throw tagError(
      tag,
      (line) => new InputError(
        `${reportName}:${line}: <${tagName}> has ${raw === void 0 ? `no "${name}" attribute` : `${name}="${raw}", not a non-negative integer`}`,
        { path: reportName, line },
        "Regenerate the report with a supported tool; hand-edited reports often break this."
      )
    );
  }
  return value;
}

// src/gates/coverage/readers/cobertura.ts
var readCobertura = async (input, sink, reportName) => {
  await parseXmlStream(
    input.source?.() ?? input.bytes(),
    new CoberturaHandlers(sink, reportName, false),
    reportName,
    () => input.bytes()
  );
};
var COBERTURA_SPLIT_MARK = "<class ";
async function readCoberturaPart(source, sink, reportName, part) {
  const handlers = new CoberturaHandlers(sink, reportName, part.start > 0);
  const outcome = await parseXmlPart(source, handlers, part);
  return { ...outcome, clean: handlers.clean };
}
function joinXmlParts(parts) {
  if (parts.slice(0, -1).some((p) => !p.clean)) return false;
  return joinPartialOutcomes(parts, parts[0]?.sawRoot === true);
}
var SplitNotPossible = class extends Error {
};
var CoberturaHandlers = class {
  constructor(sink, reportName, inner) {
    this.sink = sink;
    this.reportName = reportName;
    this.inner = inner;
    this.rootSeen = inner;
  }
  sink;
  reportName;
  inner;
  rootSeen;
  inSource = false;
  sourceText = "";
  roots = [];
  current;
  slots = new Int32Array(LINE_ATTRIBUTES.length);
  get clean() {
    return this.current === void 0 && !this.inSource;
  }
  open(tag) {
    if (!this.rootSeen) {
      this.openRoot(tag);
    } else if (tag.is("line")) {
      if (this.current) this.readLine(tag, this.current);
    } else if (tag.is("source")) {
      if (this.inner) throw new SplitNotPossible();
      this.inSource = true;
      this.sourceText = "";
    } else if (tag.is("class")) {
      this.openClass(tag);
    } else if (this.inner && tag.is("sources")) {
      throw new SplitNotPossible();
    }
  }
  close(name) {
    if (name === "line") return;
    if (name === "source") {
      this.inSource = false;
      const root = this.sourceText.trim();
      if (root !== "") this.roots.push(root);
    } else if (name === "sources") {
      if (this.inner) throw new SplitNotPossible();
      this.sink.sourceRoots(this.roots);
    } else if (name === "class" && this.current) {
      this.current.end();
      this.current = void 0;
    }
  }
  wantsText() {
    return this.inSource;
  }
  text(text) {
    this.sourceText += text;
  }
  openRoot(tag) {
    this.rootSeen = true;
    if (!tag.is("coverage")) {
      const name = tag.name;
      throw tagError(
        tag,
        (line) => new InputError(`${this.reportName}: root element is <${name}>, not Cobertura's <coverage>`, {
          path: this.reportName,
          line
        })
      );
    }
  }
  openClass(tag) {
    const filename = tag.attribute("filename");
    if (filename === void 0 || filename === "") {
      throw tagError(
        tag,
        (line) => new InputError(`${this.reportName}:${line}: <class> has no "filename" attribute`, {
          path: this.reportName,
          line
        })
      );
    }
    this.current = this.sink.beginFile(filename);
  }
  readLine(tag, file) {
    const at = this.slots;
    tag.locate(LINE_ATTRIBUTES, at);
    const numberAt = at[0];
    const hitsAt = at[1];
    const number = numberAt === -1 ? Number.NaN : tag.integerAt(numberAt);
    if (Number.isNaN(number)) intAttribute(tag, "number", this.reportName);
    const hits = hitsAt === -1 ? Number.NaN : tag.integerAt(hitsAt);
    if (Number.isNaN(hits)) intAttribute(tag, "hits", this.reportName);
    file.line(number, hits);
    const branchAt = at[2];
    if (branchAt === -1 || !tag.valueIsAt(branchAt, "true")) return;
    const conditionAt = at[3];
    if (conditionAt === -1) return;
    const fraction = tag.rawAt(conditionAt, readFraction);
    if (fraction === NOT_PLAIN) {
      const match = FRACTION.exec(tag.attribute("condition-coverage") ?? "");
      if (match) file.branch(number, Number(match[1]), Number(match[2]));
    } else if (fraction !== NO_MATCH) {
      file.branch(number, Math.floor(fraction / FRACTION_SCALE), fraction % FRACTION_SCALE);
    }
  }
};
var LINE_ATTRIBUTES = ["number", "hits", "branch", "condition-coverage"];
var FRACTION = /\((\d+)\s*\/\s*(\d+)\)/;
var NOT_PLAIN = -1;
var NO_MATCH = -2;
var FRACTION_SCALE = 1e7;
function readFraction(buf, start, end, references) {
  if (references) return NOT_PLAIN;
  for (let i = start; i < end; i++) if (buf[i] >= 128) return NOT_PLAIN;
  for (let open = buf.indexOf(40, start); open !== -1 && open < end; open = buf.indexOf(40, open + 1)) {
    let i = open + 1;
    let covered = 0;
    while (i < end && isDigit(buf[i])) covered = covered * 10 + buf[i++] - 48;
    if (i === open + 1) continue;
    if (i - open - 1 > 6) return NOT_PLAIN;
    while (i < end && isSpace(buf[i])) i++;
    if (buf[i] !== 47 || i >= end) continue;
    i++;
    while (i < end && isSpace(buf[i])) i++;
    const digits = i;
    let total = 0;
    while (i < end && isDigit(buf[i])) total = total * 10 + buf[i++] - 48;
    if (i === digits) continue;
    if (i - digits > 6) return NOT_PLAIN;
    if (buf[i] !== 41 || i >= end) continue;
    return covered * FRACTION_SCALE + total;
  }
  return NO_MATCH;
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function isSpace(c) {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

// src/gates/coverage/model.ts
function writeRecord(sink, record) {
  const writer = sink.beginFile(record.path);
  for (const [line, hits] of record.lines) writer.line(line, hits);
  if (record.branches) {
    writer.hasBranches();
    for (const b of record.branches) writer.branch(b.line, b.covered, b.total);
  }
  for (const [line, hits] of record.functionLines ?? []) writer.functionLine(line, hits);
  if (record.summary) writer.summary(record.summary);
  writer.end();
}
function addLineHits(lines, line, hits) {
  const previous = lines.get(line);
  if (previous === void 0 || hits > previous) lines.set(line, hits);
}

// src/gates/coverage/readers/coverage-py-json.ts
var readCoveragePyJson = async (input, sink, reportName) => {
  await streamJsonEntries(
    input.text(),
    ["files"],
    (key, value, where) => {
      const fail = (message) => {
        throw jsonShapeError(reportName, where(), `coverage.py file entry "${key}" ${message}`);
      };
      if (!isRecord(value)) return fail("is not an object");
      const { executed_lines: executed, missing_lines: missing } = value;
      if (!Array.isArray(executed) || !Array.isArray(missing)) {
        return fail('has no "executed_lines" and "missing_lines" arrays');
      }
      const excluded = new Set(
        Array.isArray(value.excluded_lines) ? value.excluded_lines : []
      );
      const lines = /* @__PURE__ */ new Map();
      for (const line of missing) addLineHits(lines, lineNumber(line, "missing_lines", fail), 0);
      for (const line of executed) {
        if (!excluded.has(line)) addLineHits(lines, lineNumber(line, "executed_lines", fail), 1);
      }
      const summary = fileSummary(value.summary);
      const executedArcs = value.executed_branches;
      const missingArcs = value.missing_branches;
      if (executedArcs === void 0 && missingArcs === void 0) {
        writeRecord(sink, { path: key, lines, ...summary ? { summary: { lines: summary.lines } } : {} });
        return;
      }
      const byLine = /* @__PURE__ */ new Map();
      addArcs(byLine, executedArcs, "executed_branches", true, fail);
      addArcs(byLine, missingArcs, "missing_branches", false, fail);
      writeRecord(sink, { path: key, lines, branches: [...byLine.values()], ...summary ? { summary } : {} });
    },
    reportName,
    (key, value, where) => {
      checkMeta(key, value, where, reportName);
    }
  );
};
function checkMeta(key, value, where, reportName) {
  if (key === "meta" && !isRecord(value)) {
    throw jsonShapeError(reportName, where(), 'coverage.py "meta" is not an object');
  }
}
function addArcs(byLine, arcs, field, executed, fail) {
  if (arcs === void 0) return;
  if (!Array.isArray(arcs)) fail(`has a "${field}" that is not an array`);
  for (const arc of arcs) {
    if (!Array.isArray(arc) || arc.length !== 2 || !Number.isInteger(arc[0]) || !Number.isInteger(arc[1])) {
      fail(`has a "${field}" item that is not a [from, to] pair of line numbers: ${JSON.stringify(arc)}`);
    }
    const from = arc[0];
    let branch = byLine.get(from);
    if (!branch) {
      branch = { line: from, covered: 0, total: 0 };
      byLine.set(from, branch);
    }
    branch.total++;
    if (executed) branch.covered++;
  }
}
function fileSummary(summary) {
  if (!isRecord(summary)) return void 0;
  const count = (covered, total) => Number.isInteger(covered) && Number.isInteger(total) && covered <= total ? { covered, total } : void 0;
  const lines = count(summary.covered_lines, summary.num_statements);
  if (!lines) return void 0;
  const branches = count(summary.covered_branches, summary.num_branches);
  return branches ? { lines, branches } : { lines };
}
function lineNumber(value, field, fail) {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    return fail(`has "${field}" item ${JSON.stringify(value)}, not a line number`);
  }
  return value;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/gates/coverage/readers/go-coverprofile.ts
var FIX2 = "Regenerate the profile with `go test -coverprofile=<file>`; a truncated file usually means the job was cancelled while writing it.";
var MODE = /^mode:\s*(\S+)$/;
var MODES = /* @__PURE__ */ new Set(["set", "count", "atomic"]);
var BLOCK = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;
var MAX_BLOCK_LINES = 1e6;
var readGoCoverprofile = async (input, sink, reportName) => {
  let mode;
  let modeLine = 0;
  const files = /* @__PURE__ */ new Map();
  const fail = (line, message) => {
    throw new InputError(`${reportName}:${line}: ${message}`, { path: reportName, line }, FIX2);
  };
  await forEachByteLine(input.bytes(), reportName, (buf, start, end, lineNumber2) => {
    const text = utf8Text(buf, start, end).trim();
    if (text === "") return;
    if (text.startsWith("mode:")) {
      const declared = MODE.exec(text)?.[1];
      if (declared === void 0 || !MODES.has(declared)) {
        fail(lineNumber2, `unknown coverage mode "${clip(text)}"; expected mode: set, count or atomic`);
      }
      if (mode === void 0) {
        mode = declared;
        modeLine = lineNumber2;
      } else if (declared !== mode) {
        fail(lineNumber2, `"mode: ${declared}" conflicts with "mode: ${mode}" at line ${modeLine}`);
      }
      return;
    }
    if (mode === void 0) {
      fail(lineNumber2, `expected "mode: set|count|atomic" as the first line, found "${clip(text)}"`);
    }
    addBlock(files, text, lineNumber2, fail);
  });
  if (mode === void 0) {
    throw new InputError(
      `${reportName}: empty Go coverage profile (no "mode:" line)`,
      { path: reportName },
      "Check that `go test -coverprofile` ran and wrote this file."
    );
  }
  for (const [path, lines] of files) writeRecord(sink, { path, lines });
};
function addBlock(files, text, lineNumber2, fail) {
  const match = BLOCK.exec(text);
  if (!match) {
    fail(
      lineNumber2,
      `malformed block "${clip(text)}"; expected <file>:<line>.<col>,<line>.<col> <statements> <count>`
    );
    return;
  }
  const [, file = "", startText, , endText, , statementsText, countText] = match;
  const start = Number(startText);
  const end = Number(endText);
  if (start < 1 || end < start) fail(lineNumber2, `block "${clip(text)}" has an invalid line range`);
  if (end - start >= MAX_BLOCK_LINES)
    fail(lineNumber2, `block "${clip(text)}" spans ${end - start + 1} lines`);
  let lines = files.get(file);
  if (!lines) {
    lines = /* @__PURE__ */ new Map();
    files.set(file, lines);
  }
  if (Number(statementsText) === 0) return;
  const count = Number(countText);
  for (let line = start; line <= end; line++) addLineHits(lines, line, count);
}
function clip(text) {
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

// src/gates/coverage/readers/istanbul.ts
import { isAscii, isUtf8 } from "node:buffer";
var readIstanbulFinal = async (input, sink, reportName) => {
  await streamJsonEntries(input.text(), [], istanbulEntry(sink, reportName), reportName);
};
function istanbulEntry(sink, reportName) {
  return (key, value, where) => {
    const fail = (message) => {
      throw jsonShapeError(reportName, where(), `Istanbul file entry "${key}" ${message}`);
    };
    let data = value;
    if (isRecord2(data) && data.statementMap === void 0 && isRecord2(data.data)) data = data.data;
    if (!isRecord2(data)) return fail("is not an object");
    const { statementMap, s } = data;
    if (!isRecord2(statementMap) || !isRecord2(s)) return fail('has no "statementMap" and "s" objects');
    const lines = /* @__PURE__ */ new Map();
    for (const [id, count] of Object.entries(s)) {
      const statement = statementMap[id];
      if (statement === void 0) continue;
      const line = startLine(statement);
      if (line === void 0) fail(`has statement ${id} without a start line`);
      addLineHits(lines, line, hitCount(count, `s["${id}"]`, fail));
    }
    const path = typeof data.path === "string" && data.path !== "" ? data.path : key;
    const { branchMap, b } = data;
    if (!isRecord2(branchMap) || !isRecord2(b)) {
      writeRecord(sink, { path, lines });
      return;
    }
    writeRecord(sink, { path, lines, branches: branchesByLine(branchMap, b, fail) });
  };
}
var ISTANBUL_SPLIT_MARK = '"path"';
async function readIstanbulPart(source, sink, reportName, part) {
  const onEntry = istanbulEntry(sink, reportName);
  const where = () => {
    throw new SplitNotPossible2();
  };
  let window = Buffer.alloc(0);
  let pos = 0;
  let state = part.start === 0 ? PREFIX : MEMBER;
  const step = (final) => {
    for (; ; ) {
      if (state === PREFIX) {
        let i2 = 0;
        if (window[0] === 239 && window[1] === 187 && window[2] === 191) i2 = 3;
        i2 = skipSpace(window, i2);
        if (i2 >= window.length) {
          needMore(final);
          return;
        }
        if (window[i2] !== 123) throw new SplitNotPossible2();
        i2 = skipSpace(window, i2 + 1);
        if (i2 >= window.length) {
          needMore(final);
          return;
        }
        pos = i2;
        state = window[i2] === 125 ? ROOT_END : FIRST_MEMBER;
        continue;
      }
      if (state === ROOT_END) {
        if (!part.last) throw new SplitNotPossible2();
        if (!final) return;
        if (window[pos] !== 125 || skipSpace(window, pos + 1) !== window.length) throw new SplitNotPossible2();
        state = DONE;
        return;
      }
      if (state === DONE) return;
      let i = pos;
      if (state === MEMBER) {
        i = skipSpace(window, i);
        if (i >= window.length) {
          if (final && !part.last) return;
          {
            needMore(final);
            return;
          }
        }
        if (window[i] === 125) {
          if (!part.last) throw new SplitNotPossible2();
          pos = i;
          state = ROOT_END;
          continue;
        }
        if (window[i] !== 44) throw new SplitNotPossible2();
        i = skipSpace(window, i + 1);
      }
      if (i >= window.length) {
        needMore(final);
        return;
      }
      if (window[i] !== 34) throw new SplitNotPossible2();
      const keyEnd = stringEnd(window, i);
      if (keyEnd === -1) {
        needMore(final);
        return;
      }
      let colon = skipSpace(window, keyEnd);
      if (colon >= window.length) {
        needMore(final);
        return;
      }
      if (window[colon] !== 58) throw new SplitNotPossible2();
      colon = skipSpace(window, colon + 1);
      if (colon >= window.length) {
        needMore(final);
        return;
      }
      const next = nextEntry(window, colon + 2);
      let valueEnd;
      if (next !== -1) valueEnd = next;
      else if (!final) {
        needMore(final);
        return;
      } else if (!part.last) valueEnd = window.length;
      else {
        valueEnd = lastNonSpace(window);
        if (valueEnd <= colon || window[valueEnd] !== 125) throw new SplitNotPossible2();
      }
      const key = parseJson(window, i, keyEnd);
      if (typeof key !== "string") throw new SplitNotPossible2();
      onEntry(key, parseJson(window, colon, valueEnd), where);
      pos = valueEnd;
      state = MEMBER;
    }
  };
  const needMore = (final) => {
    if (final) throw new SplitNotPossible2();
  };
  await consumeBytes(
    source,
    (view, _offset, final) => {
      window = Buffer.from(view.buffer, view.byteOffset, view.byteLength);
      pos = 0;
      step(final);
      return final ? view.length : pos;
    },
    MAX_MEMBER_CHARS,
    () => {
      throw new SplitNotPossible2();
    }
  );
  if (part.last && state !== DONE) throw new SplitNotPossible2();
}
var PREFIX = 0;
var FIRST_MEMBER = 1;
var MEMBER = 2;
var ROOT_END = 3;
var DONE = 4;
var SplitNotPossible2 = class extends Error {
  constructor() {
    super("the report cannot be read in parts");
  }
};
function nextEntry(buf, from) {
  for (let q = buf.indexOf(COMPACT_MARK, from); q !== -1; q = buf.indexOf(COMPACT_MARK, q + 1)) {
    const comma = memberStart(buf, q, from);
    if (comma !== -1) return comma;
  }
  for (let q = buf.indexOf(ISTANBUL_SPLIT_MARK, from); q !== -1; q = buf.indexOf(ISTANBUL_SPLIT_MARK, q + 1)) {
    const comma = memberStart(buf, skipSpaceBack(buf, q - 1, from), from);
    if (comma !== -1) return comma;
  }
  return -1;
}
var COMPACT_MARK = '{"path":"';
function memberStart(buf, brace, from) {
  if (buf[brace] !== 123) return -1;
  const colon = skipSpaceBack(buf, brace - 1, from);
  if (buf[colon] !== 58) return -1;
  const keyEnd = skipSpaceBack(buf, colon - 1, from);
  if (buf[keyEnd] !== 34) return -1;
  const keyStart = stringStartBack(buf, keyEnd, from);
  if (keyStart === -1) return -1;
  const comma = skipSpaceBack(buf, keyStart - 1, from);
  return buf[comma] === 44 && comma >= from ? comma : -1;
}
function stringEnd(buf, quote) {
  let i = quote + 1;
  for (; ; ) {
    const end = buf.indexOf(34, i);
    if (end === -1) return -1;
    let backslashes = 0;
    while (buf[end - 1 - backslashes] === 92) backslashes++;
    if (backslashes % 2 === 0) return end + 1;
    i = end + 1;
  }
}
function stringStartBack(buf, close, from) {
  for (let i = buf.lastIndexOf(34, close - 1); i >= from; i = buf.lastIndexOf(34, i - 1)) {
    let backslashes = 0;
    while (i - 1 - backslashes >= from && buf[i - 1 - backslashes] === 92) backslashes++;
    if (backslashes % 2 === 0) return i;
  }
  return -1;
}
function isSpace2(c) {
  return c === 32 || c === 10 || c === 13 || c === 9;
}
function skipSpace(buf, from) {
  let i = from;
  while (i < buf.length && isSpace2(buf[i])) i++;
  return i;
}
function skipSpaceBack(buf, from, limit) {
  let i = from;
  while (i >= limit && isSpace2(buf[i])) i--;
  return i;
}
function lastNonSpace(buf) {
  return skipSpaceBack(buf, buf.length - 1, 0);
}
var replacing = new TextDecoder("utf-8");
function parseJson(buf, start, end) {
  const bytes = buf.subarray(start, end);
  const text = isAscii(bytes) ? buf.toString("latin1", start, end) : isUtf8(bytes) ? buf.toString("utf8", start, end) : replacing.decode(bytes);
  try {
    return JSON.parse(text);
  } catch {
    throw new SplitNotPossible2();
  }
}
function branchesByLine(branchMap, b, fail) {
  const byLine = /* @__PURE__ */ new Map();
  for (const [id, counts] of Object.entries(b)) {
    const meta = branchMap[id];
    if (!isRecord2(meta)) continue;
    const line = branchLine(meta);
    if (line === void 0) fail(`has branch ${id} without a line`);
    if (!Array.isArray(counts)) fail(`has b["${id}"] that is not an array of counts`);
    let entry = byLine.get(line);
    if (!entry) {
      entry = { line, covered: 0, total: 0 };
      byLine.set(line, entry);
    }
    for (const count of counts) {
      entry.total++;
      if (hitCount(count, `b["${id}"]`, fail) > 0) entry.covered++;
    }
  }
  return [...byLine.values()];
}
function branchLine(meta) {
  if (typeof meta.line === "number" && meta.line > 0) return meta.line;
  const fromLoc = startLine(meta.loc);
  if (fromLoc !== void 0) return fromLoc;
  return Array.isArray(meta.locations) ? startLine(meta.locations[0]) : void 0;
}
function startLine(location) {
  if (!isRecord2(location) || !isRecord2(location.start)) return void 0;
  const line = location.start.line;
  return typeof line === "number" && Number.isInteger(line) && line >= 0 ? line : void 0;
}
function hitCount(value, where, fail) {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    return fail(`has ${where} = ${JSON.stringify(value)}, not a hit count`);
  }
  return value;
}
var readIstanbulSummary = async (input, sink, reportName) => {
  await streamJsonEntries(
    input.text(),
    [],
    (key, value, where) => {
      if (key === "total") return;
      const fail = (message) => {
        throw jsonShapeError(reportName, where(), `Istanbul summary entry "${key}" ${message}`);
      };
      if (!isRecord2(value)) return fail("is not an object");
      const lines = summaryCount(value.lines);
      if (!lines) return fail('has no "lines" with numeric "total" and "covered"');
      if (value.branches === void 0) {
        writeRecord(sink, { path: key, lines: /* @__PURE__ */ new Map(), summary: { lines } });
        return;
      }
      const branches = summaryCount(value.branches);
      if (!branches) return fail('has "branches" without numeric "total" and "covered"');
      writeRecord(sink, { path: key, lines: /* @__PURE__ */ new Map(), summary: { lines, branches } });
    },
    reportName
  );
};
function summaryCount(value) {
  if (!isRecord2(value)) return void 0;
  const { covered, total } = value;
  if (!isCount(covered) || !isCount(total) || covered > total) return void 0;
  return { covered, total };
}
function isCount(value) {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/gates/coverage/readers/jacoco.ts
var readJacoco = async (input, sink, reportName) => {
  await parseXmlStream(
    input.source?.() ?? input.bytes(),
    new JacocoHandlers(sink, reportName),
    reportName,
    () => input.bytes()
  );
};
var JacocoHandlers = class {
  constructor(sink, reportName) {
    this.sink = sink;
    this.reportName = reportName;
  }
  sink;
  reportName;
  rootSeen = false;
  packageName = "";
  current;
  open(tag) {
    if (!this.rootSeen) {
      this.rootSeen = true;
      if (!tag.is("report")) {
        const name = tag.name;
        throw tagError(
          tag,
          (line) => new InputError(`${this.reportName}: root element is <${name}>, not JaCoCo's <report>`, {
            path: this.reportName,
            line
          })
        );
      }
    } else if (tag.is("line")) {
      if (this.current) this.readLine(tag, this.current);
    } else if (tag.is("package")) {
      this.packageName = tag.attribute("name") ?? "";
    } else if (tag.is("sourcefile")) {
      const name = tag.attribute("name") ?? "";
      this.current = this.sink.beginFile(this.packageName === "" ? name : `${this.packageName}/${name}`);
      this.current.hasBranches();
    }
  }
  close(name) {
    if (name === "sourcefile" && this.current) {
      this.current.end();
      this.current = void 0;
    } else if (name === "package") {
      this.packageName = "";
    }
  }
  readLine(tag, file) {
    const int = (name) => intAttribute(tag, name, this.reportName);
    const line = int("nr");
    const missedInstructions = int("mi");
    const coveredInstructions = int("ci");
    if (missedInstructions + coveredInstructions > 0) file.line(line, coveredInstructions);
    const missedBranches = tag.attribute("mb") === void 0 ? 0 : int("mb");
    const coveredBranches = tag.attribute("cb") === void 0 ? 0 : int("cb");
    if (missedBranches + coveredBranches > 0) file.branch(line, coveredBranches, missedBranches + coveredBranches);
  }
};

// src/gates/coverage/readers/lcov.ts
var FIX3 = "Regenerate the report with lcov, genhtml-compatible tooling or your test runner; a truncated file usually means the job was cancelled while writing it.";
var UNSIGNED = /^\d+$/;
var SIGNED = /^-?\d+$/;
var IGNORED_IN_RECORD = /* @__PURE__ */ new Map([
  ["FNF", UNSIGNED],
  ["FNH", UNSIGNED],
  ["FNL", /^\d+,\d+/],
  ["FNA", /^\d+,-?\d+,/],
  ["LF", UNSIGNED],
  ["LH", UNSIGNED],
  ["BRF", UNSIGNED],
  ["BRH", UNSIGNED],
  ["MCDC", /^\d+,/],
  ["MCF", UNSIGNED],
  ["MCH", UNSIGNED]
]);
var readLcov = async (input, sink, reportName) => {
  await resolvingPositions(
    () => input.bytes(),
    async () => {
      const parser = new LcovParser(sink, reportName);
      await parser.read(input.source?.() ?? input.bytes());
      parser.finish();
      if (parser.records === 0) {
        throw new InputError(
          `${reportName}: no coverage records (no SF:\u2026end_of_record block) in this LCOV file`,
          { path: reportName },
          "Check that the tests ran with coverage enabled and that this is the LCOV file they wrote."
        );
      }
    }
  );
};
var LCOV_SPLIT_MARK = "\nend_of_record";
async function readLcovPart(source, sink, reportName) {
  const parser = new LcovParser(sink, reportName);
  await parser.read(source);
  parser.finish();
  return { records: parser.records };
}
var bytesOf = (text) => Uint8Array.from(text, (c) => c.charCodeAt(0));
var END_OF_RECORD = bytesOf("end_of_record");
var TN = bytesOf("TN:");
var COUNTS = ["LF:", "LH:", "BRF:", "BRH:", "FNF:", "FNH:"].map(bytesOf);
function startsWithBytes(buf, at, prefix) {
  for (let i = 0; i < prefix.length; i++) if (buf[at + i] !== prefix[i]) return false;
  return true;
}
var D = 68;
var A = 65;
var COLON = 58;
var COMMA = 44;
var NL = 10;
var CR2 = 13;
var LcovParser = class {
  constructor(sink, reportName) {
    this.sink = sink;
    this.reportName = reportName;
    this.fail = (offset, message) => {
      throw new PositionedError([offset], ([at]) => this.error(at.line, message));
    };
  }
  sink;
  reportName;
  records = 0;
  current;
  fail;
  error(line, message) {
    return new InputError(`${this.reportName}:${line}: ${message}`, { path: this.reportName, line }, FIX3);
  }
  /** Reads every line of `source`. */
  async read(source) {
    await consumeBytes(
      source,
      (view, offset, final) => {
        const used = this.lines(view, offset);
        if (!final || used === view.length) return used;
        const end = view[view.length - 1] === CR2 ? view.length - 1 : view.length;
        this.line(view, used, end, offset + used);
        return view.length;
      },
      MAX_LINE_BYTES,
      (offset) => this.fail(offset, `line longer than ${MAX_LINE_BYTES / 1024 / 1024} MiB: not a coverage report`)
    );
  }
  /** Handles the complete lines of `buf`; returns where the incomplete last line starts. */
  lines(buf, base) {
    const n = buf.length;
    let start = 0;
    while (start < n) {
      const record = this.current;
      if (record && buf[start] === D && buf[start + 1] === A && buf[start + 2] === COLON) {
        let i = start + 3;
        let line = 0;
        while (i < n && i - start < 13 && buf[i] >= 48 && buf[i] <= 57) {
          line = line * 10 + buf[i] - 48;
          i++;
        }
        if (i > start + 3 && buf[i] === COMMA) {
          const hitsStart = ++i;
          let hits = 0;
          while (i < n && i - hitsStart < 15 && buf[i] >= 48 && buf[i] <= 57) {
            hits = hits * 10 + buf[i] - 48;
            i++;
          }
          const c = buf[i];
          if (i > hitsStart && (c === NL || c === CR2 && buf[i + 1] === NL)) {
            record.writer.line(line, hits);
            start = c === NL ? i + 1 : i + 2;
            continue;
          }
        }
      }
      const nl = buf.indexOf(NL, start);
      if (nl === -1) return start;
      this.line(buf, start, nl > start && buf[nl - 1] === CR2 ? nl - 1 : nl, base + start);
      start = nl + 1;
    }
    return start;
  }
  /** One line, without its newline and trailing CR; `offset` is where it starts in the file. */
  line(buf, start, end, offset) {
    const fail = this.fail;
    const current = this.current;
    if (buf[start] === 68 && buf[start + 1] === 65 && buf[start + 2] === 58) {
      if (!current || !readDaBytes(current, buf, start + 3, end)) {
        readDa(this.open("DA", offset, "DA:"), utf8Text(buf, start + 3, end).trim(), offset, fail);
      }
      return;
    }
    if (buf[start] === 66 && buf[start + 1] === 82 && buf[start + 2] === 68 && buf[start + 3] === 65 && buf[start + 4] === 58) {
      if (!current || !readBrdaBytes(current, buf, start + 5, end)) {
        readBrda(this.open("BRDA", offset, "BRDA:"), utf8Text(buf, start + 5, end).trim(), offset, fail);
      }
      return;
    }
    if (current && this.plainRecord(buf, start, end, current)) return;
    const text = utf8Text(buf, start, end).trim();
    if (text === "" || text.startsWith("#")) return;
    const colon = text.indexOf(":");
    const type = colon === -1 ? text : text.slice(0, colon);
    const value = colon === -1 ? "" : text.slice(colon + 1);
    switch (type) {
      case "TN":
      case "VER":
        return;
      case "SF":
        if (current) {
          const { path, offset: sfOffset } = current;
          throw new PositionedError(
            [offset, sfOffset],
            ([at, sf]) => this.error(
              at.line,
              `SF:${clip2(value)} starts a record before the record of ${path} (SF at line ${sf.line}) ended with end_of_record`
            )
          );
        }
        if (value === "") fail(offset, "SF record without a file path");
        this.current = { path: value, offset, writer: this.sink.beginFile(value) };
        return;
      case "DA":
        readDa(this.open(type, offset, text), value, offset, fail);
        return;
      case "BRDA":
        readBrda(this.open(type, offset, text), value, offset, fail);
        return;
      case "FN":
        readFn(this.open(type, offset, text), value, offset, fail);
        return;
      case "FNDA":
        readFnda(this.open(type, offset, text), value, offset, fail);
        return;
      case "end_of_record":
        if (colon !== -1) break;
        closeRecord(this.open(type, offset, text));
        this.records++;
        this.current = void 0;
        return;
      default: {
        const shape = IGNORED_IN_RECORD.get(type);
        if (!shape) break;
        this.open(type, offset, text);
        if (!shape.test(value)) fail(offset, `malformed ${type} record "${clip2(text)}"`);
        return;
      }
    }
    fail(offset, `unknown LCOV record "${clip2(text)}"`);
  }
  /**
   * The other records of every file, read from the bytes when they are exactly in shape:
   * `end_of_record`, `TN:…`, and the counts `LF`, `LH`, `BRF`, `BRH`, `FNF`, `FNH`. False
   * sends the line to the general path (which also reports errors).
   */
  plainRecord(buf, start, end, current) {
    const length = end - start;
    if (length === END_OF_RECORD.length && startsWithBytes(buf, start, END_OF_RECORD)) {
      closeRecord(current);
      this.records++;
      this.current = void 0;
      return true;
    }
    if (startsWithBytes(buf, start, TN)) return true;
    for (const prefix of COUNTS) {
      if (length > prefix.length && startsWithBytes(buf, start, prefix)) {
        for (let i = start + prefix.length; i < end; i++) {
          const c = buf[i];
          if (c < 48 || c > 57) return false;
        }
        return true;
      }
    }
    return false;
  }
  open(type, offset, text) {
    if (!this.current) return this.fail(offset, `${type} record outside an SF record ("${clip2(text)}")`);
    return this.current;
  }
  /** At the end of the input (or of a part): no record may be left open. */
  finish() {
    const current = this.current;
    if (current) {
      this.fail(
        current.offset,
        `the record of ${current.path} has no end_of_record: the file ends inside it (truncated report?)`
      );
    }
  }
};
function readBrdaBytes(record, buf, start, end) {
  let i = start;
  let line = 0;
  while (i < end && buf[i] >= 48 && buf[i] <= 57 && i - start < 10) {
    line = line * 10 + buf[i] - 48;
    i++;
  }
  if (i === start || buf[i] !== 44) return false;
  const last = buf.lastIndexOf(44, end - 1);
  if (last <= i) return false;
  const second = buf.indexOf(44, i + 1);
  if (second === -1 || second >= last) return false;
  let taken = 0;
  if (last + 2 === end && buf[last + 1] === 45) taken = 0;
  else {
    if (last + 1 === end) return false;
    for (let j = last + 1; j < end; j++) {
      const c = buf[j] - 48;
      if (c < 0 || c > 9 || j - last > 15) return false;
      taken = taken * 10 + c;
    }
  }
  addBranch(record, line, taken > 0);
  return true;
}
function readDaBytes(record, buf, start, end) {
  let i = start;
  let line = 0;
  while (i < end && buf[i] >= 48 && buf[i] <= 57 && i - start < 10) {
    line = line * 10 + buf[i] - 48;
    i++;
  }
  if (i === start || buf[i] !== 44) return false;
  const hitsStart = ++i;
  let hits = 0;
  while (i < end && buf[i] >= 48 && buf[i] <= 57 && i - hitsStart < 15) {
    hits = hits * 10 + buf[i] - 48;
    i++;
  }
  if (i === hitsStart || i < end && buf[i] !== 44) return false;
  if (i < end && buf.indexOf(44, i + 1) !== -1 && buf.indexOf(44, i + 1) < end) return false;
  record.writer.line(line, hits);
  return true;
}
function closeRecord(record) {
  const { writer } = record;
  for (const [line, [covered, total]] of record.branches ?? []) writer.branch(line, covered, total);
  for (const [name, line] of record.functions ?? []) writer.functionLine(line, record.functionHits?.get(name) ?? 0);
  writer.end();
}
function readFn(record, value, offset, fail) {
  const match = /^(\d+),(?:(\d+),)?(.+)$/.exec(value);
  if (!match) fail(offset, `malformed FN record "FN:${clip2(value)}"; expected FN:<line>,<name>`);
  const [, start, , name] = match;
  record.functions ??= /* @__PURE__ */ new Map();
  if (!record.functions.has(name)) record.functions.set(name, Number(start));
}
function readFnda(record, value, offset, fail) {
  const match = /^(-?\d+),(.+)$/.exec(value);
  if (!match) fail(offset, `malformed FNDA record "FNDA:${clip2(value)}"; expected FNDA:<hits>,<name>`);
  const [, hits, name] = match;
  record.functionHits ??= /* @__PURE__ */ new Map();
  record.functionHits.set(
    name,
    (record.functionHits.get(name) ?? 0) + Math.max(0, Number(hits))
  );
}
function readDa(record, value, offset, fail) {
  const first = value.indexOf(",");
  const second = first === -1 ? -1 : value.indexOf(",", first + 1);
  const lineText = first === -1 ? value : value.slice(0, first);
  const hitsText = first === -1 ? "" : value.slice(first + 1, second === -1 ? void 0 : second);
  if (first === -1 || !UNSIGNED.test(lineText) || !SIGNED.test(hitsText) || second !== -1 && value.indexOf(",", second + 1) !== -1) {
    fail(offset, `malformed DA record "DA:${clip2(value)}"; expected DA:<line>,<hits>[,<checksum>]`);
  }
  record.writer.line(Number(lineText), Math.max(0, Number(hitsText)));
}
function readBrda(record, value, offset, fail) {
  const first = value.indexOf(",");
  const last = value.lastIndexOf(",");
  const lineText = value.slice(0, first);
  const taken = value.slice(last + 1);
  const fields = first === -1 ? 1 : value.split(",", 4).length;
  if (fields < 4 || !UNSIGNED.test(lineText) || taken !== "-" && !SIGNED.test(taken)) {
    fail(
      offset,
      `malformed BRDA record "BRDA:${clip2(value)}"; expected BRDA:<line>,<block>,<branch>,<taken or ->`
    );
  }
  addBranch(record, Number(lineText), taken !== "-" && Number(taken) > 0);
}
function addBranch(record, line, taken) {
  record.branches ??= /* @__PURE__ */ new Map();
  let branch = record.branches.get(line);
  if (!branch) {
    branch = [0, 0];
    record.branches.set(line, branch);
  }
  branch[1]++;
  if (taken) branch[0]++;
}
function clip2(text) {
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

// src/gates/coverage/branch-table.ts
var BranchTable = class {
  data;
  length;
  ordered;
  constructor(triples) {
    this.data = triples ?? new Int32Array(96);
    this.length = triples?.length ?? 0;
    this.ordered = true;
    for (let i = 3; i < this.length; i += 3) {
      if (this.data[i] <= this.data[i - 3]) this.ordered = false;
    }
  }
  add(line, covered, total) {
    if (this.length + 3 > this.data.length) this.grow(this.length + 3);
    if (this.length > 0 && line <= this.data[this.length - 3]) this.ordered = false;
    this.data[this.length++] = line;
    this.data[this.length++] = Math.min(covered, total);
    this.data[this.length++] = total;
  }
  /** Appends another table's entries, as if they had been added here one by one. */
  addAll(other) {
    if (other.length === 0) return;
    if (this.length + other.length > this.data.length) this.grow(this.length + other.length);
    if (!other.ordered || this.length > 0 && other.data[0] <= this.data[this.length - 3])
      this.ordered = false;
    this.data.set(other.data.subarray(0, other.length), this.length);
    this.length += other.length;
  }
  /** The triples, exactly as long as they are (for sending to another thread). */
  toTriples() {
    return this.data.slice(0, this.length);
  }
  /** Covered and total branches, each line counted once. */
  count() {
    let covered = 0;
    let total = 0;
    if (this.ordered) {
      for (let i = 0; i < this.length; i += 3) {
        covered += this.data[i + 1];
        total += this.data[i + 2];
      }
      return { covered, total };
    }
    const best = /* @__PURE__ */ new Map();
    for (let i = 0; i < this.length; i += 3) {
      const line = this.data[i];
      const seen = best.get(line);
      const c = this.data[i + 1];
      const t = this.data[i + 2];
      if (!seen) best.set(line, [c, t]);
      else best.set(line, [Math.max(seen[0], c), Math.max(seen[1], t)]);
    }
    for (const [c, t] of best.values()) {
      covered += c;
      total += t;
    }
    return { covered, total };
  }
  grow(needed) {
    let size = Math.max(96, this.data.length * 4);
    while (size < needed) size *= 2;
    const grown = new Int32Array(size);
    grown.set(this.data.subarray(0, this.length));
    this.data = grown;
  }
};

// src/gates/coverage/line-set.ts
var LineSet = class {
  words;
  /** Lines in the set, or -1 when not counted since the last `addAll`. */
  count;
  constructor(words) {
    this.words = words ?? new Uint32Array(16);
    this.count = words ? -1 : 0;
  }
  /** Adds a line number (≥ 1). */
  add(line) {
    const word = line >>> 5;
    if (word >= this.words.length) this.grow(word);
    const before = this.words[word];
    const after = before | 1 << (line & 31);
    if (after !== before) {
      this.words[word] = after;
      if (this.count >= 0) this.count++;
    }
  }
  has(line) {
    const word = line >>> 5;
    return word < this.words.length && (this.words[word] & 1 << (line & 31)) !== 0;
  }
  /** Adds every line of `other`. */
  addAll(other) {
    const theirs = other.words;
    let last = theirs.length - 1;
    while (last >= 0 && theirs[last] === 0) last--;
    if (last < 0) return;
    if (last >= this.words.length) this.grow(last);
    const ours = this.words;
    for (let i = 0; i <= last; i++) ours[i] = ours[i] | theirs[i];
    this.count = -1;
  }
  /** Number of lines in the set. */
  get size() {
    if (this.count < 0) {
      let count = 0;
      for (const w of this.words) count += popcount(w);
      this.count = count;
    }
    return this.count;
  }
  /** The bits, trimmed of trailing empty words (for sending to another thread). */
  toWords() {
    let last = this.words.length - 1;
    while (last >= 0 && this.words[last] === 0) last--;
    return this.words.slice(0, last + 1);
  }
  /** Lines in ascending order. */
  *[Symbol.iterator]() {
    for (let i = 0; i < this.words.length; i++) {
      let w = this.words[i];
      while (w !== 0) {
        const bit = 31 - Math.clz32(w & -w);
        yield i * 32 + bit;
        w &= w - 1;
      }
    }
  }
  grow(word) {
    let size = Math.max(4, this.words.length * 2);
    while (size <= word) size *= 2;
    const grown = new Uint32Array(size);
    grown.set(this.words);
    this.words = grown;
  }
};
function popcount(value) {
  let v = value - (value >>> 1 & 1431655765);
  v = (v & 858993459) + (v >>> 2 & 858993459);
  return (v + (v >>> 4) & 252645135) * 16843009 >>> 24;
}

// src/gates/coverage/records.ts
var MAX_LINE_NUMBER = 1e7;
var RecordCollector = class {
  constructor(reportName, inheritRoots = false) {
    this.reportName = reportName;
    this.roots = inheritRoots ? void 0 : [];
  }
  reportName;
  files = [];
  /** Roots declared so far; undefined until the report declares some (see `FileCoverage.roots`). */
  roots;
  sourceRoots(roots) {
    this.roots = roots;
  }
  beginFile(path) {
    const file = { path, roots: this.roots, measured: new LineSet(), covered: new LineSet() };
    this.files.push(file);
    return new CollectingWriter(file, this.reportName);
  }
};
var CollectingWriter = class {
  constructor(file, reportName) {
    this.file = file;
    this.reportName = reportName;
  }
  file;
  reportName;
  line(line, hits) {
    if (line > MAX_LINE_NUMBER) this.tooLarge(line);
    this.file.measured.add(line);
    if (hits > 0) this.file.covered.add(line);
  }
  branch(line, covered, total) {
    if (line > MAX_LINE_NUMBER) this.tooLarge(line);
    this.file.branches ??= new BranchTable();
    this.file.branches.add(line, covered, total);
  }
  hasBranches() {
    this.file.branches ??= new BranchTable();
  }
  functionLine(line, hits) {
    if (line > MAX_LINE_NUMBER) this.tooLarge(line);
    this.file.functionLines ??= { measured: new LineSet(), covered: new LineSet() };
    this.file.functionLines.measured.add(line);
    if (hits > 0) this.file.functionLines.covered.add(line);
  }
  summary(summary) {
    this.file.summary = mergeSummary(this.file.summary, summary);
  }
  end() {
  }
  tooLarge(line) {
    throw new InputError(
      `${this.reportName}: ${this.file.path} has line number ${line}, more than any real source file (limit ${MAX_LINE_NUMBER})`,
      { path: this.reportName },
      "The report is corrupt; regenerate it."
    );
  }
};
function mergeSummary(a, b) {
  if (!a) return b;
  return a.lines.covered >= b.lines.covered ? a : b;
}
var INDEX = 6;
var HAS_FUNCTIONS = 1;
var HAS_BRANCHES = 2;
function pack(files) {
  const parts = [];
  const triples = [];
  const index = new Int32Array(files.length * INDEX);
  let words = 0;
  let branches = 0;
  const push = (set) => {
    const w = set.toWords();
    parts.push(w);
    words += w.length;
    return words;
  };
  files.forEach((f, i) => {
    const o = i * INDEX;
    index[o] = push(f.measured);
    index[o + 1] = push(f.covered);
    index[o + 2] = f.functionLines ? push(f.functionLines.measured) : words;
    index[o + 3] = f.functionLines ? push(f.functionLines.covered) : words;
    if (f.branches) {
      const t = f.branches.toTriples();
      triples.push(t);
      branches += t.length;
    }
    index[o + 4] = branches;
    index[o + 5] = (f.functionLines ? HAS_FUNCTIONS : 0) | (f.branches ? HAS_BRANCHES : 0);
  });
  const allWords = new Uint32Array(words);
  let at = 0;
  for (const w of parts) {
    allWords.set(w, at);
    at += w.length;
  }
  const allBranches = new Int32Array(branches);
  at = 0;
  for (const t of triples) {
    allBranches.set(t, at);
    at += t.length;
  }
  return {
    packed: {
      paths: files.map((f) => f.path),
      roots: files.map((f) => f.roots),
      summaries: files.map((f) => f.summary),
      index,
      words: allWords,
      branches: allBranches
    },
    transfer: [index.buffer, allWords.buffer, allBranches.buffer]
  };
}
function unpack(packed) {
  const { index, words, branches } = packed;
  let w = 0;
  let b = 0;
  return packed.paths.map((path, i) => {
    const o = i * INDEX;
    const set = (end) => {
      const lines = new LineSet(words.subarray(w, end));
      w = end;
      return lines;
    };
    const measured = set(index[o]);
    const covered = set(index[o + 1]);
    const flags = index[o + 5];
    const fMeasured = set(index[o + 2]);
    const fCovered = set(index[o + 3]);
    const branchEnd = index[o + 4];
    const table = flags & HAS_BRANCHES ? new BranchTable(branches.subarray(b, branchEnd)) : void 0;
    b = branchEnd;
    const summary = packed.summaries[i];
    return {
      path,
      roots: packed.roots[i],
      measured,
      covered,
      ...flags & HAS_FUNCTIONS ? { functionLines: { measured: fMeasured, covered: fCovered } } : {},
      ...table ? { branches: table } : {},
      ...summary ? { summary } : {}
    };
  });
}

// src/gates/coverage/read-task.ts
var READERS = {
  cobertura: readCobertura,
  jacoco: readJacoco,
  lcov: readLcov,
  "coverage-py-json": readCoveragePyJson,
  "istanbul-final": readIstanbulFinal,
  "istanbul-summary": readIstanbulSummary,
  "go-coverprofile": readGoCoverprofile
};
async function runTask(task) {
  const { part } = task;
  const inner = part !== void 0 && part.start > 0;
  const collector = new RecordCollector(task.reportName, inner);
  try {
    if (part) {
      const outcome = await readPart(task, part, collector);
      return { ok: true, files: collector.files, roots: collector.roots, outcome };
    }
    if (task.format === "istanbul-final") {
      try {
        await readIstanbulPart({ path: task.file }, collector, task.reportName, { start: 0, last: true });
        return { ok: true, files: collector.files, roots: collector.roots };
      } catch (error) {
        if (!(error instanceof SplitNotPossible2)) throw error;
      }
      const exact = new RecordCollector(task.reportName);
      await READERS[task.format](inputOf(task.file), exact, task.reportName);
      return { ok: true, files: exact.files, roots: exact.roots };
    }
    await READERS[task.format](inputOf(task.file), collector, task.reportName);
    return { ok: true, files: collector.files, roots: collector.roots };
  } catch (error) {
    if (part) return { ok: false, error: { kind: "split" } };
    return { ok: false, error: describeError(error) };
  }
}
function inputOf(file) {
  return { text: () => readTextChunks(file), bytes: () => readByteChunks(file), source: () => ({ path: file }) };
}
async function readPart(task, part, collector) {
  const source = { path: task.file, start: part.start, end: part.end };
  switch (task.format) {
    case "cobertura":
      return { kind: "xml", xml: await readCoberturaPart(source, collector, task.reportName, part) };
    case "lcov":
      return { kind: "lcov", records: (await readLcovPart(source, collector, task.reportName)).records };
    case "istanbul-final":
      await readIstanbulPart(source, collector, task.reportName, part);
      return { kind: "json" };
    default:
      throw new SplitNotPossible2();
  }
}
function describeError(error) {
  if (error instanceof UserError) {
    return {
      kind: "user",
      name: error.name,
      message: error.message,
      ...error.location ? { location: error.location } : {},
      ...error.fix !== void 0 ? { fix: error.fix } : {}
    };
  }
  return {
    kind: "internal",
    message: error instanceof Error ? error.message : String(error),
    ...error instanceof Error && error.stack !== void 0 ? { stack: error.stack } : {}
  };
}
function serialise(result) {
  if (!result.ok) return { message: result, transfer: [] };
  const { packed, transfer } = pack(result.files);
  return { message: { ...result, files: [packed] }, transfer };
}
function deserialise(message) {
  if (!message.ok) return message;
  return { ...message, files: message.files.flatMap(unpack) };
}

export {
  COBERTURA_SPLIT_MARK,
  joinXmlParts,
  ISTANBUL_SPLIT_MARK,
  nextEntry,
  LCOV_SPLIT_MARK,
  BranchTable,
  LineSet,
  mergeSummary,
  runTask,
  serialise,
  deserialise
};
