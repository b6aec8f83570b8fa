import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Directories that hold no project files worth gating (tools, caches, environments, runs). */
const SKIPPED_DIRS = new Set([
  '.git',
  'node_modules',
  '.venv',
  'venv',
  '.tox',
  '.nox',
  '__pycache__',
  '.mypy_cache',
  '.pytest_cache',
  '.ruff_cache',
  '.ipynb_checkpoints',
  'site-packages',
  '.idea',
  '.cache',
  'mlruns',
  'mlartifacts',
  'wandb',
  '.dvc',
]);

/** Bounds of the walk: a starter config needs a picture of the repository, not every file. */
export const MAX_FILES = 20_000;
const MAX_DEPTH = 12;

/** What the walk saw: repository-relative paths (forward slashes), and whether it stopped early. */
export interface RepoFiles {
  files: string[];
  truncated: boolean;
}

/** A name init can write into YAML and print: no control characters, quotes, backslashes or `$`. */
export function safeName(name: string): boolean {
  if (/["'\\`$]/.test(name)) return false;
  for (let i = 0; i < name.length; i++)
    if (name.charCodeAt(i) < 32 || name.charCodeAt(i) === 127) return false;
  return true;
}

/**
 * Lists the repository's files breadth-first, without following links, skipping tool and
 * environment folders (and any folder holding a virtual environment's pyvenv.cfg).
 */
export async function scanRepository(root: string): Promise<RepoFiles> {
  const files: string[] = [];
  let level = [''];
  for (let depth = 0; depth <= MAX_DEPTH && level.length > 0; depth++) {
    const next: string[] = [];
    for (const dir of level) {
      const entries = await readdir(join(root, dir), { withFileTypes: true }).catch(() => []);
      if (entries.some((e) => e.isFile() && e.name === 'pyvenv.cfg')) continue;
      for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        if (!safeName(entry.name)) continue;
        const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
        if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name)) next.push(path);
        else if (entry.isFile()) files.push(path);
        if (files.length >= MAX_FILES) return { files, truncated: true };
      }
    }
    level = next;
  }
  return { files: files.sort(), truncated: false };
}

/** The folder of a repository-relative path (`''` for the root). */
export function dirOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/** The file name of a repository-relative path. */
export function nameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
