/** A typed array kind the scratch hands out. */
type Kind = Float64Array | Int32Array | Uint32Array | Uint8Array;

/**
 * Arrays reused from one chunk of rows to the next, by name. A file swept from disk in chunks
 * would otherwise allocate the same dozen arrays per chunk; the garbage piles up to V8's
 * external-memory threshold (tens of megabytes) before a collection, and peak memory then
 * depends on how many chunks there were. A name must not be in use twice at once.
 */
export class Scratch {
  private readonly arrays = new Map<string, Kind>();

  f64(name: string, n: number): Float64Array {
    return this.take(name, n, Float64Array);
  }

  i32(name: string, n: number): Int32Array {
    return this.take(name, n, Int32Array);
  }

  u32(name: string, n: number): Uint32Array {
    return this.take(name, n, Uint32Array);
  }

  u8(name: string, n: number): Uint8Array {
    return this.take(name, n, Uint8Array);
  }

  private take<T extends Kind>(name: string, n: number, make: new (length: number) => T): T {
    let array = this.arrays.get(name) as T | undefined;
    if (!array || array.length < n || !(array instanceof make)) {
      array = new make(n);
      this.arrays.set(name, array);
    }
    return array.subarray(0, n) as T;
  }
}

/** Fresh arrays each time: what code outside a chunked sweep uses. */
export const FRESH = {
  f64: (_name: string, n: number) => new Float64Array(n),
  i32: (_name: string, n: number) => new Int32Array(n),
  u32: (_name: string, n: number) => new Uint32Array(n),
  u8: (_name: string, n: number) => new Uint8Array(n),
};

/** Where arrays come from: a Scratch, or FRESH. */
export type Arrays = Pick<Scratch, 'f64' | 'i32' | 'u32' | 'u8'>;
