import { lstat, mkdir, open } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../../util/errors.js';

/** A file `init` proposes: its repository-relative path and its text. */
export interface PlannedFile {
  path: string;
  text: string;
}

/** What happened to the planned files. */
export interface WriteOutcome {
  written: string[];
  /** Files that already existed (or appeared meanwhile): never touched. */
  kept: string[];
}

/** Whether anything is at the path, a dangling link included (writing there would follow it). */
export async function occupied(root: string, path: string): Promise<boolean> {
  try {
    await lstat(join(root, path));
    return true;
  } catch {
    return false;
  }
}

/**
 * Makes the folders of a repository-relative path one by one, refusing a link or a file on the
 * way: a `.github` that links elsewhere must not make init write outside the repository.
 */
async function makeFolders(root: string, path: string): Promise<void> {
  const segments = path.split('/').slice(0, -1);
  for (let i = 1; i <= segments.length; i++) {
    const folder = segments.slice(0, i).join('/');
    const stat = await lstat(join(root, folder)).catch(() => undefined);
    if (stat === undefined) await mkdir(join(root, folder));
    else if (!stat.isDirectory()) {
      throw new InputError(
        `${folder} is ${stat.isSymbolicLink() ? 'a link' : 'not a folder'}; init writes ${path} only into a real folder of the repository`,
        { path: folder },
        `Replace ${folder} with a folder, or take the files from ml-quality-gates init --print.`,
      );
    }
  }
}

/**
 * Creates each file that does not exist yet, with O_EXCL so an existing file — or one created
 * meanwhile, or a link — is never overwritten or followed, in folders that are not links.
 */
export async function writeNewFiles(root: string, files: readonly PlannedFile[]): Promise<WriteOutcome> {
  const outcome: WriteOutcome = { written: [], kept: [] };
  for (const file of files) {
    await makeFolders(root, file.path);
    let handle;
    try {
      handle = await open(join(root, file.path), 'wx', 0o644);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        outcome.kept.push(file.path);
        continue;
      }
      throw error;
    }
    try {
      await handle.writeFile(file.text);
    } finally {
      await handle.close();
    }
    outcome.written.push(file.path);
  }
  return outcome;
}
