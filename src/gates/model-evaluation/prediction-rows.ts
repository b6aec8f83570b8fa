import type { Task } from './catalog.js';
import { RankCache } from './metrics/curves.js';
import { type Evaluator, tableEvaluator } from './metrics/evaluator.js';
import type { PredictionTable } from './table.js';

/** One group (slice) column as the judge sees it: its values and how many rows each has. */
export interface SliceColumn {
  name: string;
  /** Distinct values in first-seen order. */
  values: string[];
  /** Rows per value. */
  rows: Uint32Array;
}

/** One value of one group column: `column` indexes `slices`, `code` its `values`. */
export interface SliceKey {
  column: number;
  code: number;
}

/**
 * The rows of a predictions file as the judge uses them: metrics over all rows or one slice.
 * Either held in memory (a table, which the paired bootstrap needs) or streamed through disk in
 * chunks for flat memory (spill/), with the same figures.
 */
export interface PredictionRows {
  readonly task: Task;
  /** Rows read. */
  readonly n: number;
  /** Class keys in scikit-learn's order; empty for regression. */
  readonly classes: string[];
  readonly slices: readonly SliceColumn[];
  /** Metrics over every row, or over the rows of one slice. */
  evaluator(slice?: SliceKey): Evaluator;
  /** The rows themselves, when held in memory (for pairing with the baseline's rows). */
  readonly table?: PredictionTable;
}

/** The rows of a table held in memory; slices are 0/1 multiplicities over the table's one sort. */
export function inMemoryRows(table: PredictionTable, ranks = new RankCache(table)): PredictionRows {
  const slices = table.groups.map((g) => {
    const rows = new Uint32Array(g.values.length);
    for (const code of g.codes) rows[code] = (rows[code] as number) + 1;
    return { name: g.name, values: g.values, rows };
  });
  let all: Evaluator | undefined;
  return {
    task: table.task,
    n: table.n,
    classes: table.classes,
    slices,
    table,
    evaluator(slice?: SliceKey): Evaluator {
      if (!slice) return (all ??= tableEvaluator(table, ranks));
      const codes = (table.groups[slice.column] as PredictionTable['groups'][number]).codes;
      const mask = new Uint8Array(table.n);
      for (let i = 0; i < table.n; i++) if (codes[i] === slice.code) mask[i] = 1;
      return tableEvaluator(table, ranks, mask);
    },
  };
}
