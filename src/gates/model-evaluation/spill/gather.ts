import { FRESH } from '../scratch.js';
import type { RawColumns } from '../table-assemble.js';
import type { SpilledFile } from './chunk-spill.js';
import { FLOAT_COLUMNS, INT_COLUMNS, readChunk } from './chunks.js';

/** Every chunk's columns joined into one set of arrays, in file order: the rows held whole. */
export function gatherChunks(spilled: SpilledFile): RawColumns {
  const n = spilled.n;
  const out: RawColumns = { n, groupCodes: [] };
  let row = 0;
  for (const record of spilled.chunks) {
    const raw = readChunk(spilled.file, record, FRESH);
    for (const name of INT_COLUMNS) {
      const part = raw[name];
      if (part) (out[name] ??= new Int32Array(n)).set(part, row);
    }
    for (const name of FLOAT_COLUMNS) {
      const part = raw[name];
      // Probabilities are k per row.
      if (part)
        (out[name] ??= new Float64Array((n * part.length) / raw.n)).set(part, (row * part.length) / raw.n);
    }
    raw.groupCodes.forEach((codes, j) => {
      (out.groupCodes[j] ??= new Int32Array(n)).set(codes, row);
    });
    row += raw.n;
  }
  return out;
}
