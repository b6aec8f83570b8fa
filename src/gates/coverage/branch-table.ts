import type { Count } from './model.js';
import type { WordArena } from './word-arena.js';

/**
 * Branch figures of one file as flat (line, covered, total) triples: no object per branch line,
 * so a 10-million-line report's branch data stays in a few typed arrays. A line listed twice
 * (Cobertura repeats method lines, several reports cover one file) keeps its best figure.
 */
export class BranchTable {
  private data: Int32Array;
  private length: number;
  private ordered: boolean;

  /** `ordered` is worked out from the triples unless the caller already knows it. */
  constructor(triples?: Int32Array, ordered?: boolean) {
    this.data = triples ?? new Int32Array(96);
    this.length = triples?.length ?? 0;
    this.ordered = ordered ?? true;
    if (ordered !== undefined) return;
    for (let i = 3; i < this.length; i += 3) {
      if ((this.data[i] as number) <= (this.data[i - 3] as number)) this.ordered = false;
    }
  }

  /** Number of triples' worth of numbers (3 per branch line). */
  get size(): number {
    return this.length;
  }

  add(line: number, covered: number, total: number): void {
    if (this.length + 3 > this.data.length) this.grow(this.length + 3);
    if (this.length > 0 && line <= (this.data[this.length - 3] as number)) this.ordered = false;
    this.data[this.length++] = line;
    this.data[this.length++] = Math.min(covered, total);
    this.data[this.length++] = total;
  }

  /** Appends another table's entries, as if they had been added here one by one. */
  addAll(other: BranchTable): void {
    if (other.length === 0) return;
    if (this.length + other.length > this.data.length) this.grow(this.length + other.length);
    if (!other.ordered || (this.length > 0 && (other.data[0] as number) <= (this.data[this.length - 3] as number)))
      this.ordered = false;
    this.data.set(other.data.subarray(0, other.length), this.length);
    this.length += other.length;
  }

  /**
   * Moves the triples into an exact-size table kept in `arena`, and empties this one: a reader's
   * one working table takes every file's branches in turn, so it grows a few times per report,
   * not once or twice per file, and what a report keeps per file is only its data.
   */
  moveTo(arena: WordArena): BranchTable {
    const table = new BranchTable(arena.copyInt32(this.data, this.length), this.ordered);
    this.length = 0;
    this.ordered = true;
    return table;
  }

  /** The triples, exactly as long as they are: a view, valid until the table next changes. */
  toTriples(): Int32Array {
    return this.data.subarray(0, this.length);
  }

  /** Covered and total branches, each line counted once. */
  count(): Count {
    let covered = 0;
    let total = 0;
    if (this.ordered) {
      for (let i = 0; i < this.length; i += 3) {
        covered += this.data[i + 1] as number;
        total += this.data[i + 2] as number;
      }
      return { covered, total };
    }
    const best = new Map<number, [number, number]>();
    for (let i = 0; i < this.length; i += 3) {
      const line = this.data[i] as number;
      const seen = best.get(line);
      const c = this.data[i + 1] as number;
      const t = this.data[i + 2] as number;
      if (!seen) best.set(line, [c, t]);
      else best.set(line, [Math.max(seen[0], c), Math.max(seen[1], t)]);
    }
    for (const [c, t] of best.values()) {
      covered += c;
      total += t;
    }
    return { covered, total };
  }

  private grow(needed: number): void {
    let size = Math.max(96, this.data.length * 4);
    while (size < needed) size *= 2;
    const grown = new Int32Array(size);
    grown.set(this.data.subarray(0, this.length));
    this.data = grown;
  }
}
