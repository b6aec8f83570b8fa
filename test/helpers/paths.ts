import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is test/helpers/paths.ts). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Peers' published cases, vendored with their licences so a fresh clone can run them. */
export const CONFORMANCE_DIR = join(REPO_ROOT, 'test', 'fixtures', 'conformance');

/** The upstream copy beside the checkout, when present (the project's shared/ folder). */
export const SHARED_CONFORMANCE_DIR: string | undefined = (() => {
  const beside = resolve(REPO_ROOT, '..', 'shared', 'conformance');
  return existsSync(beside) ? beside : undefined;
})();

/** Test fixtures. */
export const FIXTURES = join(REPO_ROOT, 'test', 'fixtures');

/** The bundled example ML project. */
export const EXAMPLE_PROJECT = join(REPO_ROOT, 'examples', 'ml-project');
