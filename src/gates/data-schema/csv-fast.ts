import { createReadStream } from 'node:fs';
import { CHUNK_SIZE, type FileRange } from '../../util/text-stream.js';
import type { CsvOptions, CsvVisitor } from './csv.js';

/**
 * The fast CSV reader gave up: the file has something only csv-parse reads exactly (a quote
 * inside an unquoted field, text after a closing quote, an unclosed quote, a `\r` that is not
 * the file's record terminator, a UTF-16 BOM, a huge record). csv-parse then reads it, with its
 * own errors.
 */
export class Declined extends Error {
  constructor(reason: string) {
    super(`the fast CSV reader declined: ${reason}`);
  }
}

/** A record terminator, as csv-parse discovers it: the first one outside quotes in the file. */
export type Terminator = '\n' | '\r\n';

/** What the fast reader read. */
export interface FastCsvResult {
  /** False when `sampleRows` or a rejected header stopped reading early. */
  complete: boolean;
  headerSeen: boolean;
  /** Records handed to the visitor (the header included). */
  delivered: number;
  /** Line terminators in what was read (`\n`, `\r\n` and a lone `\r`, inside quotes too). */
  lines: number;
  terminator: Terminator | undefined;
}

/** Options of one read; a part of a file after the first gets its file's terminator. */
export interface FastCsvOptions extends CsvOptions {
  terminator?: Terminator;
}

/** A record longer than this (in characters) is left to csv-parse, which enforces the limit. */
const MAX_FAST_RECORD = 4 * 1024 * 1024;

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** Whether the fast reader can read with this delimiter: one ASCII character other than a quote or newline. */
export function fastDelimiter(delimiter: string): boolean {
  if (delimiter.length !== 1) return false;
  const c = delimiter.charCodeAt(0);
  return c < 128 && c !== QUOTE && c !== CR && c !== LF;
}

/**
 * Reads a CSV file (or the bytes [start, end) of one, starting at a record) as csv-parse does
 * with the options `readCsv` gives it — RFC 4180 quoting with doubled quotes, the record
 * terminator discovered from the first one outside quotes (`\n` or `\r\n`), empty lines skipped,
 * a UTF-8 BOM dropped, ragged rows kept — and places each record on the line it starts on, as
 * csv.ts's `LineTracker` does. It is several times faster: a chunk is decoded once, and a record
 * without quotes is one `indexOf` and one `split`. Anything else throws {@link Declined} before
 * the record is handed over, so the caller can let csv-parse go on from there
 * (`test/unit/gates/data-schema/csv-fast.test.ts` holds both to the same records, lines and errors).
 */
export async function readCsvFast(
  source: FileRange,
  options: FastCsvOptions,
  visitor: CsvVisitor,
): Promise<FastCsvResult> {
  const reader = new FastCsvReader(options, visitor, (source.start ?? 0) === 0);
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let carry = '';
  let firstChunk = true;
  for await (const chunk of byteChunks(source, options.chunkSize ?? CHUNK_SIZE)) {
    if (firstChunk && reader.atFileStart) checkBom(chunk);
    firstChunk = false;
    const text = carry + decoder.decode(chunk, { stream: true });
    const used = reader.consume(text, false);
    if (reader.stopped) return reader.result(false);
    carry = text.slice(used);
    if (carry.length > MAX_FAST_RECORD) throw new Declined('a record longer than the fast limit');
  }
  const text = carry + decoder.decode();
  reader.consume(text, true);
  return reader.result(!reader.stopped);
}

function byteChunks(source: FileRange, chunkSize: number): AsyncIterable<Buffer> {
  const start = source.start ?? 0;
  if (source.end !== undefined && source.end <= start) return (async function* () {})();
  return createReadStream(source.path, {
    highWaterMark: chunkSize,
    start,
    ...(source.end !== undefined ? { end: source.end - 1 } : {}),
  });
}

/** A UTF-16 BOM switches csv-parse to UTF-16: not for the fast reader. */
function checkBom(chunk: Uint8Array): void {
  if ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))
    throw new Declined('a UTF-16 byte order mark');
}

/** The tokenizer's state across chunks: records are taken whole from each decoded text. */
class FastCsvReader {
  stopped = false;
  private headerSeen: boolean;
  private rows = 0;
  private delivered = 0;
  /** Terminators before the next record (its line is one more). */
  private lines = 0;
  private terminator: Terminator | undefined;
  private readonly delimiter: string;
  private readonly delimiterCode: number;
  /** Whether the text starts at the start of the file (a BOM there is dropped). */
  readonly atFileStart: boolean;
  private bomChecked = false;

  constructor(
    private readonly options: FastCsvOptions,
    private readonly visitor: CsvVisitor,
    atFileStart: boolean,
  ) {
    this.headerSeen = !options.header;
    this.terminator = options.terminator;
    this.delimiter = options.delimiter;
    this.delimiterCode = options.delimiter.charCodeAt(0);
    this.atFileStart = atFileStart;
  }

  result(complete: boolean): FastCsvResult {
    return {
      complete,
      headerSeen: this.headerSeen,
      delivered: this.delivered,
      lines: this.lines,
      terminator: this.terminator,
    };
  }

