import { availableParallelism } from 'node:os';
import { bundledWorker, TaskPool } from '../../util/worker-pool.js';
import { deserialise, type ReadTask, runTask, type TaskResult } from './read-task.js';
import type { FileCoverage, PackedFiles } from './records.js';

/**
 * How reports are spread over threads. A worker costs tens of milliseconds to start, so small
 * reports are read in the main thread; a large one is cut into parts (`splitPoints`) read side
 * by side. `MLQG_COVERAGE_THREADS` overrides the thread count (1: no worker threads).
 */
export interface Parallelism {
  /** Threads that read at the same time (1: everything in the main thread). */
  threads: number;
  /** Reports from this size on go to a worker thread. */
  workerBytes: number;
  /** Reports from this size on are split across `threads` workers (times `SPLIT_FACTOR` of the format). */
  splitBytes: number;
  /** The worker script; undefined when there is none (running from source). */
  workerUrl: URL | undefined;
}

const MAX_THREADS = 8;

let overrides: Partial<Parallelism> = {};

/** For tests: use another worker script, thresholds or thread count (`{}` restores the defaults). */
export function configureParallelism(options: Partial<Parallelism>): void {
  overrides = options;
}

export function parallelism(): Parallelism {
  const fromEnv = Number(process.env.MLQG_COVERAGE_THREADS);
  const threads = Number.isInteger(fromEnv) && fromEnv >= 1 ? fromEnv : Math.min(MAX_THREADS, availableParallelism());
  return {
    threads,
    workerBytes: 8 << 20,
    splitBytes: 32 << 20,
    workerUrl: bundledWorker('coverage-worker.js', import.meta.url),
    ...overrides,
  };
}

/**
 * Runs read tasks on `size` threads: the main thread and up to `size - 1` worker threads
 * (`dist/coverage-worker.js`), first come first served. Results come back as `FileCoverage`
 * records, whichever thread read them: a worker posts them packed into transferred buffers.
 */
export class ReaderPool extends TaskPool<ReadTask, TaskResult<FileCoverage>, TaskResult<PackedFiles>> {
  constructor(size: number, workerUrl: URL | undefined) {
    super(size, workerUrl, runTask, deserialise);
  }
}
