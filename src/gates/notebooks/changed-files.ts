import { git, resolveBase } from '../../util/git.js';

/**
 * Files a pull request adds or changes, relative to `cwd`: `git diff --name-only` between the
 * merge base of `base` and HEAD and the working tree (so a local run sees uncommitted edits, as
 * `diffSinceMergeBase` does). Deleted files are left out; a renamed file counts under its new
 * name. Files outside `cwd` are left out (`--relative`).
 */
export async function changedFiles(cwd: string, base: string): Promise<{ files: string[]; ref: string }> {
  // Resolved as every gate resolves a base: `main` that only exists as `origin/main` is that, and
  // "not a git repository", "no such ref" and "shallow clone" each get their own message and fix.
  const { mergeBase, ref } = await resolveBase(cwd, base);
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
  return { files: out.split('\0').filter((p) => p !== ''), ref };
}
