import type { RawColumns, TableMeta } from '../table-assemble.js';
import { type ChunkRecord, writeChunk } from './chunks.js';
import { SpillFile } from './spill-file.js';

/** A predictions file's rows on disk: the chunks in file order, and what they share. */
export interface SpilledFile {
  file: SpillFile;
  chunks: ChunkRecord[];
  /** Rows in all chunks. */
  n: number;
  meta: TableMeta;
}

/** Chunks of rows written to a scratch file as a reader streams them. */
export class ChunkSpill {
  private readonly file = new SpillFile();
  private readonly chunks: ChunkRecord[] = [];
  /** Rows written so far. */
  rows = 0;

  add(raw: RawColumns): void {
    this.chunks.push(writeChunk(this.file, raw));
    this.rows += raw.n;
  }

  /** Deletes the file (a read that failed). */
  discard(): void {
    this.file.close();
  }

  /** The finished spill; `meta.dict` is now complete, so every chunk can be finished alike. */
  done(meta: TableMeta): SpilledFile {
    return { file: this.file, chunks: this.chunks, n: this.rows, meta };
  }
}
