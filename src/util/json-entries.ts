import { InputError } from './errors.js';

/** A 1-based position in the JSON text (columns count UTF-16 code units). */
export interface JsonPosition {
  line: number;
  column: number;
}

/**
 * Receives one object member. `where()` gives the position of the member's value; it is only
 * valid during the call (readers use it to point their own shape errors at the right line).
 */
export type JsonEntryHandler = (key: string, value: unknown, where: () => JsonPosition) => void;

/**
 * A member larger than this is refused instead of being joined into one string: V8 cannot hold
 * strings much above 2^29 characters, and a member this size almost always means an unterminated
 * string swallowed the rest of the file.
 */
export const MAX_MEMBER_CHARS = 256 * 1024 * 1024;

const TRUNCATED_FIX =
  'Regenerate the report; a truncated file usually means the job was cancelled while writing it.';

/**
 * Streams a JSON document and hands over the members of the object found at `path`, one at a
 * time, without ever holding the whole document: `[]` is the root object, `['files']` the value
 * of the root's `"files"` key. Each member's value is cut out of the stream as text and parsed
 * with `JSON.parse` on its own, so memory is bounded by the largest member and files larger than
 * V8's maximum string length work.
 *
 * Root-level members that are not on the path (coverage.py's `"meta"` and `"totals"`) are parsed
 * too and given to `onOther`. Members off the path deeper down are parsed (to validate them) and
 * dropped. Duplicate keys are kept: each occurrence is handed over.
 *
 * Malformed or truncated JSON, a root that is not an object, a missing path key and a path value
 * that is not an object all throw an `InputError` with the line and column.
 */
export async function streamJsonEntries(
  chunks: AsyncIterable<string>,
  path: readonly string[],
  onEntry: JsonEntryHandler,
  reportName: string,
  onOther?: JsonEntryHandler,
): Promise<void> {
  const scanner = new JsonEntryScanner(path, onEntry, reportName, onOther);
  for await (const chunk of chunks) scanner.write(chunk);
  scanner.end();
}

/**
 * An `InputError` for a member whose JSON is valid but whose shape is wrong, pointing at the
 * member (use the `where` passed to the entry handler).
 */
export function jsonShapeError(
  reportName: string,
  at: JsonPosition,
  message: string,
  fix?: string,
): InputError {
  return new InputError(
    `${reportName}:${at.line}:${at.column}: ${message}`,
    { path: reportName, line: at.line, column: at.column },
    fix ??
      'Regenerate the report with the tool that wrote it; this looks hand-edited or from another format.',
  );
}

// Scanner states.
const ROOT = 0; // before the root object
const KEY_OR_END = 1; // just after '{'
const KEY = 2; // just after ','
const IN_KEY = 3; // inside a key string
const COLON = 4; // after a key
const VALUE = 5; // after ':'
const CAPTURE = 6; // inside a member value being cut out
const AFTER_VALUE = 7; // after a member value
const DONE = 8; // after the root object

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON_CHAR = 58;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const NEWLINE = 10;

// What the member scanner cares about, per ASCII character.
const KIND_QUOTE = 1;
const KIND_OPEN = 2;
const KIND_CLOSE = 3;
const KIND_COMMA = 4;
const CHAR_KIND = new Uint8Array(128);
CHAR_KIND[QUOTE] = KIND_QUOTE;
CHAR_KIND[OPEN_BRACE] = KIND_OPEN;
CHAR_KIND[OPEN_BRACKET] = KIND_OPEN;
CHAR_KIND[CLOSE_BRACE] = KIND_CLOSE;
CHAR_KIND[CLOSE_BRACKET] = KIND_CLOSE;
CHAR_KIND[COMMA] = KIND_COMMA;

function isWhitespace(c: number): boolean {
  return c === 32 || c === NEWLINE || c === 13 || c === 9;
}

/** A place in the stream, kept cheaply and turned into a line and column only when needed. */
interface Mark {
  chunk: string;
  offset: number;
  lineBase: number;
  columnCarry: number;
}

/** The streaming state machine behind `streamJsonEntries`; exported for tests and benchmarks. */
export class JsonEntryScanner {
  private state = ROOT;
  /** Index into `path` of the object being read; `path.length` is the entries object. */
  private level = 0;
  /** Per level, whether the path key was seen in the current object. */
  private readonly found: boolean[] = [];

  private chunk = '';
  private started = false;
  /** Newlines in completed chunks, and characters since the last of them. */
  private lineBase = 0;
  private columnCarry = 0;
  /** A backslash ended the previous chunk inside a string: skip the next character. */
  private pendingEscape = false;

