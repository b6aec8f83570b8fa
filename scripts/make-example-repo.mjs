#!/usr/bin/env node
/**
 * Builds a throwaway git repository from `examples/ml-project/` so the gates have a real pull
 * request to look at:
 *
 *   main     "base": the example with `changes.diff` reverse-applied (the tree before the PR)
 *   feature  "head": the example exactly as it is on disk (checked out)
 *
 * `git diff main...feature` in the result reproduces `changes.diff` byte for byte; the
 * function checks that and throws when the example and its diff have drifted apart.
 *
 * Usage: node scripts/make-example-repo.mjs <dest-dir>
 * No dependencies, no global git identity needed (CI runners have none).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { devNull } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The example project that becomes the repository's root. */
export const EXAMPLE_DIR = fileURLToPath(new URL('../examples/ml-project/', import.meta.url));

/** Local clutter that a developer's test run may leave in the example; never copied. */
const SKIP_NAMES = new Set(['.git', '__pycache__', '.pytest_cache', 'htmlcov', 'node_modules', '.coverage']);
const SKIP_PATTERN = /^\.coverage\.|\.py[co]$/;

const BASE_BRANCH = 'main';
const HEAD_BRANCH = 'feature';
const DIFF_FILE = 'changes.diff';

/** Fixed identity and dates: the same example always gives the same commit ids. */
const IDENTITY = ['-c', 'user.name=Example Maintainer', '-c', 'user.email=maintainer@example.com'];
const BASE_DATE = '2024-06-03T09:00:00Z';
const HEAD_DATE = '2024-06-04T15:30:00Z';

/** Environment for git: no system or user config, and nothing that points git at another repository. */
function gitEnv() {
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0' };
  for (const name of [
    'GIT_DIR',
    'GIT_WORK_TREE',
    'GIT_INDEX_FILE',
    'GIT_OBJECT_DIRECTORY',
    'GIT_ALTERNATE_OBJECT_DIRECTORIES',
    'GIT_CEILING_DIRECTORIES',
    'GIT_COMMON_DIR',
    'GIT_NAMESPACE',
  ]) {
    delete env[name];
  }
  // Ignore ~/.gitconfig too (signing, hooks, diff settings would change the result).
  if (process.platform !== 'win32') env.GIT_CONFIG_GLOBAL = devNull;
  return env;
}

function git(cwd, args, extraEnv = {}) {
  return execFileSync(
    'git',
    ['-c', 'core.autocrlf=false', '-c', 'core.quotepath=false', '-c', 'commit.gpgsign=false', ...args],
    { cwd, env: { ...gitEnv(), ...extraEnv }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
}

function commit(dir, message, date) {
  git(dir, ['add', '--all']);
  git(dir, [...IDENTITY, 'commit', '--quiet', '--no-verify', '-m', message], {
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
  });
}

/** Copies a directory tree byte for byte; files get default permissions so git records mode 100644. */
function copyTree(from, to) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (SKIP_NAMES.has(entry.name) || SKIP_PATTERN.test(entry.name)) continue;
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) copyTree(source, target);
    else if (entry.isFile()) writeFileSync(target, readFileSync(source));
  }
}

/** Removes everything in the working tree except `.git`. */
function clearWorkTree(dir) {
  for (const name of readdirSync(dir)) {
    if (name !== '.git') rmSync(join(dir, name), { recursive: true, force: true });
  }
}

/**
 * Creates the example repository in `dest` (which must not exist or be empty) and checks out
 * the head branch.
 *
 * @param {string} dest
 * @param {{ source?: string }} [options] `source`: the example project to use (default: the bundled one).
 * @returns {Promise<{ dir: string, base: string, head: string }>}
 */
export async function makeExampleRepo(dest, { source = EXAMPLE_DIR } = {}) {
  if (!dest) throw new TypeError('makeExampleRepo: a destination directory is required');
  const dir = resolve(dest);
  mkdirSync(dir, { recursive: true });
  if (readdirSync(dir).length > 0) throw new Error(`makeExampleRepo: ${dir} is not empty`);
  const expectedDiff = readFileSync(join(source, DIFF_FILE), 'utf8');

  git(dir, ['init', '--quiet']);
  git(dir, ['symbolic-ref', 'HEAD', `refs/heads/${BASE_BRANCH}`]);

  // Base: the head tree with the pull request taken back out.
  copyTree(source, dir);
  try {
    git(dir, ['apply', '--reverse', '--whitespace=nowarn', DIFF_FILE]);
  } catch (error) {
    throw new Error(
      `makeExampleRepo: ${DIFF_FILE} does not reverse-apply to ${source}; regenerate it after editing the example`,
      { cause: error },
    );
  }
  commit(dir, 'churn-model 0.3.0: features, trainer, metrics, scoring handler, dashboard client', BASE_DATE);

  // Head: the example exactly as it is.
  git(dir, ['checkout', '--quiet', '-b', HEAD_BRANCH]);
  clearWorkTree(dir);
  copyTree(source, dir);
  commit(dir, 'Add calibration metrics, a charge-trend feature and serving guards', HEAD_DATE);

  const actualDiff = git(dir, ['diff', '--no-color', '--no-ext-diff', `${BASE_BRANCH}...${HEAD_BRANCH}`]);
  if (actualDiff !== expectedDiff) {
    throw new Error(
      `makeExampleRepo: git diff ${BASE_BRANCH}...${HEAD_BRANCH} in ${dir} differs from ${join(source, DIFF_FILE)}; ` +
        'regenerate changes.diff after editing the example',
    );
  }
  return { dir, base: BASE_BRANCH, head: HEAD_BRANCH };
}

const invokedDirectly = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const dest = process.argv[2];
  if (!dest || process.argv.length > 3) {
    console.error('usage: node scripts/make-example-repo.mjs <dest-dir>');
    process.exit(2);
  }
  try {
    const repo = await makeExampleRepo(dest);
    console.log(`${repo.dir}: ${repo.base} (base) and ${repo.head} (head, checked out)`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
