import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { InputError } from './errors.js';

const execFileAsync = promisify(execFile);

/** Largest diff or file list we accept from git (a monorepo's full `ls-files` fits easily). */
const MAX_BUFFER = 1 << 30;

/**
 * Runs git with the settings that make its output machine-readable and stable: no pager, no
 * colour, no external diff driver, and unquoted UTF-8 paths.
 */
export async function git(
  cwd: string,
  args: string[],
  /** Smaller output bound for callers that read something small (a schema blob). */
  options: { maxBuffer?: number } = {},
): Promise<string> {
  const { stdout } = await execFileAsync(
    'git',
    ['-c', 'core.quotepath=false', '-c', 'color.ui=false', '--no-pager', ...args],
    {
      cwd,
      maxBuffer: options.maxBuffer ?? MAX_BUFFER,
      encoding: 'utf8',
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
    },
  );
  return stdout;
}

/** The repository's top-level directory, or undefined when `cwd` is not inside a git work tree. */
export async function gitTopLevel(cwd: string): Promise<string | undefined> {
  try {
    return (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
  } catch {
    return undefined;
  }
}

/** Paths git tracks under `cwd`, relative to `cwd`, forward slashes. */
export async function trackedFiles(cwd: string): Promise<string[]> {
  const out = await git(cwd, ['ls-files', '-z', '--full-name', '--', '.']);
  return out.split('\0').filter((p) => p !== '');
}

/**
 * The diff a pull request shows: changes since the work forked from `base` (its merge base with
 * HEAD), with rename detection so a moved file keeps only its edited lines. Like diff-cover, it
 * includes staged and unstaged changes (none in CI); unlike diff-cover it takes them in one diff
 * against the working tree, so every line number is the one the coverage run saw.
 */
export async function diffSinceMergeBase(cwd: string, base: string): Promise<string> {
  // A ref that starts with "-" would be read by git as an option.
  if (base.startsWith('-') || base.trim() === '') {
    throw new InputError(
      `base ref ${JSON.stringify(base)} is not a valid git ref`,
      undefined,
      'Pass a branch, tag or commit, e.g. origin/main.',
    );
  }
  try {
    await git(cwd, ['rev-parse', '--verify', '--quiet', `${base}^{commit}`]);
  } catch {
    throw new InputError(
      `base ref "${base}" is not a commit in this repository`,
      undefined,
      'Fetch it first (actions/checkout with fetch-depth: 0, or `git fetch origin <branch>`), or pass --diff-file.',
    );
  }
  let mergeBase: string;
  try {
    mergeBase = (await git(cwd, ['merge-base', base, 'HEAD'])).trim();
  } catch {
    throw new InputError(
      `no merge base between "${base}" and HEAD: the clone is probably shallow`,
      undefined,
      'Use actions/checkout with fetch-depth: 0 (or fetch enough history), or pass --diff-file.',
    );
  }
  return git(cwd, [
    'diff',
    '--no-ext-diff',
    '--no-textconv',
    '--find-renames',
    '--unified=0',
    mergeBase,
    '--',
  ]);
}
