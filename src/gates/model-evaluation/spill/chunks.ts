import type { RawColumns } from '../table-assemble.js';
import type { Arrays } from '../scratch.js';
import type { Extent, SpillFile } from './spill-file.js';

/** The columns of a chunk held as Int32Array (class indexes). */
export const INT_COLUMNS = ['label', 'pred'] as const;
/** The columns of a chunk held as Float64Array. */
export const FLOAT_COLUMNS = ['score', 'proba', 'weight', 'labelValue', 'predValue'] as const;
type ColumnName = (typeof INT_COLUMNS)[number] | (typeof FLOAT_COLUMNS)[number];

/** Where one chunk's columns are in the spill file. */
export interface ChunkRecord {
  n: number;
  columns: Partial<Record<ColumnName, Extent>>;
  groupCodes: Extent[];
}

/** Writes a chunk's columns (views the caller may reuse afterwards: the bytes are copied out). */
export function writeChunk(file: SpillFile, raw: RawColumns): ChunkRecord {
  const columns: ChunkRecord['columns'] = {};
  for (const name of [...INT_COLUMNS, ...FLOAT_COLUMNS]) {
    const column = raw[name];
    if (column) columns[name] = file.write(column);
  }
  return { n: raw.n, columns, groupCodes: raw.groupCodes.map((codes) => file.write(codes)) };
}

/** Reads a chunk back (into the scratch's arrays: valid until the next chunk is read). */
export function readChunk(file: SpillFile, record: ChunkRecord, arrays: Arrays): RawColumns {
  const raw: RawColumns = { n: record.n, groupCodes: [] };
  for (const name of INT_COLUMNS) {
    const at = record.columns[name];
    if (!at) continue;
    const column = arrays.i32(`chunk-${name}`, at.bytes / 4);
    file.read(column, at.offset);
    (raw as unknown as Record<string, Int32Array>)[name] = column;
  }
  for (const name of FLOAT_COLUMNS) {
    const at = record.columns[name];
    if (!at) continue;
    const column = arrays.f64(`chunk-${name}`, at.bytes / 8);
    file.read(column, at.offset);
    (raw as unknown as Record<string, Float64Array>)[name] = column;
  }
  raw.groupCodes = record.groupCodes.map((at, j) => {
    const codes = arrays.i32(`chunk-group-${j}`, at.bytes / 4);
    file.read(codes, at.offset);
    return codes;
  });
  return raw;
}
