/**
 * Entry point of a coverage reader thread (bundled as `dist/coverage-worker.js`): reads the
 * tasks `pool.ts` posts, one at a time, and posts each result back with its buffers transferred.
 */
import { serveTasks } from '../../util/worker-pool.js';
import { runTask, serialise } from './read-task.js';

serveTasks(runTask, (result) => {
  const { message, transfer } = serialise(result);
  return { value: message, transfer };
});
