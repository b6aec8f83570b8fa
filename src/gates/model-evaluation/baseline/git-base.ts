import picomatch from 'picomatch';
import { InputError } from '../../../util/errors.js';
import { git, resolveBase } from '../../../util/git.js';
import type { Source } from '../readers/source.js';

/**
 * The merge base of `ref` and HEAD: the commit the pull request forked from, whose files are
 * the baseline of `baseline.from: base`. The ref resolves as every gate resolves it
 * (`resolveBase`): `main` that only exists as `origin/main` (an Actions checkout) is
 * `origin/main`, and "not a git repository", "no such ref" and "shallow clone" are told apart.
 * `ref` is the ref used, for the result's wording.
 */
export async function mergeBase(cwd: string, ref: string): Promise<{ commit: string; ref: string }> {
  const resolved = await resolveBase(cwd, ref);
  return { commit: resolved.mergeBase, ref: resolved.ref };
}

/** A file's content at a commit (as text), or undefined when it does not exist there. */
export async function fileAtCommit(
  cwd: string,
  commit: string,
  path: string,
  maxBytes: number,
): Promise<Source | undefined> {
  const spec = `${commit}:./${path.replace(/^\.\//, '')}`;
  const display = `${commit.slice(0, 7)}:${path}`;
  let size: number;
  try {
    const type = (await git(cwd, ['cat-file', '-t', spec], { maxBuffer: 1024 })).trim();
    if (type !== 'blob') return undefined;
    size = Number((await git(cwd, ['cat-file', '-s', spec], { maxBuffer: 1024 })).trim());
  } catch {
    return undefined;
  }
  if (size > maxBytes) {
    throw new InputError(
      `${display} is ${size} bytes, more than the ${maxBytes} the gate reads for this file`,
      { path },
      'Point the setting at a smaller file.',
    );
  }
  const text = await git(cwd, ['cat-file', 'blob', spec], { maxBuffer: size + 1024 });
  return { kind: 'text', path: display, text };
}

/**
 * Total bytes of the files matching `patterns` (relative to cwd) at a commit, from `git ls-tree
 * -l` (blob sizes, so Git LFS files count as their pointers); undefined when none match.
 */
export async function sizeAtCommit(
  cwd: string,
  commit: string,
  patterns: readonly string[],
): Promise<number | undefined> {
  const match = picomatch(patterns as string[], { dot: true });
  const prefixes = [...new Set(patterns.map((p) => picomatch.scan(p).base || '.'))];
  let total = 0;
  let files = 0;
  for (const prefix of prefixes) {
    const out = await git(cwd, ['ls-tree', '-r', '-l', '-z', commit, '--', prefix]);
    for (const entry of out.split('\0')) {
      const tab = entry.indexOf('\t');
      if (tab < 0) continue;
      const [, type, , size] = entry.slice(0, tab).split(/\s+/);
      const path = entry.slice(tab + 1);
      if (type !== 'blob' || !match(path)) continue;
      total += Number(size);
      files++;
    }
  }
  return files > 0 ? total : undefined;
}
