import { JsonSyntaxError, type JsonSpan, LocatedJson, type MemberSpans, positionOf } from './located-json.js';

/*
 * A JSON parser that records the line and offsets of every value. It is iterative (an explicit
 * stack), so deeply nested input fails with a finding instead of overflowing the call stack, and
 * counts lines only in whitespace: a valid JSON text has line breaks nowhere else.
 */

/** One open container on the parser's stack. */
interface Frame {
  value: Record<string, unknown> | unknown[];
  members: MemberSpans;
  span: JsonSpan;
  /** For objects: the key whose value comes next. */
  key: string;
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
// eslint-disable-next-line no-control-regex -- raw control characters are what JSON forbids in strings
const CONTROL = /[\u0000-\u001f]/;

/**
 * Parses `text` as one JSON document. Throws `JsonSyntaxError` on malformed input and on
 * nesting deeper than `maxDepth` containers. Duplicate keys keep the last value, as
 * `JSON.parse` and Python's `json` do.
 */
export function parseLocatedJson(text: string, maxDepth = 256): LocatedJson {
  return new Parser(text, maxDepth).parse();
}

class Parser {
  private i = 0;
  private line = 1;
  private nextBackslash = -1;
  private readonly spans = new WeakMap<object, MemberSpans>();
  private readonly stack: Frame[] = [];

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
  ) {
    // A UTF-8 byte-order mark is not part of the document.
    if (text.charCodeAt(0) === 0xfeff) this.i = 1;
  }

  parse(): LocatedJson {
    this.skipWhitespace();
    if (this.i >= this.text.length) this.fail('the file is empty; expected a JSON document');
    let root: unknown;
    let value = this.readValue();
    for (;;) {
      // `value` is complete (a scalar or a closed container): hand it to its parent.
      const frame = this.stack[this.stack.length - 1];
      if (!frame) {
        root = value;
        break;
      }
      value = this.afterMember(frame, value);
      if (value === PENDING) value = this.readValue();
    }
    this.skipWhitespace();
    if (this.i < this.text.length) this.fail(`unexpected ${this.describe()} after the end of the document`);
    return new LocatedJson(root, this.spans);
  }

  /**
   * Reads the value at the cursor. A scalar or an empty container is returned complete; a
   * non-empty container is pushed and the value of its first member is read, iteratively.
   */
  private readValue(): unknown {
    for (;;) {
      this.skipWhitespace();
      const c = this.text.charCodeAt(this.i);
      const start = this.i;
      const line = this.line;
      if (c === 123 /* { */ || c === 91 /* [ */) {
        const container = this.open(c === 123, start, line);
        if (container !== PENDING) return container;
        continue;
      }
      const value = this.readScalar(c);
      this.record({ line, start, end: this.i });
      return value;
    }
  }

  /** Opens a container: returns it when empty, else pushes it and returns PENDING. */
  private open(isObject: boolean, start: number, line: number): unknown {
    if (this.stack.length >= this.maxDepth) {
      this.fail(`the document is nested deeper than ${this.maxDepth} levels`);
    }
    const value: Record<string, unknown> | unknown[] = isObject ? {} : [];
    const members: MemberSpans = isObject ? new Map<string, JsonSpan>() : [];
    this.spans.set(value, members);
    const span = { line, start, end: start };
    this.record(span);
    this.i++;
    this.skipWhitespace();
    const close = isObject ? 125 : 93;
    if (this.text.charCodeAt(this.i) === close) {
      this.i++;
      span.end = this.i;
      return value;
    }
    const frame: Frame = { value, members, span, key: '' };
    this.stack.push(frame);
    if (isObject) this.readKey(frame);
    return PENDING;
  }

  /** Stores a finished member and moves on: returns the closed container, or PENDING. */
  private afterMember(frame: Frame, value: unknown): unknown {
    if (Array.isArray(frame.value)) frame.value.push(value);
    else setMember(frame.value, frame.key, value);
    this.skipWhitespace();
    const c = this.text.charCodeAt(this.i);
    const isObject = !Array.isArray(frame.value);
    if (c === 44 /* , */) {
      this.i++;
      if (isObject) this.readKey(frame);
      return PENDING;
    }
    if (c === (isObject ? 125 : 93)) {
      this.i++;
      frame.span.end = this.i;
      this.stack.pop();
      return frame.value;
    }
    return this.fail(
      `expected ',' or '${isObject ? '}' : ']'}' after ${isObject ? `the value of "${frame.key}"` : 'an array element'}, found ${this.describe()}`,
    );
  }

