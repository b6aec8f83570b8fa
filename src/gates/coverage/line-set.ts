import type { WordArena } from './word-arena.js';

/**
 * A growable bitset of line numbers. Two bits per measured line (measured, covered) keep a
 * 20,000-file report's line data in a few megabytes, and merging reports is a bitwise OR.
 */
export class LineSet {
  private words: Uint32Array;
  /** Lines in the set, or -1 when not counted since the last `addAll`. */
  private count: number;

  /** `count` is the number of lines in `words` when the caller knows it. */
  constructor(words?: Uint32Array, count?: number) {
    this.words = words ?? new Uint32Array(16);
    this.count = count ?? (words ? -1 : 0);
  }

  /** Adds a line number (≥ 1). */
  add(line: number): void {
    const word = line >>> 5;
    if (word >= this.words.length) this.grow(word);
    const before = this.words[word] as number;
    const after = before | (1 << (line & 31));
    if (after !== before) {
      this.words[word] = after;
      if (this.count >= 0) this.count++;
    }
  }

  has(line: number): boolean {
    const word = line >>> 5;
    return word < this.words.length && ((this.words[word] as number) & (1 << (line & 31))) !== 0;
  }

  /** Adds every line of `other`. */
  addAll(other: LineSet): void {
    const theirs = other.words;
    let last = theirs.length - 1;
    while (last >= 0 && theirs[last] === 0) last--;
    if (last < 0) return;
    if (last >= this.words.length) this.grow(last);
    const ours = this.words;
    for (let i = 0; i <= last; i++) ours[i] = (ours[i] as number) | (theirs[i] as number);
    this.count = -1;
  }

  /** Number of lines in the set. */
  get size(): number {
    if (this.count < 0) {
      let count = 0;
      for (const w of this.words) count += popcount(w);
      this.count = count;
    }
    return this.count;
  }

  /**
   * The bits, trimmed of trailing empty words: a view, valid until the set next changes (for
   * packing into one array to send to another thread, which copies it).
   */
  toWords(): Uint32Array {
    let last = this.words.length - 1;
    while (last >= 0 && this.words[last] === 0) last--;
    return this.words.subarray(0, last + 1);
  }

  /**
   * Moves the lines into an exact-size set kept in `arena`, and empties this one: a reader's
   * working sets take every file's lines in turn, so they grow a few times per report, not per
   * file, and what a report keeps per file is only its bits.
   */
  moveTo(arena: WordArena): LineSet {
    let last = this.words.length - 1;
    while (last >= 0 && this.words[last] === 0) last--;
    const moved = new LineSet(arena.copyUint32(this.words, last + 1), this.count);
    this.words.fill(0, 0, last + 1);
    this.count = 0;
    return moved;
  }

  /** Lines in ascending order. */
  *[Symbol.iterator](): IterableIterator<number> {
    for (let i = 0; i < this.words.length; i++) {
      let w = this.words[i] as number;
      while (w !== 0) {
        const bit = 31 - Math.clz32(w & -w);
        yield i * 32 + bit;
        w &= w - 1;
      }
    }
  }

  private grow(word: number): void {
    let size = Math.max(4, this.words.length * 2);
    while (size <= word) size *= 2;
    const grown = new Uint32Array(size);
    grown.set(this.words);
    this.words = grown;
  }
}

function popcount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
