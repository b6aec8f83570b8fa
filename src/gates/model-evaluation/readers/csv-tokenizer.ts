/**
 * A CSV tokenizer for predictions files (RFC 4180: quoted fields, doubled quotes, delimiters and
 * newlines inside quotes, CRLF or LF, a UTF-8 BOM; blank lines skipped). It runs over decoded
 * text chunks with charCodeAt and slices only the fields, so a million rows take a fraction of
 * a second — csv-parse builds an info object per record, which dominated the gate's profile.
 * Like csv-parse's defaults it refuses a quote inside an unquoted field, text after a closing
 * quote, and an unclosed quote (which would otherwise swallow the rest of the file).
 */

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** A CSV syntax error and the line it is on. */
export class CsvSyntaxError extends Error {
  override readonly name = 'CsvSyntaxError';
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/** Splits streamed text into records; `onRecord` returns false to stop. */
export class CsvTokenizer {
  /** Text of the record being read that the last chunk did not finish. */
  private pending = '';
  /** Line the next record starts on (1-based). */
  private line = 1;
  private first = true;
  private stopped = false;

  constructor(
    private readonly delimiter: number,
    private readonly maxRecordChars: number,
    private readonly onRecord: (fields: string[], line: number) => boolean,
  ) {}

  /** True once `onRecord` asked to stop. */
  get done(): boolean {
    return this.stopped;
  }

  /** Tokenizes a chunk; a record cut at the chunk's end waits for the next one. */
  push(chunk: string): void {
    if (this.stopped) return;
    let text = this.pending + chunk;
    if (this.first) {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const consumed = this.records(text, false);
    this.pending = text.slice(consumed);
    if (this.pending.length > this.maxRecordChars) {
      throw new CsvSyntaxError(
        `a record longer than ${this.maxRecordChars} characters (an unclosed quote?)`,
        this.line,
      );
    }
  }

  /** Tokenizes what is left at the end of the input. */
  end(): void {
    if (this.stopped || this.pending === '') return;
    this.records(this.pending, true);
    this.pending = '';
  }

  /** Reads whole records from `text`; returns how many characters they used. */
  private records(text: string, final: boolean): number {
    let at = 0;
    while (at < text.length && !this.stopped) {
      const next = this.record(text, at, final);
      if (next < 0) break;
      at = next;
    }
    return at;
  }

  /** One record from `start`; the index after it, or -1 when the text ends inside it. */
  private record(text: string, start: number, final: boolean): number {
    const fields: string[] = [];
    const startLine = this.line;
    let lines = 0;
    let i = start;
    const n = text.length;
    for (;;) {
      let value: string;
      if (i < n && text.charCodeAt(i) === QUOTE) {
        const quoted = this.quotedField(text, i + 1, startLine + lines, final);
        if (!quoted) {
          if (final) throw new CsvSyntaxError('a quoted field is never closed', startLine + lines);
          return -1;
        }
        value = quoted.value;
        lines += quoted.lines;
        i = quoted.end;
      } else {
        let j = i;
        for (; j < n; j++) {
          const c = text.charCodeAt(j);
          if (c === this.delimiter || c === LF || c === CR) break;
          if (c === QUOTE)
            throw new CsvSyntaxError(
              'a quote inside an unquoted field (quote the whole field and double the quote)',
              startLine + lines,
            );
        }
        value = text.slice(i, j);
        i = j;
      }
      fields.push(value);
      if (i >= n) {
        if (!final) return -1;
        return this.emit(fields, startLine, lines, n);
      }
      const c = text.charCodeAt(i);
      if (c === this.delimiter) {
        i++;
        continue;
      }
      // A newline ends the record: LF, CRLF, or a lone CR.
      if (c === CR && i + 1 >= n && !final) return -1;
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      return this.emit(fields, startLine, lines + 1, i);
    }
  }

  private emit(fields: string[], line: number, lines: number, next: number): number {
    this.line += lines;
    const blank = fields.length === 1 && fields[0] === '';
    if (!blank && !this.onRecord(fields, line)) this.stopped = true;
    return next;
  }

  /** A quoted field whose content starts at `from`: its value, newlines inside it and the index after it. */
  private quotedField(
    text: string,
    from: number,
    line: number,
    final: boolean,
  ): { value: string; lines: number; end: number } | undefined {
    let value = '';
    let lines = 0;
    let i = from;
    for (;;) {
      const close = text.indexOf('"', i);
      if (close < 0) return undefined;
      const part = text.slice(i, close);
      value += part;
      for (let k = part.indexOf('\n'); k >= 0; k = part.indexOf('\n', k + 1)) lines++;
      // A quote at the very end closes the field only when no more text can follow.
      if (close + 1 >= text.length) return final ? { value, lines, end: close + 1 } : undefined;
      if (text.charCodeAt(close + 1) === QUOTE) {
        value += '"';
        i = close + 2;
        continue;
      }
      const after = text.charCodeAt(close + 1);
      if (after !== this.delimiter && after !== LF && after !== CR) {
        throw new CsvSyntaxError(
          'text after a closing quote (double a quote inside a quoted field)',
          line + lines,
        );
      }
      return { value, lines, end: close + 1 };
    }
  }
}
