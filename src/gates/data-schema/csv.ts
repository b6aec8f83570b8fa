import { createReadStream, type ReadStream } from 'node:fs';
import { type CsvError, type Parser, parse } from 'csv-parse';
import { InputError } from '../../util/errors.js';
import { CHUNK_SIZE } from '../../util/text-stream.js';
import { Declined, fastDelimiter, readCsvFast } from './csv-fast.js';

/** A record longer than this is refused: no real row is, and an unclosed quote would otherwise swallow the file. */
export const MAX_RECORD_BYTES = 16 * 1024 * 1024;

/** How to read one CSV or TSV file. */
export interface CsvOptions {
  delimiter: string;
  /** True when the first record is the header. */
  header: boolean;
  /** Stop after this many data rows. */
  sampleRows?: number;
  /** Bytes per read of the fast reader (tests: records across chunk ends); default 1 MiB. */
  chunkSize?: number;
}

/** Where a record is: the physical line it starts on, and its 1-based number among data rows. */
export interface RecordPosition {
  line: number;
  record: number;
}

/** What the reader hands each record to. */
export interface CsvVisitor {
  /** The header row (or undefined without one); false stops reading (the rows cannot be judged). */
  header(cells: string[] | undefined, line: number): boolean;
  row(cells: string[], at: RecordPosition): void;
}

/** The file to read: on disk, and as findings name it. */
export interface CsvSource {
  absPath: string;
  displayPath: string;
}

/** What reading found besides the records. */
export interface CsvReadResult {
  /** False when `sampleRows` or a rejected header stopped reading early. */
  complete: boolean;
  /** False when the file has no record at all although a header was expected. */
  headerSeen: boolean;
}

/**
 * Reads a CSV/TSV file record by record and hands over each record with the physical line it
 * starts on. The fast reader (csv-fast.ts) reads nearly every file; when it meets something only
 * csv-parse reads exactly (odd quoting, a stray `\r`, a huge record), csv-parse reads the file
 * from its start and hands over the records after those already handed over — so records, lines
 * and errors are always csv-parse's. With `sampleRows`, reading stops once enough rows were seen.
 * Malformed CSV is an `InputError` with the line.
 */
export async function readCsv(
  source: CsvSource,
  options: CsvOptions,
  visitor: CsvVisitor,
): Promise<CsvReadResult> {
  if (!options.header && !visitor.header(undefined, 0)) return { complete: false, headerSeen: true };
  let delivered = 0;
  if (fastDelimiter(options.delimiter)) {
    const counted: CsvVisitor = {
      header: (cells, line) => (delivered++, visitor.header(cells, line)),
      row: (cells, at) => {
        delivered++;
        visitor.row(cells, at);
      },
    };
    try {
      const read = await readCsvFast({ path: source.absPath }, options, counted);
      return { complete: read.complete, headerSeen: read.headerSeen };
    } catch (error) {
      if (!(error instanceof Declined)) throw error;
    }
  }
  return readCsvParse(source, options, visitor, delivered);
}

/**
 * Streams a CSV/TSV file through csv-parse (quotes, embedded newlines, CRLF and a UTF-8 BOM
 * handled) and hands over each record with the physical line it starts on, skipping the first
 * `skip` records (the fast reader handed them over already). csv-parse's own line count is the
 * line a record ends on, and counts a CRLF inside quotes twice; the line of a record's start is
 * counted here instead, from the bytes (see {@link LineTracker}). Records are consumed in
 * csv-parse's `on_record` hook, so none is buffered: memory stays at one read chunk plus one
 * record. The header (`header: false`: the call with no cells) is the caller's to announce.
 */
export async function readCsvParse(
  source: CsvSource,
  options: CsvOptions,
  visitor: CsvVisitor,
  skip = 0,
): Promise<CsvReadResult> {
  const state = { stopped: false, headerSeen: !options.header, rows: 0, skipped: 0 };
  const stream = createReadStream(source.absPath, { highWaterMark: CHUNK_SIZE });
  const lines = new LineTracker();
  const parser: Parser = parse({
    delimiter: options.delimiter,
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: MAX_RECORD_BYTES,
    on_record: (record: string[], context) => {
      const line = lines.recordStart(context.bytes);
      if (state.stopped) return null;
      const handOver = state.skipped >= skip;
      if (!handOver) state.skipped++;
      if (!state.headerSeen) {
        state.headerSeen = true;
        if (handOver && !visitor.header(record, line)) stop();
        return null;
      }
      state.rows++;
      if (handOver) visitor.row(record, { line, record: state.rows });
      if (options.sampleRows !== undefined && state.rows >= options.sampleRows) stop();
      return null;
    },
  });
  const stop = () => {
    state.stopped = true;
    stream.unpipe(parser);
    stream.destroy();
    parser.end();
  };
  stream.on('data', (chunk) => {
    lines.see(chunk as Buffer);
  });
  await pump(stream, parser, state, source.displayPath);
  return { complete: !state.stopped, headerSeen: state.headerSeen };
}

