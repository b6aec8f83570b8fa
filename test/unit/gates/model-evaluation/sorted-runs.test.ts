import { describe, expect, it } from 'vitest';
import { sortedColumn } from '../../../../src/gates/model-evaluation/metrics/curves.js';
import {
  mergeRuns,
  type RunCursor,
  writeRun,
} from '../../../../src/gates/model-evaluation/spill/sorted-runs.js';
import { SpillFile } from '../../../../src/gates/model-evaluation/spill/spill-file.js';
import { FRESH } from '../../../../src/gates/model-evaluation/scratch.js';
import type { PredictionTable } from '../../../../src/gates/model-evaluation/table.js';

/** A binary chunk of `n` rows with scores from a few values (many ties), labels and a group. */
function chunk(n: number, seed: number): PredictionTable {
  const score = Float64Array.from({ length: n }, (_, i) => ((i * 37 + seed * 11) % 13) / 12);
  return {
    task: 'binary-classification',
    n,
    classes: ['0', '1'],
    labelClass: Int32Array.from({ length: n }, (_, i) => ((i * 7 + seed) % 3 === 0 ? 1 : 0)),
    predClass: new Int32Array(n),
    score,
    scoreKind: 'probability',
    weight: Float64Array.from({ length: n }, (_, i) => 1 + (i % 5) / 4),
    groups: [{ name: 'g', values: ['a', 'b'], codes: Int32Array.from({ length: n }, (_, i) => i % 2) }],
    where: 'line',
  };
}

/**
 * The k-way merge reads each run a block at a time: with blocks of 7 rows over runs of 1,000,
 * 333 and 1 rows it gives every row once, in descending score order, and calls `endOfTies` once
 * per distinct score — exactly where a sort of all rows would have its runs of equal scores.
 */
describe('merging sorted runs from disk', () => {
  it('gives every row once, by descending score, one end of ties per distinct score', () => {
    const file = new SpillFile();
    try {
      const tables = [chunk(1000, 1), chunk(333, 2), chunk(1, 3)];
      const runs = tables.map((t) =>
        writeRun(
          file,
          sortedColumn(t, t.score as Float64Array, 1, FRESH),
          t.score as Float64Array,
          [t.groups[0]?.codes as Int32Array],
          FRESH,
        ),
      );
      const seen: Array<[number, number, number, number]> = [];
      const ends: number[] = [];
      mergeRuns(
        file,
        runs,
        (c: RunCursor) => {
          seen.push([
            c.current,
            c.positive[c.at] as number,
            c.weight?.[c.at] as number,
            c.codes[0]?.[c.at] as number,
          ]);
        },
        () => ends.push(seen.length),
        7,
      );
      const all = tables.flatMap((t) =>
        Array.from({ length: t.n }, (_, i) => [
          t.score?.[i] as number,
          t.labelClass?.[i] as number,
          t.weight?.[i] as number,
          t.groups[0]?.codes[i] as number,
        ]),
      );
      expect(seen).toHaveLength(all.length);
      const key = (r: number[]) => r.join(',');
      expect(seen.map(key).sort()).toEqual(all.map(key).sort());
      for (let i = 1; i < seen.length; i++)
        expect((seen[i] as number[])[0]).toBeLessThanOrEqual((seen[i - 1] as number[])[0] as number);
      const distinct = [...new Set(all.map((r) => r[0]))].sort((a, b) => (b as number) - (a as number));
      expect(ends).toHaveLength(distinct.length);
      expect(ends.map((e) => (seen[e - 1] as number[])[0])).toEqual(distinct);
    } finally {
      file.close();
    }
  });
});
