/**
 * Entry point of a data schema worker thread (bundled as `dist/data-schema-worker.js`): checks
 * the parts of large data files that `parts.ts` posts, one at a time.
 */
import { serveTasks } from '../../util/worker-pool.js';
import { runPart } from './parts.js';

serveTasks(runPart);