  private keyParts = '';
  private keyFrom = 0;
  private keyStart: Mark = { chunk: '', offset: 0, lineBase: 0, columnCarry: 0 };
  private key = '';

  // The member value being cut out.
  private memberKey = '';
  private readonly parts: string[] = [];
  private partsLength = 0;
  private captureFrom = 0;
  private depth = 0;
  private inString = false;
  /** Next backslash at or after the scan position in the current chunk (-1: not looked up). */
  private nextBackslash = -1;
  private readonly memberStart: Mark = { chunk: '', offset: 0, lineBase: 0, columnCarry: 0 };
  private readonly where = (): JsonPosition => this.resolve(this.memberStart);

  constructor(
    private readonly path: readonly string[],
    private readonly onEntry: JsonEntryHandler,
    private readonly reportName: string,
    private readonly onOther?: JsonEntryHandler,
  ) {}

  write(chunk: string): void {
    const n = chunk.length;
    if (n === 0) return;
    this.chunk = chunk;
    this.nextBackslash = -1;
    let i = 0;
    if (!this.started) {
      this.started = true;
      // A UTF-8 byte-order mark is not part of the document.
      if (chunk.charCodeAt(0) === 0xfeff) i = 1;
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
          `the value of "${this.memberKey}" is larger than ${MAX_MEMBER_CHARS / (1024 * 1024)} MiB of text; the JSON is probably malformed (an unterminated string?)`,
        );
      }
    } else if (this.state === IN_KEY) {
      this.keyParts += chunk.slice(this.keyFrom);
      this.keyFrom = 0;
    }
    this.countLines(chunk);
  }

  end(): void {
    const eof: Mark = { chunk: '', offset: 0, lineBase: this.lineBase, columnCarry: this.columnCarry };
    switch (this.state) {
      case DONE:
        return;
      case ROOT:
        this.fail(eof, 'the file is empty; expected a JSON object', TRUNCATED_FIX);
        break;
      case IN_KEY:
        this.fail(this.keyStart, 'unterminated string', TRUNCATED_FIX);
        break;
      case CAPTURE: {
        const text = this.parts.join('');
        const error = findJsonSyntaxError(text);
        if (error)
          this.failInMember(text, error.offset, `${error.message} (the file ends inside this value)`);
        break;
      }
    }
    this.fail(
      eof,
      `unexpected end of the file: the JSON is truncated (${this.level + 1} object${this.level === 0 ? '' : 's'} still open)`,
      TRUNCATED_FIX,
    );
  }

  /** Handles one character (or a run of whitespace) outside member values and keys. */
  private step(chunk: string, i: number): number {
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

  private startKey(chunk: string, i: number, c: number): number {
    if (c !== QUOTE) {
      const after = this.state === KEY ? "after ','" : "after '{'";
      this.failAt(i, `expected a key in double quotes ${after}, found ${describeChar(c)}`);
    }
    this.keyStart = this.markAt(i);
    this.keyParts = '';
    this.keyFrom = i + 1;
    this.state = IN_KEY;
    return this.scanKey(chunk, i + 1);
  }

  /** Scans a key string up to its closing quote. */
  private scanKey(chunk: string, start: number): number {
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
        this.keyParts = '';
        this.key = this.decodeKey(raw);
        this.state = COLON;
        return i + 1;
      }
      i++;
    }
    return i;
  }

  private decodeKey(raw: string): string {
    try {
      return JSON.parse(`"${raw}"`) as string;
    } catch {
      const error = findJsonSyntaxError(`"${raw}"`);
      return this.fail(this.keyStart, `invalid key string: ${error?.message ?? 'malformed string'}`);
    }
  }

  private startValue(chunk: string, i: number, c: number): number {
    if (this.level < this.path.length && this.key === this.path[this.level]) {
      if (c !== OPEN_BRACE) {
        this.failAt(
          i,
          `expected an object as the value of "${this.key}" (${this.describeLevel()}), found ${describeChar(c)}`,
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
  private scanCapture(chunk: string, start: number): number {
    const n = chunk.length;
    let depth = this.depth;
    let i = this.inString ? this.skipString(chunk, start) : start;
    while (i < n) {
      const c = chunk.charCodeAt(i);
      // Most characters (digits, letters, spaces) are of no interest: one comparison and one lookup.
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
  private skipString(chunk: string, start: number): number {
    const n = chunk.length;
    let i = start;
    for (;;) {
      let backslash = this.nextBackslash;
      if (backslash < i) {
        backslash = chunk.indexOf('\\', i);
        if (backslash === -1) backslash = n;
        this.nextBackslash = backslash;
      }
      const quote = chunk.indexOf('"', i);
      if (backslash < n && (quote === -1 || backslash < quote)) {
        // The backslash escapes one character, which may be a quote.
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

  private finishMember(chunk: string, end: number): void {
    const tail = chunk.slice(this.captureFrom, end);
    let text = tail;
    if (this.parts.length > 0) {
      this.parts.push(tail);
      text = this.parts.join('');
      this.parts.length = 0;
      this.partsLength = 0;
    }
    this.state = AFTER_VALUE;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const found = findJsonSyntaxError(text);
      if (found?.trailing) {
        // A member value is cut at ',' or '}', so text after a complete value means a missing comma.
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

  private enterObject(level: number): void {
    this.level = level;
    this.found[level] = false;
    this.state = KEY_OR_END;
  }

  private closeObject(i: number): void {
    const level = this.level;
    if (level < this.path.length && !this.found[level]) {
      this.failAt(i, `${this.describeLevel()} has no "${this.path[level]}" key`);
    }
    if (level === 0) this.state = DONE;
    else {
      this.level = level - 1;
      this.key = this.path[level - 1] ?? '';
      this.state = AFTER_VALUE;
    }
  }

  /** "the root object" or "the object at files.x", for messages. */
  private describeLevel(): string {
    return this.level === 0
      ? 'the root object'
      : `the object at "${this.path.slice(0, this.level).join('.')}"`;
  }

  private countLines(chunk: string): void {
    let last = -1;
    let count = 0;
    let at = chunk.indexOf('\n');
    while (at !== -1) {
      count++;
      last = at;
      at = chunk.indexOf('\n', at + 1);
    }
    if (count > 0) {
      this.lineBase += count;
      this.columnCarry = chunk.length - last - 1;
    } else {
      this.columnCarry += chunk.length;
    }
  }

  private markAt(offset: number): Mark {
    return { chunk: this.chunk, offset, lineBase: this.lineBase, columnCarry: this.columnCarry };
  }

  private resolve(mark: Mark): JsonPosition {
    return advance({ line: mark.lineBase + 1, column: mark.columnCarry + 1 }, mark.chunk, mark.offset);
  }

  private failAt(offset: number, message: string): never {
    return this.fail(this.markAt(offset), message);
  }

  private failInMember(text: string, offset: number, message: string): never {
    const position = advance(this.resolve(this.memberStart), text, offset);
    return this.throwAt(position, `${message} in the value of "${this.memberKey}"`);
  }

  private fail(mark: Mark, message: string, fix?: string): never {
    return this.throwAt(this.resolve(mark), message, fix);
  }

  private throwAt(position: JsonPosition, message: string, fix?: string): never {
    throw new InputError(
      `${this.reportName}:${position.line}:${position.column}: malformed JSON: ${message}`,
      { path: this.reportName, line: position.line, column: position.column },
      fix ??
        'Regenerate the report with the tool that wrote it; hand-edited or concatenated JSON often breaks this.',
    );
  }
}

/** The position reached from `start` after the first `offset` characters of `text`. */
function advance(start: JsonPosition, text: string, offset: number): JsonPosition {
  let line = start.line;
  let lastNewline = -1;
  let at = text.indexOf('\n');
  while (at !== -1 && at < offset) {
    line++;
    lastNewline = at;
    at = text.indexOf('\n', at + 1);
  }
  if (lastNewline === -1) return { line, column: start.column + offset };
  return { line, column: offset - lastNewline };
}

function describeChar(c: number): string {
  if (c === NEWLINE) return 'a line break';
  if (c < 32 || c === 127) return `control character U+${c.toString(16).padStart(4, '0').toUpperCase()}`;
  return `'${String.fromCharCode(c)}'`;
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;
const SIMPLE_ESCAPES = '"\\/bfnrt';

/** Where a JSON text stops being valid, and why. */
export interface SyntaxProblem {
  offset: number;
  message: string;
  /** The text holds one valid value followed by more text, which starts at `offset`. */
  trailing?: true;
}

/**
 * Finds the first syntax error in a JSON text, with its offset. Only used once `JSON.parse` has
 * failed: V8's messages do not always say where the problem is.
 */
export function findJsonSyntaxError(text: string): SyntaxProblem | undefined {
  /** Open containers: true for an object, false for an array. */
  const stack: boolean[] = [];
  let i = skipWhitespace(text, 0);
  for (;;) {
    const start = readValueStart(text, i, stack);
    if ('message' in start) return start;
    i = start.offset;
    if (!start.complete) continue;
    const next = readAfterValue(text, i, stack);
    if (typeof next !== 'number') return next;
    if (next === -1) return undefined;
    i = next;
  }
}

/**
 * Reads the start of a value: a whole scalar or empty container (`complete`), or the opening of
 * a container, after which the offset is where its first value starts.
 */
function readValueStart(
  text: string,
  start: number,
  stack: boolean[],
): { offset: number; complete: boolean } | SyntaxProblem {
  if (start >= text.length) return { offset: start, message: 'unexpected end of the text, expected a value' };
  const c = text.charCodeAt(start);
  if (c !== OPEN_BRACE && c !== OPEN_BRACKET) {
    const end = scanScalar(text, start);
    return typeof end === 'number' ? { offset: end, complete: true } : end;
  }
  const isObject = c === OPEN_BRACE;
  const i = skipWhitespace(text, start + 1);
  if (text.charCodeAt(i) === (isObject ? CLOSE_BRACE : CLOSE_BRACKET))
    return { offset: i + 1, complete: true };
  stack.push(isObject);
  if (!isObject) return { offset: i, complete: false };
  const next = readKey(text, i);
  return typeof next === 'number' ? { offset: next, complete: false } : next;
}

/**
 * After a value, closes containers until a ',' asks for another value; returns where that value
 * starts, or -1 at the valid end of the text.
 */
function readAfterValue(text: string, start: number, stack: boolean[]): number | SyntaxProblem {
  const n = text.length;
  let i = start;
  for (;;) {
    i = skipWhitespace(text, i);
    if (stack.length === 0) {
      return i >= n
        ? -1
        : {
            offset: i,
            message: `unexpected ${describeChar(text.charCodeAt(i))} after the value`,
            trailing: true,
          };
    }
    const inObject = stack[stack.length - 1] === true;
    const closer = inObject ? '}' : ']';
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

/** Reads `"key" :` and returns the offset after the colon, or the error. */
function readKey(text: string, start: number): number | SyntaxProblem {
  if (start >= text.length) return { offset: start, message: 'unexpected end of the text, expected a key' };
  if (text.charCodeAt(start) !== QUOTE) {
    return {
      offset: start,
      message: `expected a key in double quotes, found ${describeChar(text.charCodeAt(start))}`,
    };
  }
  const end = scanString(text, start);
  if (typeof end !== 'number') return end;
  const colon = skipWhitespace(text, end);
  if (text.charCodeAt(colon) !== COLON_CHAR) {
    return colon >= text.length
      ? { offset: colon, message: "unexpected end of the text, expected ':'" }
      : { offset: colon, message: `expected ':' after a key, found ${describeChar(text.charCodeAt(colon))}` };
  }
  return skipWhitespace(text, colon + 1);
}

function scanScalar(text: string, i: number): number | SyntaxProblem {
  const c = text.charCodeAt(i);
  if (c === QUOTE) return scanString(text, i);
  for (const literal of ['true', 'false', 'null']) {
    if (text.startsWith(literal, i)) return i + literal.length;
  }
  NUMBER.lastIndex = i;
  if (NUMBER.test(text)) {
    const end = NUMBER.lastIndex;
    const next = text.charCodeAt(end);
    // "01" and "1x": a number must not run into more number-like text.
    if (
      end < text.length &&
      ((next >= 48 && next <= 57) || (next >= 65 && next <= 90) || (next >= 97 && next <= 122))
    ) {
      return { offset: end, message: `invalid number` };
    }
    return end;
  }
  return { offset: i, message: `expected a value, found ${describeChar(c)}` };
}

/** Scans a string starting at its opening quote; returns the offset after the closing quote. */
function scanString(text: string, start: number): number | SyntaxProblem {
  const n = text.length;
  let i = start + 1;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) return i + 1;
    if (c < 32) return { offset: i, message: `${describeChar(c)} inside a string` };
    if (c === BACKSLASH) {
      const next = text.charAt(i + 1);
      if (next === 'u') {
        HEX4.lastIndex = i + 2;
        if (!HEX4.test(text)) return { offset: i, message: 'invalid \\u escape in a string' };
        i += 6;
        continue;
      }
      if (next === '' || !SIMPLE_ESCAPES.includes(next)) {
        return next === ''
          ? { offset: start, message: 'unterminated string' }
          : { offset: i, message: `invalid escape \\${next} in a string` };
      }
      i += 2;
      continue;
    }
    i++;
  }
  return { offset: start, message: 'unterminated string' };
}

function skipWhitespace(text: string, start: number): number {
  let i = start;
  while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
  return i;
}
