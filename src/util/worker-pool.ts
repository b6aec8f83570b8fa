import { existsSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parentPort, type Transferable, Worker } from 'node:worker_threads';

/**
 * A worker script bundled next to the CLI (`dist/<name>`, an entry of scripts/build.mjs), seen
 * from the chunk `from` (`import.meta.url` of the module asking); undefined when running from
 * source, where there is none (tasks then run in the main thread).
 */
export function bundledWorker(name: string, from: string): URL | undefined {
  if (!from.endsWith('.js')) return undefined;
  for (const candidate of [`../${name}`, `./${name}`]) {
    const url = new URL(candidate, from);
    if (url.href !== from && existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

/** What a worker posts back for one task (`W`: the value as it crosses threads). */
type Reply<W> = { ok: true; value: W } | { ok: false; message: string };

/**
 * Runs tasks on `size` threads: the main thread and up to `size - 1` worker threads started from
 * `workerUrl` (which serve them with {@link serveTasks}), first come first served. A task in the
 * main thread costs no thread start-up, and its reads are asynchronous, so the workers' results
 * are taken in meanwhile. Without a worker script every task runs in the main thread. A task
 * that fails rejects its promise (a worker that dies is not used again); `close()` ends the
 * threads. `fromWorker` turns a worker's value (`W`, e.g. records packed into transferred
 * buffers by `serveTasks`' `pack`) into what the main thread would have returned.
 */
export class TaskPool<T, R, W = R> {
  private readonly idle: Worker[] = [];
  private readonly queue: Array<() => void> = [];
  private readonly dead = new Set<Worker>();
  private mainBusy = false;
  private started = 0;
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly workerUrl: URL | undefined,
    private readonly runInMain: (task: T) => Promise<R>,
    private readonly fromWorker: (value: W) => R = (value) => value as unknown as R,
  ) {}

  async run(task: T): Promise<R> {
    const slot = await this.acquire();
    try {
      return slot === MAIN ? await this.runInMain(task) : await this.runOn(slot, task);
    } finally {
      this.release(slot);
    }
  }

  /** Ends every thread; tasks still queued are not run. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.idle.splice(0).map((w) => w.terminate()));
  }

  private runOn(worker: Worker, task: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const onMessage = (reply: Reply<W>) => {
        cleanup();
        if (reply.ok) resolve(this.fromWorker(reply.value));
        else reject(new Error(reply.message));
      };
      const onError = (error: Error) => {
        cleanup();
        this.dead.add(worker);
        reject(error);
      };
      const onExit = (code: number) => {
        cleanup();
        this.dead.add(worker);
        reject(new Error(`worker thread exited with code ${code}`));
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

/**
 * The worker side of a {@link TaskPool}: runs each task posted to this thread, one at a time.
 * `pack` turns a result into the value posted and the buffers transferred with it (moved, not
 * copied); without it the result is posted as it is (structured clone).
 */
export function serveTasks<R>(
  run: (task: never) => Promise<R>,
  pack: (result: R) => { value: unknown; transfer: Transferable[] } = (value) => ({ value, transfer: [] }),
): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', (task: unknown) => {
    run(task as never).then(
      (result) => {
        const { value, transfer } = pack(result);
        port.postMessage({ ok: true, value } satisfies Reply<unknown>, transfer);
      },
      (error: unknown) => {
        port.postMessage({
          ok: false,
          message: error instanceof Error ? error.message : String(error),
        } satisfies Reply<unknown>);
      },
    );
  });
}

/**
 * Offsets that cut a file of `size` bytes into about `parts` parts of similar size, each just
 * after a `\n` (a line starts there), ascending, without 0 or `size`. With `quoted` (CSV), a
 * `\n` is taken only when neither the line before it nor the line after it has a `"`: a newline
 * inside a quoted field has its field's opening quote on the line before or its closing quote
 * on the line after unless the field spans three lines or more, so most such cuts are avoided
 * (the reader checks the rest). Fewer come back when no such `\n` is found within 16 MiB past a
 * target.
 */
export async function lineSplitPoints(
  file: string,
  size: number,
  parts: number,
  quoted = false,
): Promise<number[]> {
  const window = 1 << 16;
  const handle = await open(file, 'r');
  try {
    const points: number[] = [];
    const buf = Buffer.alloc(window);
    for (let k = 1; k < parts; k++) {
      const target = Math.max(Math.floor((size * k) / parts), (points[points.length - 1] ?? 0) + 1);
      // Windows overlap by a line or two, so a cut near a window's end is seen whole in the next.
      for (let at = target; at < size && at - target < 16 << 20; at += window / 2) {
        const { bytesRead } = await handle.read(buf, 0, Math.min(window, size - at), at);
        const cut = cutIn(buf.subarray(0, bytesRead), quoted);
        if (cut === -1) continue;
        if (at + cut < size) points.push(at + cut);
        break;
      }
    }
    return points;
  } finally {
    await handle.close();
  }
}

/** The offset just after the first acceptable `\n` in `buf`, or -1. */
function cutIn(buf: Buffer, quoted: boolean): number {
  let previous = -1;
  for (let nl = buf.indexOf(10); nl !== -1; previous = nl, nl = buf.indexOf(10, nl + 1)) {
    if (!quoted) return nl + 1;
    if (previous === -1) continue;
    const next = buf.indexOf(10, nl + 1);
    if (next === -1) return -1;
    const before = buf.subarray(previous + 1, nl);
    const after = buf.subarray(nl + 1, next);
    if (!before.includes(34) && !after.includes(34)) return nl + 1;
  }
  return -1;
}