  private readKey(frame: Frame): void {
    this.skipWhitespace();
    if (this.text.charCodeAt(this.i) !== 34)
      this.fail(`expected a key in double quotes, found ${this.describe()}`);
    frame.key = this.readString();
    this.skipWhitespace();
    if (this.text.charCodeAt(this.i) !== 58) {
      this.fail(`expected ':' after the key "${frame.key}", found ${this.describe()}`);
    }
    this.i++;
  }

  /** Records the span of the value about to be stored in the innermost container. */
  private record(span: JsonSpan): void {
    const frame = this.stack[this.stack.length - 1];
    if (!frame) return;
    if (Array.isArray(frame.members)) frame.members.push(span);
    else frame.members.set(frame.key, span);
  }

  private readScalar(c: number): unknown {
    if (c === 34) return this.readString();
    for (const [word, value] of LITERALS) {
      if (this.text.startsWith(word, this.i)) {
        this.i += word.length;
        return value;
      }
    }
    NUMBER.lastIndex = this.i;
    if (NUMBER.test(this.text)) {
      const end = NUMBER.lastIndex;
      const value = Number(this.text.slice(this.i, end));
      this.i = end;
      return value;
    }
    return this.fail(
      this.i >= this.text.length
        ? 'unexpected end of the file: the JSON is truncated'
        : `expected a value, found ${this.describe()}`,
    );
  }

  /** Reads a string at the cursor (on its opening quote). */
  private readString(): string {
    const text = this.text;
    const open = this.i;
    let close = text.indexOf('"', open + 1);
    if (this.nextBackslash < open) {
      this.nextBackslash = text.indexOf('\\', open + 1);
      if (this.nextBackslash === -1) this.nextBackslash = text.length;
    }
    if (close !== -1 && close < this.nextBackslash) {
      const value = text.slice(open + 1, close);
      if (CONTROL.test(value))
        this.failAt(open, 'a control character (a raw line break or tab) inside a string');
      this.i = close + 1;
      return value;
    }
    // Escapes: find the closing quote that no backslash escapes, then let JSON.parse decode.
    let at = open + 1;
    for (;;) {
      close = text.indexOf('"', at);
      if (close === -1) this.failAt(open, 'unterminated string');
      let backslashes = 0;
      while (text.charCodeAt(close - 1 - backslashes) === 92) backslashes++;
      if (backslashes % 2 === 0) break;
      at = close + 1;
    }
    this.i = close + 1;
    this.nextBackslash = -1;
    try {
      return JSON.parse(text.slice(open, close + 1)) as string;
    } catch {
      return this.failAt(open, 'invalid escape or control character in a string');
    }
  }

  /** Skips whitespace, counting lines: a valid JSON text has line breaks only here. */
  private skipWhitespace(): void {
    const text = this.text;
    let i = this.i;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 10) this.line++;
      else if (c !== 32 && c !== 9 && c !== 13) break;
      i++;
    }
    this.i = i;
  }

  private describe(): string {
    if (this.i >= this.text.length) return 'the end of the file';
    const c = this.text.charCodeAt(this.i);
    if (c < 32 || c === 127) return `control character U+${c.toString(16).padStart(4, '0').toUpperCase()}`;
    return `'${this.text.charAt(this.i)}'`;
  }

  private fail(message: string): never {
    return this.failAt(this.i, message);
  }

  private failAt(offset: number, message: string): never {
    const { line, column } = positionOf(this.text, offset);
    throw new JsonSyntaxError(message, offset, line, column);
  }
}

/** Marks a container that was opened and still needs its members read. */
const PENDING = Symbol('pending');

const LITERALS: ReadonlyArray<readonly [string, unknown]> = [
  ['true', true],
  ['false', false],
  ['null', null],
];

/** A key named `__proto__` must become an own property, never the object's prototype. */
function setMember(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else target[key] = value;
}
