import type { Count } from './model.js';

/**
 * Branch figures of one file as flat (line, covered, total) triples: no object per branch line,
 * so a 10-million-line report's branch data stays in a few typed arrays. A line listed twice
 * (Cobertura repeats method lines, several reports cover one file) keeps its best figure.
 */
export class BranchTable {
  private data = new Int32Array(24);
  private length = 0;
  private ordered = true;

  add(line: number, covered: number, total: number): void {
    if (this.length + 3 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    if (this.length > 0 && line <= (this.data[this.length - 3] as number)) this.ordered = false;
    this.data[this.length++] = line;
    this.data[this.length++] = Math.min(covered, total);
    this.data[this.length++] = total;
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
}
