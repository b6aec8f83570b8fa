/**
 * Entry point of a coverage reader thread (bundled as `dist/coverage-worker.js`): reads the
 * tasks `pool.ts` posts, one at a time, and posts each result back with its buffers transferred.
 */
import { parentPort } from 'node:worker_threads';
import { type ReadTask, runTask, serialise } from './read-task.js';

const port = parentPort;
if (port) {
  port.on('message', (task: ReadTask) => {
    void runTask(task).then((result) => {
      const { message, transfer } = serialise(result);
      port.postMessage(message, transfer);
    });
  });
}
