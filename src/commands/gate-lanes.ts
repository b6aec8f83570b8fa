import { availableParallelism } from 'node:os';
import { internalErrorResult } from '../result/error-result.js';
import { errorMessage } from '../util/errors.js';
import { bundledWorker, TaskPool } from '../util/worker-pool.js';
import type { CommandContext } from './context.js';
import { judgeTask, type JudgeReply, type JudgeTask } from './judge-task.js';

/** How many gates `run` judges at once, and where. */
export interface Lanes {
  /** Gates judged at the same time (1: one after another in the main thread, as before). */
  threads: number;
  /** The worker script; undefined when there is none (running from source: one lane). */
  workerUrl: URL | undefined;
}

const MAX_THREADS = 8;

/**
 * One lane per CPU (`os.availableParallelism()`, at most 8), never more than there are gates;
 * `MLQG_RUN_THREADS` overrides it (1: the gates run one after another in the main thread).
 */
export function lanesFor(gates: number, env: NodeJS.ProcessEnv): Lanes {
  const fromEnv = Number(env.MLQG_RUN_THREADS);
  const wanted =
    Number.isInteger(fromEnv) && fromEnv >= 1 ? fromEnv : Math.min(MAX_THREADS, availableParallelism());
  const threads = Math.max(1, Math.min(wanted, gates));
  return { threads, workerUrl: threads > 1 ? bundledWorker('gate-worker.js', import.meta.url) : undefined };
}

/**
 * Judges the gates side by side: the main thread is one lane, worker threads
 * (`dist/gate-worker.js`) the others, first come first served in the order given, so a lane that
 * finishes early takes the next gate. `onReply` sees the replies in the order of `tasks`,
 * each as soon as it and every one before it are in, so whatever is written from them (result
 * files, outputs, the job summary) comes out in the same order however the lanes finish. A
 * worker thread that dies (it never should: a gate's crash is already an `error` result) makes
 * its gate an internal error; the other gates still run. Without a worker script, or with one
 * lane, the gates run one after another in the main thread.
 */
export async function judgeInLanes(
  tasks: readonly JudgeTask[],
  lanes: Lanes,
  ctx: CommandContext,
  onReply: (reply: JudgeReply, index: number) => Promise<void>,
): Promise<void> {
  const inMain = (task: JudgeTask) => judgeTask(task, ctx);
  if (lanes.threads === 1 || !lanes.workerUrl) {
    // One lane: each gate's result is handed over before the next gate starts, as `run` always did.
    for (const [index, task] of tasks.entries()) await onReply(await inMain(task), index);
    return;
  }
  const pool = new TaskPool<JudgeTask, JudgeReply>(lanes.threads, lanes.workerUrl, inMain);
  const replies: Array<JudgeReply | undefined> = tasks.map(() => undefined);
  let next = 0;
  // One chain, so onReply calls never overlap and keep the order of `tasks`.
  let delivered = Promise.resolve();
  const deliver = () => {
    delivered = delivered.then(async () => {
      while (next < tasks.length && replies[next]) {
        const index = next++;
        await onReply(replies[index] as JudgeReply, index);
      }
    });
    return delivered;
  };
  try {
    await Promise.all(
      tasks.map(async (task, index) => {
        replies[index] = await pool.run(task).catch((error: unknown) => threadDied(task, error));
        await deliver();
      }),
    );
    await delivered;
  } finally {
    await pool.close();
  }
}

function threadDied(task: JudgeTask, error: unknown): JudgeReply {
  return {
    result: internalErrorResult(task.gate, `its worker thread stopped: ${errorMessage(error)}`),
    secrets: [],
  };
}
