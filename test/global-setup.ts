import { execFileSync } from 'node:child_process';
import { REPO_ROOT } from './helpers/paths.js';

/**
 * Builds dist/ once before any test file runs: the end-to-end tests must exercise the bundle,
 * not the sources, and several files building at once in parallel workers would race.
 */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO_ROOT, stdio: 'pipe' });
}
