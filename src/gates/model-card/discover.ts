import { stat } from 'node:fs/promises';
import { join, posix, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';

/** One model the gate judges: its directory and the card found in it, if any. */
export interface DiscoveredModel {
  /** Directory, relative to the working directory, forward slashes, no trailing slash (`.` for the root). */
  dir: string;
  /** Why it counts as a model: the directory glob, or the marker file that was found. */
  reason: string;
  /** Path of the card (relative to the working directory), or undefined when none was found. */
  card?: string;
}

/** Directories that never hold a model of the project (dependencies, VCS data, caches). */
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**', '**/.venv/**', '**/__pycache__/**'];

/**
 * Finds models: directories matching the `models` globs, and directories holding a file whose
 * name matches a `markers` glob. Each gets the first of `cards` that exists in it. Sorted by path
 * so results and findings are stable.
 */
export async function discoverModels(
  cwd: string,
  models: string[],
  markers: string[],
  cards: string[],
  exclude: string[],
): Promise<DiscoveredModel[]> {
  const ignore = [...ALWAYS_IGNORED, ...exclude];
  const found = new Map<string, string>();
  if (models.length > 0) {
    const dirs = await glob(models, { cwd, onlyDirectories: true, ignore, expandDirectories: false });
    for (const d of dirs) addOnce(found, normalizeDir(d), `matches ${models.join(', ')}`);
  }
  if (markers.length > 0) {
    const isMarker = picomatch(markers, { dot: true, basename: true });
    const files = await glob(
      markers.map((m) => (m.includes('/') ? m : `**/${m}`)),
      { cwd, onlyFiles: true, ignore, expandDirectories: false },
    );
    for (const f of files.sort()) {
      if (!isMarker(posix.basename(f)) && !picomatch.isMatch(f, markers, { dot: true })) continue;
      addOnce(found, normalizeDir(posix.dirname(f)), `has ${posix.basename(f)}`);
    }
  }
  const isExcluded = exclude.length > 0 ? picomatch(exclude, { dot: true }) : () => false;
  const result: DiscoveredModel[] = [];
  for (const [dir, reason] of [...found].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (isExcluded(dir) || isExcluded(`${dir}/`)) continue;
    const card = await findCard(cwd, dir, cards);
    result.push({ dir, reason, ...(card ? { card } : {}) });
  }
  return result;
}

/** The first card name that is a regular file (or anything but a directory) in the model directory. */
async function findCard(cwd: string, dir: string, cards: string[]): Promise<string | undefined> {
  for (const name of cards) {
    const path = dir === '.' ? name : `${dir}/${name}`;
    try {
      if (!(await stat(join(cwd, path))).isDirectory()) return path;
    } catch {
      // not there: try the next name
    }
  }
  return undefined;
}

function addOnce(map: Map<string, string>, key: string, value: string): void {
  if (!map.has(key)) map.set(key, value);
}

function normalizeDir(dir: string): string {
  const d = dir.replace(/\\/g, '/').replace(/\/+$/, '');
  return d === '' ? '.' : d;
}

/** A repository-relative path (as git and diffs write them) relative to `cwd`, or undefined when outside. */
export function fromRepoPath(path: string, repoRoot: string, cwd: string): string | undefined {
  const rel = relative(repoRoot, resolve(cwd)).split(sep).join('/');
  if (rel === '') return path;
  return path.startsWith(`${rel}/`) ? path.slice(rel.length + 1) : undefined;
}