/** Pipes the file into the parser; a parse error becomes an `InputError` naming the line. */
async function pump(
  stream: ReadStream,
  parser: Parser,
  state: { stopped: boolean },
  displayPath: string,
): Promise<void> {
  try {
    await new Promise<void>((resolve, reject) => {
      parser.on('error', (error) => {
        if (state.stopped) resolve();
        else reject(error);
      });
      parser.on('end', resolve);
      parser.on('close', resolve);
      stream.on('error', reject);
      parser.resume();
      stream.pipe(parser);
    });
  } catch (error) {
    stream.destroy();
    throw csvError(error, displayPath);
  }
}

function csvError(error: unknown, displayPath: string): InputError {
  const e = error as CsvError & { lines?: number };
  if (typeof e.code === 'string' && e.code.startsWith('CSV_')) {
    return new InputError(
      `${displayPath}${e.lines ? `:${e.lines}` : ''}: not valid CSV: ${e.message}`,
      { path: displayPath, ...(e.lines ? { line: e.lines } : {}) },
      e.code === 'CSV_MAX_RECORD_SIZE'
        ? `No record should be larger than ${MAX_RECORD_BYTES / 1024 / 1024} MiB; look for an unclosed quote before that line, or check that this is a CSV file.`
        : 'Fix the quoting at that line: a field with the delimiter, a quote or a newline must be quoted, and quotes inside it doubled.',
    );
  }
  return new InputError(`${displayPath}: cannot read: ${(error as Error).message}`, { path: displayPath });
}

/**
 * Physical line numbers from byte offsets. It sees every chunk before the parser does and keeps
 * the line terminators (`\n`, `\r\n`, or a lone `\r`) not yet passed by a record. A record
 * starts after the previous record's terminator and any empty lines after it, so its line is one
 * more than the terminators before that point. Memory: the terminators of unparsed chunks only.
 */
export class LineTracker {
  /** Start offsets of terminators, and the offset just after each. */
  private starts: number[] = [];
  private ends: number[] = [];
  private head = 0;
  private offset = 0;
  private pendingCr = -1;
  private before = 0;
  private previousEnd = 0;

  /** Records the terminators of the next chunk of the file. */
  see(chunk: Uint8Array): void {
    // A UTF-8 BOM is not part of the first line's content (csv-parse drops it).
    if (this.offset === 0 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf)
      this.previousEnd = 3;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      const at = this.offset + i;
      if (this.pendingCr !== -1) {
        this.push(this.pendingCr, b === 10 ? at + 1 : at);
        this.pendingCr = -1;
        if (b === 10) continue;
      }
      if (b === 13) this.pendingCr = at;
      else if (b === 10) this.push(at, at + 1);
    }
    this.offset += chunk.length;
  }

  /**
   * The line the record that ends at byte `endOffset` (csv-parse's `bytes`) starts on, counting
   * from the end of the previous record.
   */
  recordStart(endOffset: number): number {
    this.flushCr(this.previousEnd);
    while (this.head < this.starts.length && (this.ends[this.head] as number) <= this.previousEnd) {
      this.head++;
      this.before++;
    }
    // Empty lines between the records (csv-parse skips them).
    let cursor = this.previousEnd;
    let line = this.before + 1;
    for (let k = this.head; k < this.starts.length && this.starts[k] === cursor; k++) {
      cursor = this.ends[k] as number;
      line++;
    }
    this.previousEnd = endOffset;
    if (this.head > 4096) {
      this.starts = this.starts.slice(this.head);
      this.ends = this.ends.slice(this.head);
      this.head = 0;
    }
    return line;
  }

  /** A `\r` at the very end of what was seen is a terminator unless a `\n` follows; a record past it decides. */
  private flushCr(upTo: number): void {
    if (this.pendingCr !== -1 && this.pendingCr < upTo - 1) {
      this.push(this.pendingCr, this.pendingCr + 1);
      this.pendingCr = -1;
    }
  }

  private push(start: number, end: number): void {
    this.starts.push(start);
    this.ends.push(end);
  }
}
