import type { Dirent } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { InputError } from './errors.js';

/**
 * Why a file must not be read, or undefined when it may be. A pull request controls the tree, so
 * a file it names may be a symbolic link (or sit in a linked folder) pointing at `/etc/shadow`,
 * the runner's credentials, `.git/config`, or `/dev/zero`. Only regular files whose real path is
 * inside the repository root and outside `.git` are read; the reason names the path's kind and
 * quotes nothing from it. `path` is relative to `root` (or absolute).
 */
export async function unsafeReason(root: string, path: string): Promise<string | undefined> {
  const abs = resolve(root, path);
  if (relative(root, abs).split(sep).includes('.git')) return 'is inside .git';
  let real: string;
  try {
    real = await realpath(abs);
  } catch (error) {
    // Missing: reported by whoever reads it. A dangling link: said as such.
    if ((await lstat(abs).catch(() => undefined))?.isSymbolicLink())
      return 'is a symbolic link that points nowhere';
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? undefined : 'cannot be resolved';
  }
  const rel = relative(await realpath(root).catch(() => root), real);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel))
    return 'resolves to a file outside the repository (through a symbolic link)';
  if (rel.split(sep).includes('.git')) return 'resolves into .git (through a symbolic link)';
  const target = await stat(real);
  return target.isFile() ? undefined : kindOf(target);
}

/**
 * Refuses, with an input error, a file that must not be read (see {@link unsafeReason}): the
 * message names the path as given and says nothing of what it points at.
 */
export async function assertReadable(root: string, path: string, display = path): Promise<void> {
  const reason = await unsafeReason(root, path);
  if (reason === undefined) return;
  throw new InputError(
    `${display} ${reason}; it is not read`,
    { path: display },
    'Commit the file itself inside the repository (not a link to elsewhere), or remove it from the configured paths.',
  );
}

/**
 * Refuses a directory (or any path) whose real path leaves the repository or enters `.git`;
 * for a folder a gate walks itself, not following links inside it.
 */
export async function assertInsideRepository(root: string, path: string): Promise<void> {
  const reason = await unsafeReason(root, path);
  if (reason === undefined || reason === 'is a directory, not a regular file') return;
  throw new InputError(
    `${path} ${reason}; it is not read`,
    { path },
    'Commit the folder itself inside the repository (not a link to elsewhere).',
  );
}

function kindOf(info: {
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
  isDirectory(): boolean;
}): string {
  if (info.isFIFO()) return 'is a FIFO (named pipe), not a regular file';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'is a device, not a regular file';
  if (info.isSocket()) return 'is a socket, not a regular file';
  if (info.isDirectory()) return 'is a directory, not a regular file';
  return 'is not a regular file';
}

/**
 * Entries the glob walker never returns (it does not follow links, and skips FIFOs, devices and
 * sockets), found by reading the folders it walked: each symbolic link or special file whose
 * path `matches`. Bounded by the folders of the repository, never by what a link points at.
 */
export async function specialEntries(
  cwd: string,
  folders: readonly string[],
  matches: (path: string) => boolean,
): Promise<string[]> {
  const found: string[] = [];
  for (const folder of folders) {
    let entries: Dirent[];
    try {
      entries = await readdir(join(cwd, folder), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.isFile() || entry.isDirectory()) continue;
      const path = folder === '.' || folder === '' ? entry.name : posix.join(folder, entry.name);
      if (matches(path)) found.push(path);
    }
  }
  return found.sort();
}

/** Whether a configured glob or path stays inside the repository (no `..` segment, not absolute). */
export function staysInside(pattern: string): boolean {
  if (posix.isAbsolute(pattern) || isAbsolute(pattern) || /^[a-z]:/i.test(pattern)) return false;
  return !pattern.replace(/\\/g, '/').split('/').includes('..');
}
