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

/** A base ref as resolved: the ref used, its merge base with HEAD, and what was assumed. */
export interface ResolvedBase {
  /** The ref actually used (`origin/main` when `main` was given and only the remote branch exists). */
  ref: string;
  /** The commit the work forked from: the merge base of `ref` and HEAD. */
  mergeBase: string;
  /** Set when the ref was not used as given (say so in the log/result). */
  note?: string;
}

/**
 * Resolves a base ref the way a user means it and finds the merge base with HEAD. `main` that is
 * not a local branch but `origin/main` is (an Actions checkout) resolves to `origin/main`. Three
 * failures are told apart, each with its own fix: not a git repository, a ref that does not
 * exist, and a shallow clone that lacks the merge base.
 */
export async function resolveBase(cwd: string, base: string): Promise<ResolvedBase> {
  // A ref that starts with "-" would be read by git as an option; whitespace and NUL are never in a ref.
  if (base.startsWith('-') || base.trim() === '' || /[\s\0]/.test(base)) {
    throw new InputError(
      `base ref ${JSON.stringify(base)} is not a valid git ref`,
      undefined,
      'Pass a branch, tag or commit, e.g. origin/main.',
    );
  }
  await requireWorkTree(cwd);
  let ref = base;
  let note: string | undefined;
  if (!(await isCommit(cwd, base))) {
    const remote = `origin/${base}`;
    if (!base.startsWith('origin/') && (await isCommit(cwd, `refs/remotes/${remote}`))) {
      ref = remote;
      note = `base "${base}" is not a local branch here; using ${remote}`;
    } else {
      const shallow = await isShallow(cwd);
      throw new InputError(
        `base ref "${base}" does not exist in this repository${base.startsWith('origin/') ? '' : ` (neither a local branch, tag or commit, nor ${remote})`}${shallow ? '; the clone is shallow and has only the checked-out commit' : ''}`,
        undefined,
        `Fetch the base branch: actions/checkout with fetch-depth: 0 (every branch and its history), or \`git fetch origin ${base.replace(/^origin\//, '')}\`.`,
      );
    }
  }
  try {
    return {
      ref,
      mergeBase: (await git(cwd, ['merge-base', '--end-of-options', ref, 'HEAD'])).trim(),
      ...(note ? { note } : {}),
    };
  } catch {
    if (await isShallow(cwd)) {
      throw new InputError(
        `shallow clone: the merge base of ${ref} and HEAD is not in the fetched history`,
        undefined,
        'Use actions/checkout with fetch-depth: 0 (or `git fetch --unshallow`), so the commit the branch forked from is present.',
      );
    }
    throw new InputError(
      `${ref} and HEAD have no common history: there is no merge base`,
      undefined,
      'Check that the base is the branch this work forked from (e.g. origin/main).',
    );
  }
}

async function requireWorkTree(cwd: string): Promise<void> {
  try {
    await git(cwd, ['rev-parse', '--is-inside-work-tree']);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new InputError(
      missing ? 'git is not installed (or not on PATH)' : `not a git repository: ${cwd}`,
      undefined,
      missing ? 'Install git.' : 'Run inside the repository checkout (actions/checkout first).',
    );
  }
}

async function isCommit(cwd: string, ref: string): Promise<boolean> {
  try {
    await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

async function isShallow(cwd: string): Promise<boolean> {
  try {
    return (await git(cwd, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
  } catch {
    return false;
  }
}

/**
 * The diff a pull request shows: changes since the work forked from `base` (its merge base with
 * HEAD), with rename detection so a moved file keeps only its edited lines. Like diff-cover, it
 * includes staged and unstaged changes (none in CI); unlike diff-cover it takes them in one diff
 * against the working tree, so every line number is the one the coverage run saw.
 */
export async function diffSinceMergeBase(
  cwd: string,
  base: string,
): Promise<{ diff: string; base: ResolvedBase }> {
  const resolved = await resolveBase(cwd, base).catch((error: unknown) => {
    // The gates that read a diff (coverage, model card) can also take one: say so in every fix.
    if (!(error instanceof InputError)) throw error;
    throw new InputError(
      error.message,
      error.location,
      `${error.fix ?? ''} Or pass --diff-file with a unified diff of the change.`.trim(),
    );
  });
  const diff = await git(cwd, [
    'diff',
    '--no-ext-diff',
    '--no-textconv',
    '--find-renames',
    '--unified=0',
    resolved.mergeBase,
    '--',
  ]);
  return { diff, base: resolved };
}
