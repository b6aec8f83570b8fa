import { describe, expect, it } from 'vitest';
import { BranchTable } from '../../../../src/gates/coverage/branch-table.js';
import { LineSet } from '../../../../src/gates/coverage/line-set.js';
import { pack, RecordCollector, toData, unpack } from '../../../../src/gates/coverage/records.js';
import { WordArena } from '../../../../src/gates/coverage/word-arena.js';

/** A small deterministic generator (mulberry32), so a failing case can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('WordArena', () => {
  it('keeps exact copies that later changes to the source do not reach', () => {
    const arena = new WordArena();
    const source = Int32Array.from([1, 2, 3, 4, 5, 6]);
    const copy = arena.copyInt32(source, 4);
    source.fill(9);
    expect([...copy]).toEqual([1, 2, 3, 4]);
    expect(copy.length).toBe(4);
    expect(arena.copyUint32(new Uint32Array(3), 0).length).toBe(0);
  });

  it('packs small arrays into shared blocks without overlap, across many blocks', () => {
    const arena = new WordArena();
    const next = random(7);
    const copies: Uint32Array[] = [];
    for (let i = 0; i < 3000; i++) {
      const length = 1 + Math.floor(next() * 300);
      copies.push(arena.copyUint32(new Uint32Array(length).fill(i), length));
    }
    // Neighbours share a block: far fewer buffers than arrays.
    const buffers = new Set(copies.map((c) => c.buffer));
    expect(buffers.size).toBeGreaterThan(1);
    expect(buffers.size).toBeLessThan(20);
    // Writing each copy in full leaves every other copy as it was.
    copies.forEach((c, i) => c.fill(i + 1));
    copies.forEach((c, i) => { expect(c.every((w) => w === i + 1)).toBe(true); });
  });

  it('gives an array larger than a quarter of the largest block a buffer of its own', () => {
    const arena = new WordArena();
    const small = arena.copyInt32(Int32Array.from([1, 2]), 2);
    const large = arena.copyInt32(new Int32Array(70_000).fill(3), 70_000);
    const after = arena.copyInt32(Int32Array.from([4, 5]), 2);
    expect(large.buffer).not.toBe(small.buffer);
    expect(large.buffer.byteLength).toBe(70_000 * 4);
    // The block the small arrays use goes on where it was.
    expect(after.buffer).toBe(small.buffer);
    expect(after.byteOffset).toBe(small.byteOffset + 8);
    expect([...small, ...after]).toEqual([1, 2, 4, 5]);
  });
});

describe('LineSet.moveTo and BranchTable.moveTo', () => {
  it('move the data out, empty the working copy and never write into a neighbour', () => {
    const arena = new WordArena();
    const work = new LineSet();
    for (const line of [1, 5, 40]) work.add(line);
    const first = work.moveTo(arena);
    expect(work.size).toBe(0);
    expect([...work]).toEqual([]);
    for (const line of [2, 33]) work.add(line);
    const second = work.moveTo(arena);
    expect([...first]).toEqual([1, 5, 40]);
    expect(first.size).toBe(3);
    expect([...second]).toEqual([2, 33]);
    // `first` is two words in a block with `second` right after it: growing copies it out.
    first.add(70);
    first.addAll(second);
    expect([...first]).toEqual([1, 2, 5, 33, 40, 70]);
    expect([...second]).toEqual([2, 33]);
  });

  it('carries the order a branch table knew, so repeated lines still keep their best figure', () => {
    const arena = new WordArena();
    const work = new BranchTable();
    work.add(3, 1, 2);
    work.add(3, 2, 2);
    work.add(1, 0, 4);
    const unordered = work.moveTo(arena);
    expect(work.size).toBe(0);
    work.add(7, 1, 2);
    const ordered = work.moveTo(arena);
    expect(unordered.count()).toEqual({ covered: 2, total: 6 });
    expect(ordered.count()).toEqual({ covered: 1, total: 2 });
    unordered.add(9, 1, 1);
    expect(unordered.count()).toEqual({ covered: 3, total: 7 });
    expect(ordered.toTriples()).toEqual(Int32Array.from([7, 1, 2]));
  });
});

describe('RecordCollector', () => {
  it('gives each file only its own lines, function lines and branches', () => {
    const collector = new RecordCollector('r.xml');
    const a = collector.beginFile('a.py');
    a.line(1, 1);
    a.line(2, 0);
    a.branch(2, 1, 2);
    a.functionLine(1, 3);
    a.functionLine(700, 0);
    a.end();
    const b = collector.beginFile('b.py');
    b.line(3, 0);
    b.end();
    const c = collector.beginFile('c.py');
    c.hasBranches();
    c.functionLine(5, 0);
    c.end();
    const [fa, fb, fc] = collector.files.map(toData);
    expect(fa).toMatchObject({ path: 'a.py', measured: Uint32Array.from([6]), covered: Uint32Array.from([2]) });
    expect(fa?.branches).toEqual(Int32Array.from([2, 1, 2]));
    expect([...(collector.files[0]?.functionLines?.measured ?? [])]).toEqual([1, 700]);
    expect([...(collector.files[0]?.functionLines?.covered ?? [])]).toEqual([1]);
    expect(fb).toEqual({ path: 'b.py', roots: [], measured: Uint32Array.from([8]), covered: new Uint32Array(0) });
    expect(fc?.branches).toEqual(new Int32Array(0));
    expect(fc?.functionMeasured).toEqual(Uint32Array.from([32]));
    expect(fc?.functionCovered).toEqual(new Uint32Array(0));
  });

  it('ends a file its reader left open, at the next file and when the files are taken', () => {
    const collector = new RecordCollector('r.info');
    const a = collector.beginFile('a.ts');
    a.branch(4, 0, 2);
    const b = collector.beginFile('b.ts');
    b.line(1, 1);
    b.summary({ lines: { covered: 1, total: 1 } });
    b.functionLine(1, 0);
    const files = collector.files;
    expect(files.map((f) => f.path)).toEqual(['a.ts', 'b.ts']);
    expect(files[0]?.branches?.count()).toEqual({ covered: 0, total: 2 });
    expect(files[1]?.summary).toEqual({ lines: { covered: 1, total: 1 } });
    expect([...(files[1]?.functionLines?.measured ?? [])]).toEqual([1]);
    // A writer that has ended cannot write into the next file's working data.
    expect(() => { a.line(2, 1); }).toThrow(/a\.ts written after its end/);
    expect(() => { b.branch(2, 1, 1); }).toThrow(/b\.ts written after its end/);
    expect(collector.files).toHaveLength(2);
  });

  it('keeps what a simple model keeps, over enough files to fill several blocks', () => {
    const next = random(42);
    const collector = new RecordCollector('big.xml');
    const expected: Array<{ measured: number[]; covered: number[]; branches: number[] }> = [];
    for (let f = 0; f < 800; f++) {
      const writer = collector.beginFile(`f${f}.py`);
      const lines = new Map<number, boolean>();
      const branches: number[] = [];
      const count = Math.floor(next() * 120);
      for (let k = 0; k < count; k++) {
        const line = 1 + Math.floor(next() * (f % 7 === 0 ? 3000 : 600));
        const hits = next() < 0.3 ? 0 : 1 + Math.floor(next() * 5);
        writer.line(line, hits);
        lines.set(line, (lines.get(line) ?? false) || hits > 0);
        if (next() < 0.2) {
          const total = 1 + Math.floor(next() * 4);
          const covered = Math.floor(next() * (total + 1));
          writer.branch(line, covered, total);
          branches.push(line, covered, total);
        }
      }
      writer.end();
      const sorted = [...lines.keys()].sort((x, y) => x - y);
      expected.push({ measured: sorted, covered: sorted.filter((l) => lines.get(l)), branches });
    }
    const files = unpack(pack(collector.files).packed);
    expect(files).toHaveLength(800);
    files.forEach((file, i) => {
      const want = expected[i] as (typeof expected)[number];
      expect([...file.measured], `measured lines of f${i}`).toEqual(want.measured);
      expect([...file.covered], `covered lines of f${i}`).toEqual(want.covered);
      expect(file.measured.size).toBe(want.measured.length);
      expect([...(file.branches?.toTriples() ?? [])], `branches of f${i}`).toEqual(want.branches);
    });
  });
});
