import { InputError } from '../../../util/errors.js';
import type { Cell } from '../cells.js';
import { CsvSyntaxError, CsvTokenizer } from './csv-tokenizer.js';
import { byteChunks, type Source } from './source.js';

/** No real row is longer; an unclosed quote would otherwise swallow the file. */
const MAX_RECORD_CHARS = 1 << 20;

/** What a row reader reports to its consumer. */
export interface RowSink {
  /** The column names; a sentence when the wanted columns are not all there (reading stops). */
  header(columns: readonly string[]): string | undefined;
  /** Cells of the wanted columns (in the sink's `fields` order) and the row's line. */
  row(cells: readonly Cell[], line: number): void;
  /** A row that could not be read at all (a line that is not JSON). */
  invalid(line: number, message: string): void;
  /** Columns the sink wants, in the order `row` takes them. */
  readonly fields: readonly string[];
  /** False to stop reading (a row limit was reached). */
  more(): boolean;
}

/**
 * Streams a CSV or TSV file through the tokenizer, one decoded chunk at a time, handing each
 * record's wanted cells to the sink with the line the record starts on; memory is one chunk
 * plus one record. The first record is the header. Malformed CSV is an InputError with the line.
 */
export async function readCsvRows(source: Source, delimiter: string, sink: RowSink): Promise<void> {
  const state: { picks?: number[]; failure?: InputError } = {};
  const tokenizer = new CsvTokenizer(delimiter.charCodeAt(0), MAX_RECORD_CHARS, (cells, line) => {
    if (!state.picks) {
      const names = cells.map((c) => c.trim());
      const problem = sink.header(names);
      if (problem) {
        state.failure = new InputError(
          `${source.path}:${line}: ${problem}`,
          { path: source.path, line },
          'Name the columns in the config (columns: label, score, ...) as the file spells them.',
        );
        return false;
      }
      state.picks = sink.fields.map((f) => names.indexOf(f));
      return true;
    }
    sink.row(
      state.picks.map((p) => cells[p]),
      line,
    );
    return sink.more();
  });
  const decoder = new TextDecoder('utf-8');
  try {
    for await (const chunk of byteChunks(source)) {
      tokenizer.push(decoder.decode(chunk, { stream: true }));
      if (tokenizer.done) break;
    }
    tokenizer.push(decoder.decode());
    tokenizer.end();
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    throw new InputError(
      `${source.path}:${error.line}: not valid CSV: ${error.message}`,
      { path: source.path, line: error.line },
      'Fix the quoting at that line: a field with the delimiter, a quote or a newline must be quoted, and quotes inside it doubled.',
    );
  }
  if (state.failure) throw state.failure;
  if (!state.picks) {
    throw new InputError(
      `${source.path}: the file is empty (not even a header line)`,
      { path: source.path },
      'Have the evaluation step write its predictions before this gate runs.',
    );
  }
}
