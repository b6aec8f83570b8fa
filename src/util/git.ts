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
export async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await execFileAsync(
    'git',
    ['-c', 'core.quotepath=false', '-c', 'color.ui=false', '--no-pager', ...args],
    { cwd, maxBuffer: MAX_BUFFER, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } },
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
 * The diff a pull request shows: changes on HEAD since it forked from `base`
 * (`git diff base...HEAD`), with rename detection so a moved file keeps only its edited lines.
 */
export async function diffSinceMergeBase(cwd: string, base: string): Promise<string> {
  try {
    await git(cwd, ['rev-parse', '--verify', '--quiet', `${base}^{commit}`]);
  } catch {
    throw new InputError(
      `base ref "${base}" is not a commit in this repository`,
      undefined,
      'Fetch it first (actions/checkout with fetch-depth: 0, or `git fetch origin <branch>`), or pass --diff-file.',
    );
  }
  try {
    await git(cwd, ['merge-base', base, 'HEAD']);
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
    `${base}...HEAD`,
    '--',
  ]);
}
