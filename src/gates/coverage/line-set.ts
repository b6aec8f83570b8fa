/**
 * A growable bitset of line numbers. Two bits per measured line (measured, covered) keep a
 * 20,000-file report's line data in a few megabytes, and merging reports is a bitwise OR.
 */
export class LineSet {
  private words = new Uint32Array(4);

  /** Adds a line number (≥ 1). */
  add(line: number): void {
    const word = line >>> 5;
    if (word >= this.words.length) {
      let size = this.words.length * 2;
      while (size <= word) size *= 2;
      const grown = new Uint32Array(size);
      grown.set(this.words);
      this.words = grown;
    }
    this.words[word] = (this.words[word] as number) | (1 << (line & 31));
  }

  has(line: number): boolean {
    const word = line >>> 5;
    return word < this.words.length && ((this.words[word] as number) & (1 << (line & 31))) !== 0;
  }

  /** Number of lines in the set. */
  get size(): number {
    let count = 0;
    for (const w of this.words) count += popcount(w);
    return count;
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
}

function popcount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
