import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The typed arrays a chunk or a run is written as. */
export type Column = Int32Array | Float64Array | Uint8Array;

/** Where one array was written. */
export interface Extent {
  offset: number;
  bytes: number;
}

/**
 * One scratch file of the gate's own, in a fresh directory under the OS temp dir (RUNNER_TEMP's
 * sibling on a hosted runner), appended to and read back by position. Rows that do not fit the
 * memory budget live here between the read and the sweep; `close()` deletes the directory.
 */
export class SpillFile {
  private readonly dir: string;
  private readonly fd: number;
  private end = 0;

  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'mlqg-rows-'));
    this.fd = openSync(join(this.dir, 'rows.bin'), 'w+', 0o600);
  }

  /** Appends an array's bytes; where they went. */
  write(column: Column): Extent {
    const offset = this.end;
    let done = 0;
    const bytes = new Uint8Array(column.buffer, column.byteOffset, column.byteLength);
    while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done, offset + done);
    this.end += bytes.length;
    return { offset, bytes: bytes.length };
  }

  /** Reads `into.byteLength` bytes from `offset` into `into`. */
  read(into: Column, offset: number): void {
    const bytes = new Uint8Array(into.buffer, into.byteOffset, into.byteLength);
    let done = 0;
    while (done < bytes.length) {
      const got = readSync(this.fd, bytes, done, bytes.length - done, offset + done);
      if (got === 0) throw new Error(`spill file ended early at byte ${offset + done}`);
      done += got;
    }
  }

  /** Closes and deletes the file and its directory. */
  close(): void {
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
