import { createReadStream } from 'node:fs';
import { type CsvError, parse } from 'csv-parse';
import { InputError } from '../../util/errors.js';
import { CHUNK_SIZE } from '../../util/text-stream.js';

/** A record longer than this is refused: no real row is, and an unclosed quote would otherwise swallow the file. */
export const MAX_RECORD_BYTES = 16 * 1024 * 1024;

/** How to read one CSV or TSV file. */
export interface CsvOptions {
  delimiter: string;
  /** True when the first record is the header. */
  header: boolean;
  /** Stop after this many data rows. */
  sampleRows?: number;
}

/**
 * Streams a CSV/TSV file through csv-parse (quotes, embedded newlines, CRLF and a UTF-8 BOM
 * handled) and hands over each record with the line it ends on. Records are consumed in
 * csv-parse's `on_record` hook, so none is buffered: memory stays at one read chunk plus one
 * record. With `sampleRows`, reading stops (and the file is closed) once enough rows were seen.
 * Malformed CSV (an unclosed quote, a quote inside an unquoted field) is an `InputError` with
 * the line.
 */
export async function readCsv(
  absPath: string,
  displayPath: string,
  options: CsvOptions,
  onHeader: (cells: string[] | undefined, line: number) => boolean,
  onRow: (cells: string[], line: number) => void,
): Promise<{ complete: boolean }> {
  const source = createReadStream(absPath, { highWaterMark: CHUNK_SIZE });
  let stopped = false;
  let headerSeen = !options.header;
  let rows = 0;
  if (!options.header && !onHeader(undefined, 0)) stopped = true;
  const stop = () => {
    stopped = true;
    source.unpipe(parser);
    source.destroy();
    parser.end();
  };
  const parser = parse({
    delimiter: options.delimiter,
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: MAX_RECORD_BYTES,
    on_record: (record: string[], context) => {
      if (stopped) return null;
      if (!headerSeen) {
        headerSeen = true;
        if (!onHeader(record, context.lines)) stop();
        return null;
      }
      onRow(record, context.lines);
      if (options.sampleRows !== undefined && ++rows >= options.sampleRows) stop();
      return null;
    },
  });
  if (stopped) {
    source.destroy();
    return { complete: false };
  }
  try {
    await new Promise<void>((resolve, reject) => {
      parser.on('error', (error) => {
        if (stopped) resolve();
        else reject(error);
      });
      parser.on('end', resolve);
      parser.on('close', resolve);
      source.on('error', reject);
      parser.resume();
      source.pipe(parser);
    });
  } catch (error) {
    source.destroy();
    const e = error as CsvError & { lines?: number };
    if (typeof e.code === 'string' && e.code.startsWith('CSV_')) {
      throw new InputError(
        `${displayPath}${e.lines ? `:${e.lines}` : ''}: not valid CSV: ${e.message}`,
        { path: displayPath, ...(e.lines ? { line: e.lines } : {}) },
        e.code === 'CSV_MAX_RECORD_SIZE'
          ? `No record should be larger than ${MAX_RECORD_BYTES / 1024 / 1024} MiB; look for an unclosed quote before that line, or check that this is a CSV file.`
          : 'Fix the quoting at that line: a field with the delimiter, a quote or a newline must be quoted, and quotes inside it doubled.',
      );
    }
    throw new InputError(`${displayPath}: cannot read: ${(error as Error).message}`, { path: displayPath });
  }
  return { complete: !stopped };
}
