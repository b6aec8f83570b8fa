import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-JB365UXO.js";

// src/util/text-stream.ts
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
var CHUNK_SIZE = 1 << 20;
async function* readTextChunks(path) {
  const decoder = new TextDecoder("utf-8");
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_SIZE })) {
    yield decoder.decode(chunk, { stream: true });
  }
  const tail = decoder.decode();
  if (tail !== "") yield tail;
}
function readByteChunks(path, range = {}) {
  const { start, end } = range;
  if (end !== void 0 && end <= (start ?? 0)) return noChunks();
  return createReadStream(path, {
    highWaterMark: CHUNK_SIZE,
    ...start !== void 0 ? { start } : {},
    ...end !== void 0 ? { end: end - 1 } : {}
  });
}
async function* noChunks() {
}
async function consumeBytes(source, consume, maxCarry, tooLong) {
  if (Symbol.asyncIterator in source) {
    await consumeChunks(source, consume, maxCarry, tooLong);
    return;
  }
  const start = source.start ?? 0;
  const handle = await open(source.path, "r");
  try {
    const end = source.end ?? (await handle.stat()).size;
    let position = start;
    let wanted = 0;
    const readNext = () => {
      wanted = Math.min(CHUNK_SIZE, end - position);
      const at = position;
      position += wanted;
      return wanted > 0 ? readFully(handle, spare, wanted, at) : Promise.resolve(0);
    };
    const spare = new Uint8Array(CHUNK_SIZE);
    let buf = new Uint8Array(CHUNK_SIZE * 2);
    let carry = 0;
    let offset = start;
    let pending = readNext();
    for (; ; ) {
      const bytesRead = await pending;
      const final = bytesRead < wanted || position >= end;
      if (carry + bytesRead > buf.length) {
        const grown = new Uint8Array(Math.max(buf.length * 2, carry + bytesRead));
        grown.set(buf.subarray(0, carry));
        buf = grown;
      }
      buf.set(spare.subarray(0, bytesRead), carry);
      if (!final) pending = readNext();
      const length = carry + bytesRead;
      const used = consume(buf.subarray(0, length), offset, final);
      if (final) return;
      buf.copyWithin(0, used, length);
      carry = length - used;
      offset += used;
      if (carry > maxCarry) tooLong(offset);
    }
  } finally {
    await handle.close();
  }
}
async function readFully(handle, into, length, position) {
  let done = 0;
  while (done < length) {
    const { bytesRead } = await handle.read(into, done, length - done, position + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return done;
}
async function consumeChunks(chunks, consume, maxCarry, tooLong) {
  let carry;
  let offset = 0;
  for await (const data of chunks) {
    let view = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    if (carry) {
      const joined = new Uint8Array(carry.length + view.length);
      joined.set(carry, 0);
      joined.set(view, carry.length);
      view = joined;
    }
    const used = consume(view, offset, false);
    carry = used < view.length ? view.slice(used) : void 0;
    offset += used;
    if (carry && carry.length > maxCarry) tooLong(offset);
  }
  consume(carry ?? new Uint8Array(0), offset, true);
}

// src/util/json-entries.ts
var MAX_MEMBER_CHARS = 256 * 1024 * 1024;
var TRUNCATED_FIX = "Regenerate the report; a truncated file usually means the job was cancelled while writing it.";
async function streamJsonEntries(chunks, path, onEntry, reportName, onOther) {
  const scanner = new JsonEntryScanner(path, onEntry, reportName, onOther);
  for await (const chunk of chunks) scanner.write(chunk);
  scanner.end();
}
function jsonShapeError(reportName, at, message, fix) {
  return new InputError(
    `${reportName}:${at.line}:${at.column}: ${message}`,
    { path: reportName, line: at.line, column: at.column },
    fix ?? "Regenerate the report with the tool that wrote it; this looks hand-edited or from another format."
  );
}
var ROOT = 0;
var KEY_OR_END = 1;
var KEY = 2;
var IN_KEY = 3;
var COLON = 4;
var VALUE = 5;
var CAPTURE = 6;
var AFTER_VALUE = 7;
var DONE = 8;
var QUOTE = 34;
var BACKSLASH = 92;
var COMMA = 44;
var COLON_CHAR = 58;
var OPEN_BRACE = 123;
var CLOSE_BRACE = 125;
var OPEN_BRACKET = 91;
var CLOSE_BRACKET = 93;
var NEWLINE = 10;
var KIND_QUOTE = 1;
var KIND_OPEN = 2;
var KIND_CLOSE = 3;
var KIND_COMMA = 4;
var CHAR_KIND = new Uint8Array(128);
CHAR_KIND[QUOTE] = KIND_QUOTE;
CHAR_KIND[OPEN_BRACE] = KIND_OPEN;
CHAR_KIND[OPEN_BRACKET] = KIND_OPEN;
CHAR_KIND[CLOSE_BRACE] = KIND_CLOSE;
CHAR_KIND[CLOSE_BRACKET] = KIND_CLOSE;
CHAR_KIND[COMMA] = KIND_COMMA;
function isWhitespace(c) {
  return c === 32 || c === NEWLINE || c === 13 || c === 9;
}
var JsonEntryScanner = class {
  constructor(path, onEntry, reportName, onOther) {
    this.path = path;
    this.onEntry = onEntry;
    this.reportName = reportName;
    this.onOther = onOther;
  }
  path;
  onEntry;
  reportName;
  onOther;
  state = ROOT;
  /** Index into `path` of the object being read; `path.length` is the entries object. */
  level = 0;
  /** Per level, whether the path key was seen in the current object. */
  found = [];
  chunk = "";
  started = false;
  /** Newlines in completed chunks, and characters since the last of them. */
  lineBase = 0;
  columnCarry = 0;
  /** A backslash ended the previous chunk inside a string: skip the next character. */
  pendingEscape = false;
  keyParts = "";
  keyFrom = 0;
  keyStart = { chunk: "", offset: 0, lineBase: 0, columnCarry: 0 };
  key = "";
  // The member value being cut out.
  memberKey = "";
  parts = [];
  partsLength = 0;
  captureFrom = 0;
  depth = 0;
  inString = false;
  /** Next backslash at or after the scan position in the current chunk (-1: not looked up). */
  nextBackslash = -1;
  memberStart = { chunk: "", offset: 0, lineBase: 0, columnCarry: 0 };
  where = () => this.resolve(this.memberStart);
  write(chunk) {
    const n = chunk.length;
    if (n === 0) return;
    this.chunk = chunk;
    this.nextBackslash = -1;
    let i = 0;
    if (!this.started) {
      this.started = true;
      if (chunk.charCodeAt(0) === 65279) i = 1;
    }
    if (this.pendingEscape) {
      this.pendingEscape = false;
      i = 1;
    }
    while (i < n) {
      if (this.state === CAPTURE) i = this.scanCapture(chunk, i);
      else if (this.state === IN_KEY) i = this.scanKey(chunk, i);
      else i = this.step(chunk, i);
    }
    if (i > n) this.pendingEscape = true;
    if (this.state === CAPTURE) {
      const part = chunk.slice(this.captureFrom);
      this.parts.push(part);
      this.partsLength += part.length;
      this.captureFrom = 0;
      if (this.partsLength > MAX_MEMBER_CHARS) {
        this.fail(
          this.memberStart,
          `the value of "${this.memberKey}" is larger than ${MAX_MEMBER_CHARS / (1024 * 1024)} MiB of text; the JSON is probably malformed (an unterminated string?)`
        );
      }
    } else if (this.state === IN_KEY) {
      this.keyParts += chunk.slice(this.keyFrom);
      this.keyFrom = 0;
    }
    this.countLines(chunk);
  }
  end() {
    const eof = { chunk: "", offset: 0, lineBase: this.lineBase, columnCarry: this.columnCarry };
    switch (this.state) {
      case DONE:
        return;
      case ROOT:
        this.fail(eof, "the file is empty; expected a JSON object", TRUNCATED_FIX);
        break;
      case IN_KEY:
        this.fail(this.keyStart, "unterminated string", TRUNCATED_FIX);
        break;
      case CAPTURE: {
        const text = this.parts.join("");
        const error = findJsonSyntaxError(text);
        if (error)
          this.failInMember(text, error.offset, `${error.message} (the file ends inside this value)`);
        break;
      }
    }
    this.fail(
      eof,
      `unexpected end of the file: the JSON is truncated (${this.level + 1} object${this.level === 0 ? "" : "s"} still open)`,
      TRUNCATED_FIX
    );
  }
  /** Handles one character (or a run of whitespace) outside member values and keys. */
  step(chunk, i) {
    const c = chunk.charCodeAt(i);
    if (isWhitespace(c)) return i + 1;
    switch (this.state) {
      case ROOT:
        if (c !== OPEN_BRACE) this.failAt(i, `expected a JSON object, found ${describeChar(c)}`);
        this.enterObject(0);
        return i + 1;
      case KEY_OR_END:
        if (c === CLOSE_BRACE) {
          this.closeObject(i);
          return i + 1;
        }
        return this.startKey(chunk, i, c);
      case KEY:
        return this.startKey(chunk, i, c);
      case COLON:
        if (c !== COLON_CHAR)
          this.failAt(i, `expected ':' after the key "${this.key}", found ${describeChar(c)}`);
        this.state = VALUE;
        return i + 1;
      case VALUE:
        return this.startValue(chunk, i, c);
      case AFTER_VALUE:
        if (c === COMMA) {
          this.state = KEY;
          return i + 1;
        }
        if (c === CLOSE_BRACE) {
          this.closeObject(i);
          return i + 1;
        }
        this.failAt(i, `expected ',' or '}' after the value of "${this.key}", found ${describeChar(c)}`);
        break;
      case DONE:
        this.failAt(i, `unexpected ${describeChar(c)} after the end of the JSON document`);
    }
    return i + 1;
  }
  startKey(chunk, i, c) {
    if (c !== QUOTE) {
      const after = this.state === KEY ? "after ','" : "after '{'";
      this.failAt(i, `expected a key in double quotes ${after}, found ${describeChar(c)}`);
    }
    this.keyStart = this.markAt(i);
    this.keyParts = "";
    this.keyFrom = i + 1;
    this.state = IN_KEY;
    return this.scanKey(chunk, i + 1);
  }
  /** Scans a key string up to its closing quote. */
  scanKey(chunk, start) {
    const n = chunk.length;
    let i = start;
    while (i < n) {
      const c = chunk.charCodeAt(i);
      if (c === BACKSLASH) {
        i += 2;
        continue;
      }
      if (c === QUOTE) {
        const raw = this.keyParts + chunk.slice(this.keyFrom, i);
        this.keyParts = "";
        this.key = this.decodeKey(raw);
        this.state = COLON;
        return i + 1;
      }
      i++;
    }
    return i;
  }
  decodeKey(raw) {
    try {
      return JSON.parse(`"${raw}"`);
    } catch {
      const error = findJsonSyntaxError(`"${raw}"`);
      return this.fail(this.keyStart, `invalid key string: ${error?.message ?? "malformed string"}`);
    }
  }
  startValue(chunk, i, c) {
    if (this.level < this.path.length && this.key === this.path[this.level]) {
      if (c !== OPEN_BRACE) {
        this.failAt(
          i,
          `expected an object as the value of "${this.key}" (${this.describeLevel()}), found ${describeChar(c)}`
        );
      }
      this.found[this.level] = true;
      this.enterObject(this.level + 1);
      return i + 1;
    }
    if (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || c === COLON_CHAR) {
      this.failAt(i, `expected a value for the key "${this.key}", found ${describeChar(c)}`);
    }
    this.memberKey = this.key;
    const mark = this.memberStart;
    mark.chunk = chunk;
    mark.offset = i;
    mark.lineBase = this.lineBase;
    mark.columnCarry = this.columnCarry;
    this.captureFrom = i;
    this.depth = 0;
    this.inString = false;
    this.state = CAPTURE;
    return this.scanCapture(chunk, i);
  }
  /**
   * The hot loop: walks a member value tracking only strings and nesting, until a ',' or a
   * closing bracket at depth 0 ends it. `JSON.parse` checks everything else afterwards.
   * Returns where the value ends, the chunk length, or one past it after a chunk-final backslash.
   */
  scanCapture(chunk, start) {
    const n = chunk.length;
    let depth = this.depth;
    let i = this.inString ? this.skipString(chunk, start) : start;
    while (i < n) {
      const c = chunk.charCodeAt(i);
      const kind = c < 128 ? CHAR_KIND[c] : 0;
      if (kind === 0) {
        i++;
        continue;
      }
      if (kind === KIND_QUOTE) i = this.skipString(chunk, i + 1);
      else if (kind === KIND_OPEN) {
        depth++;
        i++;
      } else if (depth === 0) break;
      else {
        if (kind === KIND_CLOSE) depth--;
        i++;
      }
    }
    this.depth = depth;
    if (i < n) this.finishMember(chunk, i);
    return i;
  }
  /**
   * Skips string content from `start` to just past the closing quote. When the chunk ends first,
   * returns the chunk length (or one past it if a backslash ended the chunk) and remembers that a
   * string is open.
   */
  skipString(chunk, start) {
    const n = chunk.length;
    let i = start;
    for (; ; ) {
      let backslash = this.nextBackslash;
      if (backslash < i) {
        backslash = chunk.indexOf("\\", i);
        if (backslash === -1) backslash = n;
        this.nextBackslash = backslash;
      }
      const quote = chunk.indexOf('"', i);
      if (backslash < n && (quote === -1 || backslash < quote)) {
        i = backslash + 2;
        if (i >= n) break;
        continue;
      }
      if (quote === -1) break;
      this.inString = false;
      return quote + 1;
    }
    this.inString = true;
    return Math.max(i, n);
  }
  finishMember(chunk, end) {
    const tail = chunk.slice(this.captureFrom, end);
    let text = tail;
    if (this.parts.length > 0) {
      this.parts.push(tail);
      text = this.parts.join("");
      this.parts.length = 0;
      this.partsLength = 0;
    }
    this.state = AFTER_VALUE;
    let value;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const found = findJsonSyntaxError(text);
      if (found?.trailing) {
        const position = advance(this.resolve(this.memberStart), text, found.offset);
        const next = describeChar(text.charCodeAt(found.offset));
        this.throwAt(position, `expected ',' or '}' after the value of "${this.memberKey}", found ${next}`);
      }
      if (found) this.failInMember(text, found.offset, found.message);
      this.fail(this.memberStart, error instanceof Error ? error.message : String(error));
    }
    if (this.level === this.path.length) this.onEntry(this.memberKey, value, this.where);
    else if (this.level === 0) this.onOther?.(this.memberKey, value, this.where);
  }
  enterObject(level) {
    this.level = level;
    this.found[level] = false;
    this.state = KEY_OR_END;
  }
  closeObject(i) {
    const level = this.level;
    if (level < this.path.length && !this.found[level]) {
      this.failAt(i, `${this.describeLevel()} has no "${this.path[level]}" key`);
    }
    if (level === 0) this.state = DONE;
    else {
      this.level = level - 1;
      this.key = this.path[level - 1] ?? "";
      this.state = AFTER_VALUE;
    }
  }
  /** "the root object" or "the object at files.x", for messages. */
  describeLevel() {
    return this.level === 0 ? "the root object" : `the object at "${this.path.slice(0, this.level).join(".")}"`;
  }
  countLines(chunk) {
    let last = -1;
    let count = 0;
    let at = chunk.indexOf("\n");
    while (at !== -1) {
      count++;
      last = at;
      at = chunk.indexOf("\n", at + 1);
    }
    if (count > 0) {
      this.lineBase += count;
      this.columnCarry = chunk.length - last - 1;
    } else {
      this.columnCarry += chunk.length;
    }
  }
  markAt(offset) {
    return { chunk: this.chunk, offset, lineBase: this.lineBase, columnCarry: this.columnCarry };
  }
  resolve(mark) {
    return advance({ line: mark.lineBase + 1, column: mark.columnCarry + 1 }, mark.chunk, mark.offset);
  }
  failAt(offset, message) {
    return this.fail(this.markAt(offset), message);
  }
  failInMember(text, offset, message) {
    const position = advance(this.resolve(this.memberStart), text, offset);
    return this.throwAt(position, `${message} in the value of "${this.memberKey}"`);
  }
  fail(mark, message, fix) {
    return this.throwAt(this.resolve(mark), message, fix);
  }
  throwAt(position, message, fix) {
    throw new InputError(
      `${this.reportName}:${position.line}:${position.column}: malformed JSON: ${message}`,
      { path: this.reportName, line: position.line, column: position.column },
      fix ?? "Regenerate the report with the tool that wrote it; hand-edited or concatenated JSON often breaks this."
    );
  }
};
function advance(start, text, offset) {
  let line = start.line;
  let lastNewline = -1;
  let at = text.indexOf("\n");
  while (at !== -1 && at < offset) {
    line++;
    lastNewline = at;
    at = text.indexOf("\n", at + 1);
  }
  if (lastNewline === -1) return { line, column: start.column + offset };
  return { line, column: offset - lastNewline };
}
function describeChar(c) {
  if (c === NEWLINE) return "a line break";
  if (c < 32 || c === 127) return `control character U+${c.toString(16).padStart(4, "0").toUpperCase()}`;
  return `'${String.fromCharCode(c)}'`;
}
var NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
var HEX4 = /[0-9a-fA-F]{4}/y;
var SIMPLE_ESCAPES = '"\\/bfnrt';
function findJsonSyntaxError(text) {
  const stack = [];
  let i = skipWhitespace(text, 0);
  for (; ; ) {
    const start = readValueStart(text, i, stack);
    if ("message" in start) return start;
    i = start.offset;
    if (!start.complete) continue;
    const next = readAfterValue(text, i, stack);
    if (typeof next !== "number") return next;
    if (next === -1) return void 0;
    i = next;
  }
}
function readValueStart(text, start, stack) {
  if (start >= text.length) return { offset: start, message: "unexpected end of the text, expected a value" };
  const c = text.charCodeAt(start);
  if (c !== OPEN_BRACE && c !== OPEN_BRACKET) {
    const end = scanScalar(text, start);
    return typeof end === "number" ? { offset: end, complete: true } : end;
  }
  const isObject = c === OPEN_BRACE;
  const i = skipWhitespace(text, start + 1);
  if (text.charCodeAt(i) === (isObject ? CLOSE_BRACE : CLOSE_BRACKET))
    return { offset: i + 1, complete: true };
  stack.push(isObject);
  if (!isObject) return { offset: i, complete: false };
  const next = readKey(text, i);
  return typeof next === "number" ? { offset: next, complete: false } : next;
}
function readAfterValue(text, start, stack) {
  const n = text.length;
  let i = start;
  for (; ; ) {
    i = skipWhitespace(text, i);
    if (stack.length === 0) {
      return i >= n ? -1 : {
        offset: i,
        message: `unexpected ${describeChar(text.charCodeAt(i))} after the value`,
        trailing: true
      };
    }
    const inObject = stack[stack.length - 1] === true;
    const closer = inObject ? "}" : "]";
    if (i >= n) return { offset: n, message: `unexpected end of the text, expected ',' or '${closer}'` };
    const c = text.charCodeAt(i);
    if (c === closer.charCodeAt(0)) {
      stack.pop();
      i++;
      continue;
    }
    if (c !== COMMA) return { offset: i, message: `expected ',' or '${closer}', found ${describeChar(c)}` };
    i = skipWhitespace(text, i + 1);
    return inObject ? readKey(text, i) : i;
  }
}
function readKey(text, start) {
  if (start >= text.length) return { offset: start, message: "unexpected end of the text, expected a key" };
  if (text.charCodeAt(start) !== QUOTE) {
    return {
      offset: start,
      message: `expected a key in double quotes, found ${describeChar(text.charCodeAt(start))}`
    };
  }
  const end = scanString(text, start);
  if (typeof end !== "number") return end;
  const colon = skipWhitespace(text, end);
  if (text.charCodeAt(colon) !== COLON_CHAR) {
    return colon >= text.length ? { offset: colon, message: "unexpected end of the text, expected ':'" } : { offset: colon, message: `expected ':' after a key, found ${describeChar(text.charCodeAt(colon))}` };
  }
  return skipWhitespace(text, colon + 1);
}
function scanScalar(text, i) {
  const c = text.charCodeAt(i);
  if (c === QUOTE) return scanString(text, i);
  for (const literal of ["true", "false", "null"]) {
    if (text.startsWith(literal, i)) return i + literal.length;
  }
  NUMBER.lastIndex = i;
  if (NUMBER.test(text)) {
    const end = NUMBER.lastIndex;
    const next = text.charCodeAt(end);
    if (end < text.length && (next >= 48 && next <= 57 || next >= 65 && next <= 90 || next >= 97 && next <= 122)) {
      return { offset: end, message: `invalid number` };
    }
    return end;
  }
  return { offset: i, message: `expected a value, found ${describeChar(c)}` };
}
function scanString(text, start) {
  const n = text.length;
  let i = start + 1;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) return i + 1;
    if (c < 32) return { offset: i, message: `${describeChar(c)} inside a string` };
    if (c === BACKSLASH) {
      const next = text.charAt(i + 1);
      if (next === "u") {
        HEX4.lastIndex = i + 2;
        if (!HEX4.test(text)) return { offset: i, message: "invalid \\u escape in a string" };
        i += 6;
        continue;
      }
      if (next === "" || !SIMPLE_ESCAPES.includes(next)) {
        return next === "" ? { offset: start, message: "unterminated string" } : { offset: i, message: `invalid escape \\${next} in a string` };
      }
      i += 2;
      continue;
    }
    i++;
  }
  return { offset: start, message: "unterminated string" };
}
function skipWhitespace(text, start) {
  let i = start;
  while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
  return i;
}

export {
  CHUNK_SIZE,
  readTextChunks,
  readByteChunks,
  consumeBytes,
  MAX_MEMBER_CHARS,
  streamJsonEntries,
  jsonShapeError,
  findJsonSyntaxError
};
