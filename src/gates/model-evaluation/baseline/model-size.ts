import { lstat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { InputError } from '../../../util/errors.js';

/** A model directory with more files than this is not one model (a checkout root by mistake). */
const MAX_FILES = 100_000;

/** The patterns of a model's artifact: the declared globs, or every file under its path. */
export function artifactPatterns(path: string | undefined, artifacts: readonly string[]): string[] {
  if (artifacts.length > 0) return [...artifacts];
  return path ? [`${path.replace(/\/+$/, '')}/**`] : [];
}

/** Total bytes of the files matching the patterns in the checkout (symlinks not followed); undefined when none. */
export async function sizeOnDisk(cwd: string, patterns: readonly string[]): Promise<number | undefined> {
  if (patterns.length === 0) return undefined;
  const files = await glob(patterns as string[], {
    cwd,
    onlyFiles: true,
    dot: true,
    followSymbolicLinks: false,
  });
  if (files.length > MAX_FILES) {
    throw new InputError(
      `${patterns.join(', ')} matches more than ${MAX_FILES} files`,
      undefined,
      'Point the model path (or budgets.artifacts) at the model files only.',
    );
  }
  let total = 0;
  for (const file of files) {
    const s = await lstat(resolve(cwd, file));
    if (s.isFile()) total += s.size;
  }
  return files.length > 0 ? total : undefined;
}
