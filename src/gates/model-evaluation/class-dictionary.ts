import { sortClasses } from './cells.js';

/** Most classes a multiclass file may have: beyond it a "class" column is an id column by mistake. */
export const MAX_CLASSES = 1000;

/**
 * Class keys seen while streaming, each given an index on first sight. Declared classes (the
 * config's `classes`, or the probability columns) fix the set up front; otherwise a binary file
 * may hold two classes and a multiclass file up to MAX_CLASSES.
 */
export class ClassDictionary {
  private readonly index = new Map<string, number>();
  readonly keys: string[] = [];

  constructor(
    declared: readonly string[],
    private readonly fixed: boolean,
    private readonly limit: number,
  ) {
    for (const key of declared) this.lookupOrAdd(key);
  }

  /** The index of a key, adding it when allowed; a sentence when it is not allowed. */
  lookup(key: string): number | string {
    const known = this.index.get(key);
    if (known !== undefined) return known;
    if (this.fixed)
      return `${JSON.stringify(key)} is not one of the classes ${this.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    if (this.keys.length >= this.limit) {
      return this.limit === 2
        ? `${JSON.stringify(key)} would be a third class (the file already has ${this.keys.map((k) => JSON.stringify(k)).join(' and ')}) in a binary task`
        : `${JSON.stringify(key)} would be class number ${this.limit + 1}; at most ${this.limit} are read`;
    }
    return this.lookupOrAdd(key);
  }

  private lookupOrAdd(key: string): number {
    const known = this.index.get(key);
    if (known !== undefined) return known;
    this.index.set(key, this.keys.length);
    this.keys.push(key);
    return this.keys.length - 1;
  }

  /** Classes in scikit-learn's order, and for each first-seen index its sorted index. */
  sorted(): { classes: string[]; remap: Int32Array } {
    const classes = sortClasses(this.keys);
    const remap = new Int32Array(this.keys.length);
    this.keys.forEach((key, i) => (remap[i] = classes.indexOf(key)));
    return { classes, remap };
  }
}

/**
 * The positive class of a binary file when the config names none: `1` for 0/1 (or -1/1)
 * labels, `true` for booleans; undefined when the labels say nothing (`yes`/`no`).
 */
export function defaultPositive(keys: readonly string[]): string | undefined {
  const within = (allowed: string[]) => keys.every((k) => allowed.includes(k));
  if (within(['0', '1']) || within(['-1', '1'])) return '1';
  if (within(['false', 'true'])) return 'true';
  return undefined;
}

/** The negative class's name when the file never shows it. */
export function negativeName(positive: string, keys: readonly string[]): string {
  const other = keys.find((k) => k !== positive);
  if (other !== undefined) return other;
  if (positive === '1') return '0';
  if (positive === 'true') return 'false';
  return `not ${positive}`;
}
