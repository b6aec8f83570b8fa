import type { Dirent } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, posix, relative, sep } from 'node:path';

/**
 * Whether a repository path may be read as a dataset or schema. A pull request controls the
 * tree, so a data file may be a symbolic link to `/etc/shadow`, into `.git`, or to `/dev/zero`.
 * Only regular files inside the repository root (after following links) and outside `.git` are
 * read; anything else is refused with a phrase that names the path and quotes nothing from it.
 * Returns undefined when the path is safe to read.
 */
export async function unsafeReason(cwd: string, path: string): Promise<string | undefined> {
  if (path.split('/').includes('.git')) return 'is inside .git';
  const abs = join(cwd, path);
  let info;
  try {
    info = await lstat(abs);
  } catch {
    return undefined; // a missing file is reported by whoever reads it
  }
  if (!info.isSymbolicLink()) return info.isFile() ? undefined : kindOf(info);
  let real: string;
  let root: string;
  try {
    real = await realpath(abs);
    root = await realpath(cwd);
  } catch {
    return 'is a symbolic link that points nowhere';
  }
  const rel = relative(root, real);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel))
    return 'is a symbolic link to a file outside the repository';
  if (rel.split(sep).includes('.git')) return 'is a symbolic link into .git';
  const target = await stat(real);
  return target.isFile() ? undefined : `is a symbolic link to something that ${kindOf(target)}`;
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
