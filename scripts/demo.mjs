#!/usr/bin/env node
// `npm run demo`: builds the example ML project's git history in a temporary directory and runs
// every implemented gate on its pull request with the committed bundle (dist/cli.js), exactly
// as a user's workflow would. Exits non-zero only when a gate could not judge (status error).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExampleRepo } from './make-example-repo.mjs';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'mlqg-demo-'));
try {
  const repo = await makeExampleRepo(join(dir, 'ml-project'));
  console.log(`Example repository: ${repo.dir} (branch ${repo.head}, pull request against ${repo.base})\n`);
  console.log('$ ml-quality-gates run\n');
  const run = spawnSync(process.execPath, [cli, 'run', ...process.argv.slice(2)], {
    cwd: repo.dir,
    stdio: 'inherit',
  });
  const code = run.status ?? 2;
  console.log(`\nexit code ${code} (0 pass/warn, 1 fail, 2 error)`);
  process.exitCode = code === 2 ? 2 : 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
