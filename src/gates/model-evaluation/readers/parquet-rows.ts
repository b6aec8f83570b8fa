import { open } from 'node:fs/promises';
import {
  asyncBufferFromFile,
  type ColumnData,
  parquetMetadataAsync,
  parquetRead,
  parquetSchema,
} from 'hyparquet';
import { InputError } from '../../../util/errors.js';
import type { Cell } from '../cells.js';
import type { RowSink } from './csv-rows.js';
import type { Source } from './source.js';

/** Footers larger than this are refused before anything is parsed (a real one is kilobytes). */
const MAX_FOOTER_BYTES = 64 * 1024 * 1024;

/**
 * Reads a Parquet file with hyparquet one row group at a time and only the wanted columns, so
 * memory is one row group of those columns. Rows are numbered from 1 (Parquet has no lines).
 * Parquet at another commit is not readable: git output reaches the gate as text.
 */
export async function readParquetRows(source: Source, sink: RowSink): Promise<void> {
  if (source.kind !== 'file') {
    throw new InputError(
      `${source.path}: a Parquet file at another commit cannot be read (git output reaches the gate as text)`,
      { path: source.path },
      'Give the baseline as a file (baseline.predictions), or write the predictions as CSV or JSON Lines.',
    );
  }
  await checkFooterFrame(source.abs, source.path);
  let metadata: Awaited<ReturnType<typeof parquetMetadataAsync>>;
  const file = await asyncBufferFromFile(source.abs);
  try {
    metadata = await parquetMetadataAsync(file);
  } catch (error) {
    throw notParquet(source.path, error);
  }
  const names = parquetSchema(metadata).children.map((c) => c.element.name);
  const problem = sink.header(names);
  if (problem) {
    throw new InputError(
      `${source.path}: ${problem}`,
      { path: source.path },
      'Name the columns in the config (columns: label, score, ...) as the file spells them.',
    );
  }
  const columns = [...new Set(sink.fields)];
  const at = sink.fields.map((f) => columns.indexOf(f));
  let rowStart = 0;
  for (const group of metadata.row_groups) {
    const rowEnd = rowStart + Number(group.num_rows);
    const chunks = new Map<string, ColumnData[]>(columns.map((c) => [c, []]));
    try {
      await parquetRead({
        file,
        metadata,
        columns,
        rowStart,
        rowEnd,
        onChunk: (c) => chunks.get(c.columnName)?.push(c),
      });
    } catch (error) {
      throw notParquet(source.path, error);
    }
    if (
      !emitRows(
        columns.map((c) => chunks.get(c) ?? []),
        at,
        rowStart,
        rowEnd,
        sink,
      )
    )
      return;
    rowStart = rowEnd;
  }
}

/**
 * Hands a row group's rows to the sink straight from the decoded column chunks (no row arrays:
 * one reused cell array), each chunk looked up through a cursor that only moves forward.
 * False when the sink wants no more.
 */
function emitRows(
  columns: ColumnData[][],
  at: number[],
  rowStart: number,
  rowEnd: number,
  sink: RowSink,
): boolean {
  for (const list of columns) list.sort((a, b) => a.rowStart - b.rowStart);
  const cursor = new Int32Array(columns.length);
  const values: Cell[] = new Array<Cell>(columns.length);
  const cells: Cell[] = new Array<Cell>(at.length);
  for (let r = rowStart; r < rowEnd; r++) {
    for (let j = 0; j < columns.length; j++) {
      const list = columns[j] as ColumnData[];
      let k = cursor[j] as number;
      while (k < list.length && r >= (list[k] as ColumnData).rowEnd) k++;
      cursor[j] = k;
      const chunk = list[k];
      values[j] = chunk && r >= chunk.rowStart ? (chunk.columnData[r - chunk.rowStart] as Cell) : undefined;
    }
    for (let f = 0; f < at.length; f++) cells[f] = values[at[f] as number];
    sink.row(cells, r + 1);
    if (!sink.more()) return false;
  }
  return true;
}

function notParquet(path: string, error: unknown): InputError {
  return new InputError(
    `${path}: not a readable Parquet file: ${error instanceof Error ? error.message : String(error)}`,
    { path },
    'Rewrite the file with a Parquet writer (pyarrow, polars, DuckDB); it may be truncated.',
  );
}

/** Checks the trailing magic and footer length from the last 8 bytes, so a hostile length is never allocated. */
async function checkFooterFrame(abs: string, path: string): Promise<void> {
  const handle = await open(abs, 'r');
  try {
    const { size } = await handle.stat();
    const tail = Buffer.alloc(8);
    if (size >= 12) await handle.read(tail, 0, 8, size - 8);
    const length = tail.readUInt32LE(0);
    if (size < 12 || tail.subarray(4).toString('latin1') !== 'PAR1') {
      throw new InputError(
        `${path}: not a Parquet file (no PAR1 magic at the end)`,
        { path },
        'Check that the file is Parquet and was written completely.',
      );
    }
    if (length > MAX_FOOTER_BYTES || length > size - 12) {
      throw new InputError(
        `${path}: the Parquet footer claims ${length} bytes, which the file cannot hold or the gate will not read`,
        { path },
        'Rewrite the file with a Parquet writer; it is truncated or corrupt.',
      );
    }
  } finally {
    await handle.close();
  }
}
