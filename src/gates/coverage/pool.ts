import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
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
  /** Reports from this size on are split across `threads` workers. */
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
    workerUrl: bundledWorker(),
    ...overrides,
  };
}

/** `coverage-worker.js` next to the bundle (dist/), seen from this module's chunk. */
function bundledWorker(): URL | undefined {
  if (!import.meta.url.endsWith('.js')) return undefined;
  for (const candidate of ['../coverage-worker.js', './coverage-worker.js']) {
    const url = new URL(candidate, import.meta.url);
    if (url.href !== import.meta.url && existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

/**
 * Runs read tasks on `size` threads: the main thread and up to `size - 1` worker threads,
 * first come first served. A task in the main thread costs no thread start-up; its reads are
 * asynchronous, so results from the workers are still taken in meanwhile. Results come back as
 * `FileCoverage` records, whichever thread read them. Without a worker script, every task runs
 * in the main thread. `close()` ends the threads.
 */
export class ReaderPool {
  private readonly idle: Worker[] = [];
  private readonly queue: Array<() => void> = [];
  private mainBusy = false;
  private started = 0;
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly workerUrl: URL | undefined,
  ) {}

  async run(task: ReadTask): Promise<TaskResult<FileCoverage>> {
    const slot = await this.acquire();
    try {
      return slot === MAIN ? await runTask(task) : await this.runOn(slot, task);
    } finally {
      this.release(slot);
    }
  }

  /** Ends every thread; tasks still queued are not run. */
  async close(): Promise<void> {
    this.closed = true;
    const all = this.idle.splice(0);
    await Promise.all(all.map((w) => w.terminate()));
  }

  private runOn(worker: Worker, task: ReadTask): Promise<TaskResult<FileCoverage>> {
    return new Promise<TaskResult<FileCoverage>>((resolve, reject) => {
      const onMessage = (result: TaskResult<PackedFiles>) => {
        cleanup();
        resolve(deserialise(result));
      };
      const onError = (error: Error) => {
        cleanup();
        this.dead.add(worker);
        reject(error);
      };
      const onExit = (code: number) => {
        cleanup();
        this.dead.add(worker);
        reject(new Error(`coverage reader thread exited with code ${code}`));
      };
      const cleanup = () => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(task);
    });
  }

  private readonly dead = new Set<Worker>();

  private async acquire(): Promise<Worker | typeof MAIN> {
    if (!this.mainBusy) {
      this.mainBusy = true;
      return MAIN;
    }
    const free = this.idle.pop();
    if (free) {
      free.ref();
      return free;
    }
    if (this.workerUrl && this.started < this.size - 1) {
      this.started++;
      return new Worker(this.workerUrl);
    }
    await new Promise<void>((resolve) => this.queue.push(resolve));
    return this.acquire();
  }

  private release(slot: Worker | typeof MAIN): void {
    if (slot === MAIN) this.mainBusy = false;
    else if (this.closed || this.dead.has(slot)) {
      if (this.dead.delete(slot)) this.started--;
      void slot.terminate();
    } else {
      slot.unref();
      this.idle.push(slot);
    }
    this.queue.shift()?.();
  }
}

const MAIN = 'main';
