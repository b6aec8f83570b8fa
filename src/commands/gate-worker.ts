/**
 * Entry point of a `run` worker thread (bundled as `dist/gate-worker.js`): judges the gates
 * `gate-lanes.ts` posts, one at a time, and posts each result back.
 */
import { serveTasks } from '../util/worker-pool.js';
import { judgeTask, type JudgeTask } from './judge-task.js';

const threadOutput = {
  stdout: (text: string) => void process.stdout.write(text),
  stderr: (text: string) => void process.stderr.write(text),
};

serveTasks((task: JudgeTask) => judgeTask(task, threadOutput));
