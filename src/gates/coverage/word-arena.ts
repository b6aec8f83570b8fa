/** The first block's size in 32-bit words (16 KB); each next block is twice as large, up to MAX_BLOCK. */
const FIRST_BLOCK = 1 << 12;
/** 1 MB: a report's last block leaves at most this much unused. */
const MAX_BLOCK = 1 << 18;

/**
 * Keeps exact-size copies of many small arrays of 32-bit words (a file's line bits and branch
 * triples) as views into a few shared blocks. As arrays of their own, 20,000 files' arrays are
 * tens of thousands of allocations, most of them outside V8's heap, each with a backing-store
 * record and external-memory accounting that brings garbage collections forward; as views they
 * cost one small object each. A view is exactly as long as its data, so an array that must grow
 * later is copied out first and never writes into its neighbours.
 */
export class WordArena {
  private block = new ArrayBuffer(0);
  /** Words of `block` handed out. */
  private used = 0;
  private nextSize = FIRST_BLOCK;
  /** The buffer `reserve` placed the last array in. */
  private target = this.block;

  /** A copy of `source[0, length)` that lives in the arena. */
  copyInt32(source: Int32Array, length: number): Int32Array {
    const at = this.reserve(length);
    const copy = new Int32Array(this.target, at * 4, length);
    copy.set(source.subarray(0, length));
    return copy;
  }

  /** A copy of `source[0, length)` that lives in the arena. */
  copyUint32(source: Uint32Array, length: number): Uint32Array {
    const at = this.reserve(length);
    const copy = new Uint32Array(this.target, at * 4, length);
    copy.set(source.subarray(0, length));
    return copy;
  }

  /** Finds room for `length` words: sets `target` and returns the word offset in it. */
  private reserve(length: number): number {
    // An array larger than a quarter of the largest block gets a buffer of its own, so no block
    // is left mostly empty.
    if (length > MAX_BLOCK >> 2) {
      this.target = new ArrayBuffer(length * 4);
      return 0;
    }
    if (this.used + length > this.block.byteLength >> 2) {
      this.block = new ArrayBuffer(this.nextSize * 4);
      this.used = 0;
      this.nextSize = Math.min(this.nextSize * 2, MAX_BLOCK);
    }
    this.target = this.block;
    const at = this.used;
    this.used += length;
    return at;
  }
}
