import { type Arrays, FRESH } from './scratch.js';

/**
 * Order of rows by score, highest first, for the ROC and precision-recall curves. A comparison
 * sort over an index array calls a JavaScript comparator n·log n times (seconds for a million
 * rows); this LSD radix sort on the 64 bits of each double takes four 16-bit passes instead.
 */

const DIGIT_BITS = 16;
const BUCKETS = 1 << DIGIT_BITS;

/**
 * Indexes of `values` ordered by value, largest first; equal values keep no particular order
 * (the curves treat a run of equal scores as one threshold). NaN must not occur (readers refuse
 * it). -0 and +0 sort together as equal only by value, not by bits; callers compare by value.
 */
export function argsortDescending(values: Float64Array, arrays: Arrays = FRESH): Uint32Array {
  const n = values.length;
  // Map each double onto an unsigned 64-bit key (hi, lo) whose unsigned order is the numeric
  // order: flip all bits of negatives, only the sign bit of positives.
  const hi = arrays.u32('sort-hi', n);
  const lo = arrays.u32('sort-lo', n);
  const view = new DataView(new ArrayBuffer(8));
  for (let i = 0; i < n; i++) {
    view.setFloat64(0, (values[i] as number) === 0 ? 0 : (values[i] as number));
    let h = view.getUint32(0);
    let l = view.getUint32(4);
    if (h & 0x80000000) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else {
      h = (h | 0x80000000) >>> 0;
    }
    // Descending order: complement the key, then sort ascending.
    hi[i] = ~h >>> 0;
    lo[i] = ~l >>> 0;
  }
  let order: Uint32Array = arrays.u32('sort-order', n);
  for (let i = 0; i < n; i++) order[i] = i;
  let spare: Uint32Array = arrays.u32('sort-spare', n);
  const counts = arrays.u32('sort-counts', BUCKETS);
  for (const [keys, shift] of [
    [lo, 0],
    [lo, DIGIT_BITS],
    [hi, 0],
    [hi, DIGIT_BITS],
  ] as const) {
    if (countingPass(order, spare, keys, shift, counts)) [order, spare] = [spare, order];
  }
  return order;
}

/** One stable counting-sort pass on a 16-bit digit; false (nothing moved) when all digits are equal. */
function countingPass(
  from: Uint32Array,
  to: Uint32Array,
  keys: Uint32Array,
  shift: number,
  counts: Uint32Array,
): boolean {
  counts.fill(0);
  const n = from.length;
  for (let i = 0; i < n; i++) {
    const digit = ((keys[i] as number) >>> shift) & (BUCKETS - 1);
    counts[digit] = (counts[digit] as number) + 1;
  }
  if (n > 0 && counts[((keys[0] as number) >>> shift) & (BUCKETS - 1)] === n) return false;
  let total = 0;
  for (let b = 0; b < BUCKETS; b++) {
    const c = counts[b] as number;
    counts[b] = total;
    total += c;
  }
  for (let i = 0; i < n; i++) {
    const row = from[i] as number;
    const digit = ((keys[row] as number) >>> shift) & (BUCKETS - 1);
    const at = counts[digit] as number;
    to[at] = row;
    counts[digit] = at + 1;
  }
  return true;
}
