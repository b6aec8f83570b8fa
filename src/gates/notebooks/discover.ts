import { readdir } from 'node:fs/promises';
import { join, posix } from 'node:path';
import picomatch from 'picomatch';

/**
 * Folders never searched: version control, Jupyter's autosave checkpoints, dependencies,
 * virtual environments and caches. Their notebooks are not the project's.
 */
export const PRUNED_DIRS: ReadonlySet<string> = new Set([
  '.git',
  '.ipynb_checkpoints',
  'node_modules',
  '__pycache__',
  '.venv',
  'site-packages',
  '.tox',
  '.nox',
  '.mypy_cache',
  '.pytest_cache',
]);

/** Whether a path (relative, forward slashes) is a notebook the settings select. */
export type NotebookFilter = (path: string) => boolean;

/** Include globs minus exclude globs minus anything inside a pruned folder. */
export function notebookFilter(include: readonly string[], exclude: readonly string[]): NotebookFilter {
  const included = picomatch([...include], { dot: true });
  const excluded = exclude.length > 0 ? picomatch([...exclude], { dot: true }) : () => false;
  return (path) =>
    included(path) && !excluded(path) && !path.split('/').some((part) => PRUNED_DIRS.has(part));
}

/**
 * Every path under `cwd` the filter selects, sorted. The walk starts at the static prefix of each
 * include glob (`reports/**` only reads `reports/`), skips pruned folders, and never follows a
 * symbolic link to a folder (a link to `/` must not make the gate read the machine). Links to
 * files are listed like files; reading them checks where they point.
 */
export async function discoverNotebooks(
  cwd: string,
  include: readonly string[],
  filter: NotebookFilter,
): Promise<string[]> {
  const found = new Set<string>();
  const queue = [...new Set(include.map(walkBase))];
  const visited = new Set<string>();
  while (queue.length > 0) {
    const dir = queue.pop() ?? '';
    if (visited.has(dir)) continue;
    visited.add(dir);
    let entries;
    try {
      entries = await readdir(dir === '' ? cwd : join(cwd, dir), { withFileTypes: true });
    } catch {
      continue; // a base that does not exist, or a folder we may not read
    }
    for (const entry of entries) {
      const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!PRUNED_DIRS.has(entry.name)) queue.push(path);
      } else if (filter(path)) found.add(path);
    }
  }
  return [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The folder a glob cannot match outside of (`reports/**\/*.ipynb` → `reports`; `**` → ``). */
function walkBase(glob: string): string {
  const scan = picomatch.scan(glob);
  // A plain path (no glob characters) names a file: walk its folder.
  const base = (scan.isGlob ? scan.base : posix.dirname(glob)).replace(/^\.\//, '').replace(/\/+$/, '');
  return base === '.' ? '' : base;
}
