import { describe, expect, it } from 'vitest';
import type { ChangedFile } from '../../../../src/gates/coverage/diff.js';
import { LineSet } from '../../../../src/gates/coverage/line-set.js';
import { patchCoverage } from '../../../../src/gates/coverage/patch.js';
import type { CoverageStore, MergedFile } from '../../../../src/gates/coverage/store.js';

function lines(...numbers: number[]): LineSet {
  const set = new LineSet();
  for (const n of numbers) set.add(n);
  return set;
}

function file(path: string, measured: number[], covered: number[], extra: Partial<MergedFile> = {}): MergedFile {
  return {
    path,
    measured: lines(...measured),
    covered: lines(...covered),
    records: 1,
    reportPath: path,
    matched: true,
    tried: [path],
    formats: new Set(['cobertura']),
    ...extra,
  };
}

/** patchCoverage reads only `files`; a store of hand-made files keeps the figures checkable by hand. */
function store(...files: MergedFile[]): CoverageStore {
  return { files: new Map(files.map((f) => [f.path, f])) } as unknown as CoverageStore;
}

const change = (path: string, addedLines: number[]): ChangedFile => ({ path, addedLines });

describe('patchCoverage: diff-cover semantics on changed lines', () => {
  it('counts only changed lines a report measures, and ranges bridge unmeasured lines', () => {
    // a.py measures 1-6 and 9; ran 1, 2 and 9. Changed: 2-8 and 9.
    // Measured changed lines: 2, 3, 4, 5, 6, 9 → total 6; covered: 2 and 9 → 2.
    // Missing 3, 4, 5, 6 form one range; 7 and 8 are not measured and not counted.
    const result = patchCoverage(
      store(file('a.py', [1, 2, 3, 4, 5, 6, 9], [1, 2, 9])),
      [change('a.py', [2, 3, 4, 5, 6, 7, 8, 9])],
    );
    expect(result).toMatchObject({ covered: 2, total: 6 });
    expect(result.files).toEqual([
      { path: 'a.py', covered: 2, total: 6, missing: [3, 4, 5, 6], ranges: [[3, 6]] },
    ]);
  });

  it('bridges a changed but unmeasured line inside an uncovered block, and splits at a covered one', () => {
    // Measured 10, 12, 13, 15; covered 13. Changed 10-15: 11 and 14 unmeasured.
    // 10 missing, 11 bridged, 12 missing → [10, 12]; 13 covered closes it; 14 bridged, 15 → [15, 15].
    const result = patchCoverage(store(file('b.py', [10, 12, 13, 15], [13])), [
      change('b.py', [10, 11, 12, 13, 14, 15]),
    ]);
    expect(result.files[0]).toMatchObject({ missing: [10, 12, 15], ranges: [[10, 12], [15, 15]] });
    // A gap in the changed lines (not consecutive) also ends a range.
    const gap = patchCoverage(store(file('c.py', [1, 3], [])), [change('c.py', [1, 3])]);
    expect(gap.files[0]?.ranges).toEqual([
      [1, 1],
      [3, 3],
    ]);
  });

  it('lists a changed file no report measures as absent, not as 0 %', () => {
    const result = patchCoverage(store(file('a.py', [1], [1]), file('empty.py', [], [])), [
      change('a.py', [1]),
      change('new.py', [1, 2]),
      change('empty.py', [1]),
    ]);
    expect(result).toMatchObject({ covered: 1, total: 1 });
    expect(result.absent.map((c) => c.path)).toEqual(['new.py', 'empty.py']);
  });

  it("counts a function's start line known only from function records (LCOV FN)", () => {
    // Line 5 is only a function start (FN/FNDA): measured through functionLines, covered when hit.
    const fn = { measured: lines(5, 20), covered: lines(5) };
    const result = patchCoverage(store(file('d.ts', [6], [6], { functionLines: fn })), [
      change('d.ts', [5, 6, 20]),
    ]);
    expect(result).toMatchObject({ covered: 2, total: 3 });
    expect(result.files[0]?.missing).toEqual([20]);
  });
});