  /** Hands over every whole record in `text`; returns how much of it was used. */
  consume(text: string, final: boolean): number {
    let pos = 0;
    if (!this.bomChecked && this.atFileStart && (text.length > 0 || final)) {
      this.bomChecked = true;
      if (text.charCodeAt(0) === 0xfeff) pos = 1;
    }
    // The next quote and carriage return at or after `pos` (-1: none in `text`); searched again
    // only once passed, so a file without quotes is not scanned once per record.
    let quote = text.indexOf('"', pos);
    let cr = text.indexOf('\r', pos);
    while (pos < text.length && !this.stopped) {
      let nl = text.indexOf('\n', pos);
      if (quote !== -1 && quote < pos) quote = text.indexOf('"', pos);
      if (cr !== -1 && cr < pos) cr = text.indexOf('\r', pos);
      if (quote !== -1 && (quote < nl || nl === -1)) {
        const next = this.quotedRecord(text, pos, final);
        if (next === -1) return pos;
        pos = next;
        continue;
      }
      if (nl === -1) {
        if (!final) return pos;
        nl = text.length;
      }
      let end = nl;
      if (cr !== -1 && cr < nl) {
        if (cr !== nl - 1 || nl === text.length) throw new Declined('a carriage return inside a record');
        end = nl - 1;
        this.setTerminator('\r\n');
      } else if (nl < text.length) this.setTerminator('\n');
      if (end === pos) {
        // An empty line, which csv-parse skips (a record of one empty quoted field is not empty).
        if (nl < text.length) this.lines++;
        pos = nl + 1;
        continue;
      }
      const cells = text.slice(pos, end).split(this.delimiter);
      this.deliver(cells, this.lines + 1);
      if (nl < text.length) this.lines++;
      pos = nl + 1;
    }
    return Math.min(pos, text.length);
  }

  /**
   * A record with a quote, character by character from `pos`. Returns where the next record
   * starts, or -1 when `text` ends inside the record and more is coming.
   */
  // eslint-disable-next-line max-lines-per-function -- the CSV reader's hot loop: one pass over a quoted record, split it and the cursor, field and line count would cross a call per field
  private quotedRecord(text: string, pos: number, final: boolean): number {
    const cells: string[] = [];
    const d = this.delimiterCode;
    let i = pos;
    let newlines = 0;
    for (;;) {
      let field: string;
      if (text.charCodeAt(i) === QUOTE) {
        field = '';
        let from = i + 1;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q === -1 || q + 1 >= text.length) {
            if (!final) return -1;
            if (q === -1) throw new Declined('an unclosed quote');
            field += text.slice(from, q);
            newlines += countLines(text, from, q);
            i = q + 1;
            break;
          }
          if (text.charCodeAt(q + 1) === QUOTE) {
            field += text.slice(from, q + 1);
            newlines += countLines(text, from, q);
            from = q + 2;
            continue;
          }
          field += text.slice(from, q);
          newlines += countLines(text, from, q);
          i = q + 1;
          break;
        }
        const c = text.charCodeAt(i);
        if (i < text.length && c !== d && c !== LF && c !== CR)
          throw new Declined('text after a closing quote');
      } else {
        const start = i;
        for (; i < text.length; i++) {
          const c = text.charCodeAt(i);
          if (c === d || c === LF || c === CR) break;
          if (c === QUOTE) throw new Declined('a quote inside an unquoted field');
        }
        if (i === text.length && !final) return -1;
        field = text.slice(start, i);
      }
      cells.push(field);
      if (i >= text.length) {
        this.deliver(cells, this.lines + 1);
        this.lines += newlines;
        return text.length;
      }
      const c = text.charCodeAt(i);
      if (c === d) {
        i++;
        continue;
      }
      // A record terminator.
      let after: number;
      if (c === CR) {
        if (i + 1 >= text.length) {
          if (!final) return -1;
          throw new Declined('a carriage return at the end of the file');
        }
        if (text.charCodeAt(i + 1) !== LF) throw new Declined('a lone carriage return');
        this.setTerminator('\r\n');
        after = i + 2;
      } else {
        this.setTerminator('\n');
        after = i + 1;
      }
      this.deliver(cells, this.lines + 1);
      this.lines += newlines + 1;
      return after;
    }
  }

  private setTerminator(found: Terminator): void {
    if (this.terminator === undefined) this.terminator = found;
    else if (this.terminator !== found) throw new Declined('a record terminator unlike the first');
  }

  private deliver(cells: string[], line: number): void {
    this.delivered++;
    if (!this.headerSeen) {
      this.headerSeen = true;
      if (!this.visitor.header(cells, line)) this.stopped = true;
      return;
    }
    this.visitor.row(cells, { line, record: ++this.rows });
    if (this.options.sampleRows !== undefined && this.rows >= this.options.sampleRows) this.stopped = true;
  }
}

/** Terminators in text[from, to) as `LineTracker` counts them: `\n`, `\r\n` and a lone `\r`. */
function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) n++;
  }
  return n;
}
