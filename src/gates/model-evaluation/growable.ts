/**
 * Columns of numbers that grow as rows stream in. A predictions file is held as a few typed
 * arrays (8 bytes per float, 4 per class index) instead of one object per row, so a million rows
 * cost tens of megabytes, not hundreds; growth doubles the capacity, so each value is copied
 * about once on average.
 */

const INITIAL_CAPACITY = 1 << 14;

type TypedArrayConstructor<T> = new (length: number) => T;

interface Typed {
  length: number;
  set(array: ArrayLike<number>, offset?: number): void;
  subarray(begin?: number, end?: number): this;
  [index: number]: number;
}

/** A growable column of one typed array kind. */
export class GrowableColumn<T extends Typed> {
  private data: T;
  length = 0;

  constructor(private readonly make: TypedArrayConstructor<T>) {
    this.data = new make(INITIAL_CAPACITY);
  }

  push(value: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = value;
  }

  /** Appends several values at once (a row's class probabilities). */
  pushAll(values: ArrayLike<number>): void {
    if (this.length + values.length > this.data.length) this.grow(this.length + values.length);
    this.data.set(values, this.length);
    this.length += values.length;
  }

  /** The values so far, trimmed to their length (a view: later pushes may reallocate). */
  view(): T {
    return this.data.subarray(0, this.length);
  }

  /** Forgets the values, keeping the capacity (the next chunk of rows reuses it). */
  reset(): void {
    this.length = 0;
  }

  /** The backing array, for in-place rewrites of values already pushed. */
  raw(): T {
    return this.data;
  }

  private grow(needed: number): void {
    let capacity = this.data.length * 2;
    while (capacity < needed) capacity *= 2;
    const next = new this.make(capacity);
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
}

/** A growable Float64Array column. */
export function floatColumn(): GrowableColumn<Float64Array> {
  return new GrowableColumn(Float64Array);
}

/** A growable Int32Array column (class indexes, group codes). */
export function intColumn(): GrowableColumn<Int32Array> {
  return new GrowableColumn(Int32Array);
}
