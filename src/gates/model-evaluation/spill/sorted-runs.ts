import type { SortedColumn } from '../metrics/curves.js';
import type { Arrays } from '../scratch.js';
import type { Extent, SpillFile } from './spill-file.js';

/** One chunk's rows in descending score order, on disk: one array per field. */
export interface RunRecord {
  n: number;
  score: Extent;
  positive: Extent;
  weight?: Extent;
  /** Per group column, each row's value code. */
  codes: Extent[];
}

/**
 * Writes a chunk's sorted column as a run: the scores, positive flags, weights and group codes
 * in the sort's order.
 */
export function writeRun(
  file: SpillFile,
  sorted: SortedColumn,
  score: Float64Array,
  groups: readonly Int32Array[],
  arrays: Arrays,
): RunRecord {
  const { order, positive, weight } = sorted;
  const n = order.length;
  const scores = arrays.f64('run-scores', n);
  for (let j = 0; j < n; j++) scores[j] = score[order[j] as number] as number;
  const codes = groups.map((g) => {
    const out = arrays.i32('run-codes', n);
    for (let j = 0; j < n; j++) out[j] = g[order[j] as number] as number;
    return file.write(out);
  });
  return {
    n,
    score: file.write(scores),
    positive: file.write(positive),
    ...(weight ? { weight: file.write(weight) } : {}),
    codes,
  };
}

/** Most rows read from a run at a time. */
const MAX_BLOCK = 4096;
/** Fewest rows read from a run at a time (past about 700 runs the buffers grow again). */
const MIN_BLOCK = 256;
/** Bytes of the merge's read buffers together: the merge holds one block per run. */
const MERGE_BUFFER_BYTES = 1 << 22;

/** Rows per block so that one block per run fits MERGE_BUFFER_BYTES. */
function blockRows(runs: readonly RunRecord[]): number {
  const first = runs[0];
  if (!first) return MIN_BLOCK;
  const rowBytes = 8 + 1 + (first.weight ? 8 : 0) + 4 * first.codes.length;
  const fit = Math.floor(MERGE_BUFFER_BYTES / (runs.length * rowBytes));
  return Math.max(MIN_BLOCK, Math.min(MAX_BLOCK, fit));
}

/** A cursor over one run, a block at a time. */
export class RunCursor {
  readonly score: Float64Array;
  readonly positive: Uint8Array;
  readonly weight?: Float64Array;
  readonly codes: Int32Array[];
  /** Position in the block. */
  at = 0;
  private filled = 0;
  private start = 0;

  constructor(
    private readonly file: SpillFile,
    private readonly run: RunRecord,
    private readonly block: number,
  ) {
    this.score = new Float64Array(block);
    this.positive = new Uint8Array(block);
    if (run.weight) this.weight = new Float64Array(block);
    this.codes = run.codes.map(() => new Int32Array(block));
    this.load();
  }

  /** False once every row has been read. */
  get live(): boolean {
    return this.at < this.filled;
  }

  /** The current row's score. */
  get current(): number {
    return this.score[this.at] as number;
  }

  /** Moves to the next row, reading the next block when this one is used up. */
  next(): void {
    if (++this.at === this.filled && this.start + this.filled < this.run.n) {
      this.start += this.filled;
      this.load();
    }
  }

  private load(): void {
    const count = Math.min(this.block, this.run.n - this.start);
    const { file, run, start } = this;
    file.read(this.score.subarray(0, count), run.score.offset + start * 8);
    file.read(this.positive.subarray(0, count), run.positive.offset + start);
    if (this.weight && run.weight) file.read(this.weight.subarray(0, count), run.weight.offset + start * 8);
    for (let j = 0; j < this.codes.length; j++)
      file.read(
        (this.codes[j] as Int32Array).subarray(0, count),
        (run.codes[j] as Extent).offset + start * 4,
      );
    this.at = 0;
    this.filled = count;
  }
}

/**
 * The runs merged into one descending order (a binary heap of cursors by current score), a run
 * of equal scores at a time: `row` is called for each row of the run of equal scores, then
 * `endOfTies` once — the ROC and PR curves take one threshold per distinct score.
 */
export function mergeRuns(
  file: SpillFile,
  runs: readonly RunRecord[],
  row: (c: RunCursor) => void,
  endOfTies: () => void,
  block = blockRows(runs),
): void {
  const heap = runs.map((r) => new RunCursor(file, r, block)).filter((c) => c.live);
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftDown(heap, i);
  while (heap.length > 0) {
    const score = (heap[0] as RunCursor).current;
    // Equal by value (0 and -0 are one threshold), as the in-memory sweep compares.
    while (heap.length > 0 && (heap[0] as RunCursor).current === score) {
      const top = heap[0] as RunCursor;
      row(top);
      top.next();
      if (!top.live) {
        const last = heap.pop() as RunCursor;
        if (heap.length > 0 && last !== top) heap[0] = last;
      }
      if (heap.length > 0) siftDown(heap, 0);
    }
    endOfTies();
  }
}

function siftDown(heap: RunCursor[], from: number): void {
  let i = from;
  const n = heap.length;
  for (;;) {
    const l = 2 * i + 1;
    if (l >= n) return;
    const r = l + 1;
    let best = l;
    if (r < n && (heap[r] as RunCursor).current > (heap[l] as RunCursor).current) best = r;
    if ((heap[best] as RunCursor).current <= (heap[i] as RunCursor).current) return;
    [heap[i], heap[best]] = [heap[best] as RunCursor, heap[i] as RunCursor];
    i = best;
  }
}
