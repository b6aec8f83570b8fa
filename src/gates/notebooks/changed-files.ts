import { InputError } from '../../util/errors.js';
import { git } from '../../util/git.js';

/**
 * Files a pull request adds or changes, relative to `cwd`: `git diff --name-only` between the
 * merge base of `base` and HEAD and the working tree (so a local run sees uncommitted edits, as
 * `diffSinceMergeBase` does). Deleted files are left out; a renamed file counts under its new
 * name. Files outside `cwd` are left out (`--relative`).
 */
export async function changedFiles(cwd: string, base: string): Promise<string[]> {
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
      'Fetch it first (actions/checkout with fetch-depth: 0, or `git fetch origin <branch>`), or drop changed-only to judge every notebook.',
    );
  }
  let mergeBase: string;
  try {
    mergeBase = (await git(cwd, ['merge-base', base, 'HEAD'])).trim();
  } catch {
    throw new InputError(
      `no merge base between "${base}" and HEAD: the clone is probably shallow`,
      undefined,
      'Use actions/checkout with fetch-depth: 0 (or fetch enough history).',
    );
  }
  const out = await git(cwd, [
    'diff',
    '--name-only',
    '-z',
    '--no-ext-diff',
    '--no-textconv',
    '--find-renames',
    '--diff-filter=ACMRT',
    '--relative',
    mergeBase,
    '--',
  ]);
  return out.split('\0').filter((p) => p !== '');
}
