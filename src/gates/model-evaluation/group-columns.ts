import { type Cell, groupKey } from './cells.js';
import { intColumn } from './growable.js';

/** Most distinct values a group column may have; beyond it further values share the slice `(other)`. */
export const MAX_GROUP_VALUES = 1000;

/** The group (slice) columns of a file as they stream in: dictionary-encoded, bounded. */
export class GroupColumns {
  private readonly columns: Array<{
    name: string;
    codes: ReturnType<typeof intColumn>;
    index: Map<string, number>;
    values: string[];
    truncated: boolean;
  }>;

  constructor(names: readonly string[]) {
    this.columns = names.map((name) => ({
      name,
      codes: intColumn(),
      index: new Map(),
      values: [],
      truncated: false,
    }));
  }

  /** Stores one row's group values, read from `cells` starting at `at`. */
  push(cells: readonly Cell[], at: number): void {
    for (let j = 0; j < this.columns.length; j++) {
      const g = this.columns[j] as (typeof this.columns)[number];
      let key = groupKey(cells[at + j]);
      let code = g.index.get(key);
      if (code === undefined) {
        if (g.values.length >= MAX_GROUP_VALUES) {
          key = '(other)';
          g.truncated = true;
          code = g.index.get(key);
        }
        if (code === undefined) {
          code = g.values.length;
          g.index.set(key, code);
          g.values.push(key);
        }
      }
      g.codes.push(code);
    }
  }

  /** Names of the columns that had more than MAX_GROUP_VALUES values. */
  truncated(): string[] {
    return this.columns.filter((g) => g.truncated).map((g) => g.name);
  }

  /** The names and values of the columns (values keep growing while rows stream in). */
  names(): Array<{ name: string; values: string[] }> {
    return this.columns.map((g) => ({ name: g.name, values: g.values }));
  }

  /** Each column's codes for the rows so far (views until `reset`). */
  codes(): Int32Array[] {
    return this.columns.map((g) => g.codes.view());
  }

  /** Forgets the codes of the rows so far (they were written to disk), keeping the values. */
  reset(): void {
    for (const g of this.columns) g.codes.reset();
  }
}
