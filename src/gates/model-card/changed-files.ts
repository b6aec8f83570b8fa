import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import parseDiff from 'parse-diff';
import { InputError } from '../../util/errors.js';
import { diffSinceMergeBase, gitTopLevel } from '../../util/git.js';
import { fromRepoPath } from './discover.js';

/**
 * Paths (relative to `cwd`) a pull request adds or changes: from `git diff` since the merge base
 * with `base`, or from a unified diff file. Binary files count (a retrained `model.onnx` is a
 * change even though the diff shows no lines); deleted files do not.
 */
export async function changedFiles(
  cwd: string,
  base: string | undefined,
  diffFile: string | undefined,
): Promise<Set<string> | undefined> {
  let text: string;
  let name: string;
  if (diffFile) {
    name = diffFile;
    try {
      text = await readFile(resolve(cwd, diffFile), 'utf8');
    } catch (error) {
      throw new InputError(
        `cannot read the diff file ${diffFile}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
        { path: diffFile },
        'Write it with `git diff <base>...HEAD > changes.diff`, or pass base instead.',
      );
    }
  } else if (base) {
    name = `git diff ${base}`;
    ({ diff: text } = await diffSinceMergeBase(cwd, base));
  } else return undefined;
  if (text.trim() !== '' && !/^(diff --git |--- |Index: )/m.test(text)) {
    throw new InputError(
      `${name}: not a unified diff (no "diff --git" or "---" header found)`,
      { path: name, line: 1 },
      'Produce it with `git diff <base>...HEAD > changes.diff`.',
    );
  }
  const root = (await gitTopLevel(cwd)) ?? cwd;
  const out = new Set<string>();
  for (const file of parseDiff(text)) {
    if (file.deleted || file.to === undefined || file.to === '/dev/null') continue;
    const path = fromRepoPath(unquote(file.to), root, cwd);
    if (path !== undefined) out.add(path);
  }
  return out;
}

/** Git quotes paths with unusual characters: `"a\tb"`; parse-diff keeps the quotes. */
function unquote(path: string): string {
  if (!path.startsWith('"')) return path;
  try {
    return JSON.parse(path) as string;
  } catch {
    return path.slice(1, -1);
  }
}
