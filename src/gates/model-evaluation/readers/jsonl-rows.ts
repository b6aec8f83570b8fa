import { forEachByteLine, utf8Text } from '../../../util/byte-lines.js';
import { InputError } from '../../../util/errors.js';
import type { Cell } from '../cells.js';
import type { RowSink } from './csv-rows.js';
import { byteChunks, type Source } from './source.js';

/** No real prediction record is longer. */
const MAX_LINE_BYTES = 1 << 20;

/** Thrown inside the line callback to stop reading. */
class Stop extends Error {}

/**
 * Streams a JSON Lines file: one JSON object per line, split from the raw bytes, so memory is
 * one chunk plus one line. The header is the first object's keys (later objects may have more
 * or fewer; a missing key is a blank cell). A line that is not a JSON object is a bad row.
 */
export async function readJsonlRows(source: Source, sink: RowSink): Promise<void> {
  const state: { failure?: InputError; headerDone: boolean } = { headerDone: false };
  try {
    await forEachByteLine(byteChunks(source), source.path, (buf, start, end, line) => {
      let s = start;
      if (line === 1 && buf[s] === 0xef && buf[s + 1] === 0xbb && buf[s + 2] === 0xbf) s += 3;
      while (s < end && (buf[s] === 32 || buf[s] === 9)) s++;
      if (s === end) return;
      const record = parseRecord(buf, s, end);
      if (!state.headerDone) {
        state.headerDone = true;
        const problem = sink.header(typeof record === 'string' ? [] : Object.keys(record));
        if (problem) {
          state.failure = new InputError(
            `${source.path}:${line}: ${problem}`,
            { path: source.path, line },
            'Name the columns in the config (columns: label, score, ...) as the records spell their keys.',
          );
          throw new Stop();
        }
      }
      if (typeof record === 'string') sink.invalid(line, record);
      else
        sink.row(
          sink.fields.map((f) => record[f] as Cell),
          line,
        );
      if (!sink.more()) throw new Stop();
    });
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
  }
  if (state.failure) throw state.failure;
  if (!state.headerDone) {
    throw new InputError(
      `${source.path}: the file is empty (no JSON record)`,
      { path: source.path },
      'Have the evaluation step write its predictions before this gate runs.',
    );
  }
}

/** The record, or a sentence saying why the line is not one. */
function parseRecord(buf: Uint8Array, start: number, end: number): Record<string, unknown> | string {
  if (end - start > MAX_LINE_BYTES) return `the line is longer than ${MAX_LINE_BYTES} bytes`;
  let value: unknown;
  try {
    value = JSON.parse(utf8Text(buf, start, end));
  } catch (error) {
    return `not valid JSON (${(error as Error).message})`;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'not a JSON object';
  return value as Record<string, unknown>;
}
